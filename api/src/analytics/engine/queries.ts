import { brokers, centrality, type BrokerOptions, type Brokers, type Centrality } from '../measures/brokers.js';
import { communities, type Communities, type CommunityOptions } from '../measures/communities.js';
import { coverage, todayIso, type Coverage } from '../measures/coverage.js';
import { fragility, type Fragility, type FragilityOptions } from '../measures/fragility.js';
import { whatIf, type WhatIf, type WhatIfOptions } from '../measures/whatIf.js';
import { withoutPositions, type Network } from '../network/network.js';
import { linkSuggestions, type LinkSuggestion, type SuggestionOptions } from '../measures/linkSuggestions.js';
import { networkChanges, type NetworkChanges } from '../measures/networkChanges.js';
import { networkEvolution, networkStats, type NetworkStats, type YearStats } from '../measures/networkStats.js';
import { resourceMatches, type ResourceMatches, type ResourceMatchOptions } from '../measures/resourceMatches.js';
import { sectorGaps, type SectorGaps, type SectorGapOptions } from '../measures/sectorGaps.js';
import { isolatedActors, siloedActors, type ActorGap } from '../measures/siloedActors.js';
import { siloMatrix, type SiloMatrix } from '../measures/siloMatrix.js';
import type { NetworkFilter } from '@maillage/schema/network-filter';
import { reportFigures, type ReportArgs, type ReportFigures } from '../../reports/figures/figures.js';
import type { NetworkLayout } from '../layout/forceLayout.js';
import type { Audience } from '../projection/audience.js';
import type { Projection } from '../projection/types.js';
import { AnalyticsInputError } from './errors.js';
import type { AnalyticsState } from './state.js';

interface Filtered {
  filter: NetworkFilter;
}

/** A measure's result with how far it can be trusted. */
export type Covered<T> = T & { coverage: Coverage };

/** Every analytics query: its arguments (plain data, so they can cross into a worker) and its result. */
export interface AnalyticsQueries {
  network: { args: Filtered & { withLayout?: boolean }; result: Omit<Projection, 'projects'> & { layout?: NetworkLayout } };
  siloMatrix: { args: Filtered; result: Covered<SiloMatrix> };
  isolatedActors: { args: Filtered; result: ActorGap[] };
  siloedActors: { args: Filtered; result: ActorGap[] };
  sectorGaps: { args: Filtered & Partial<SectorGapOptions>; result: Covered<SectorGaps> };
  resourceMatches: { args: Filtered & Partial<ResourceMatchOptions>; result: Covered<ResourceMatches> };
  brokers: { args: Filtered & Partial<BrokerOptions>; result: Covered<Brokers> };
  centrality: { args: Filtered; result: Covered<Centrality> };
  communities: { args: Filtered & Partial<CommunityOptions>; result: Covered<Communities> };
  linkSuggestions: { args: Filtered & Partial<SuggestionOptions> & { actorId: string }; result: LinkSuggestion[] };
  networkStats: { args: Filtered; result: Covered<NetworkStats> };
  coverage: { args: Filtered; result: Coverage };
  fragility: { args: Filtered & Partial<FragilityOptions>; result: Covered<Fragility> };
  withoutActors: { args: Filtered & Partial<WhatIfOptions> & { actorIds: string[] }; result: Covered<WhatIf & { siloMatrixAfter: Covered<SiloMatrix> }> };
  networkEvolution: { args: Filtered & { today: string }; result: YearStats[] };
  networkChanges: { args: Filtered & { from: string; to: string }; result: Covered<NetworkChanges> };
  report: { args: ReportArgs; result: ReportFigures };
}

export type QueryName = keyof AnalyticsQueries;
export type QueryArgs<Q extends QueryName> = AnalyticsQueries[Q]['args'];
export type QueryResult<Q extends QueryName> = AnalyticsQueries[Q]['result'];

/** Figures that missing links distort (betweenness, brokers, bridges, cut points, communities) are marked indicative. */
function covered<T>(state: AnalyticsState, network: Network, result: T, sensitive: boolean, today = todayIso()): Covered<T> {
  return { ...result, coverage: coverage(network, { today, months: state.settings.coverageMonths, sensitive }) };
}

/** Positions of actors by id in a selection; an id it lacks is refused by name. */
function positionsOf(network: Network, ids: string[]): Set<number> {
  return new Set(ids.map((id) => {
    const position = network.index.get(id);
    if (position === undefined) {
      throw new AnalyticsInputError('NOT_FOUND', {
        fr: `acteur introuvable dans cette sélection : « ${id} ».`,
        en: `no actor "${id}" in this selection.`,
      });
    }
    return position;
  }));
}

function measure<T>(state: AnalyticsState, filter: NetworkFilter, sensitive: boolean, run: (network: Network) => T): Covered<T> {
  const network = state.network(filter);
  return covered(state, network, run(network), sensitive);
}

type Runners = { [Q in QueryName]: (state: AnalyticsState, args: QueryArgs<Q>) => QueryResult<Q> };

const RUNNERS: Runners = {
  network: (state, { filter, withLayout }) => {
    const { actors, links } = state.network(filter);
    const { sectors, territories, resources } = state.context.projection;
    return { actors, links, sectors, territories, resources, ...(withLayout ? { layout: state.layout(filter) } : {}) };
  },
  siloMatrix: (state, { filter }) => measure(state, filter, false, siloMatrix),
  isolatedActors: (state, { filter }) => isolatedActors(state.network(filter)),
  siloedActors: (state, { filter }) => siloedActors(state.network(filter)),
  sectorGaps: (state, { filter, ...options }) => measure(state, filter, false, (network) => sectorGaps(network, options)),
  resourceMatches: (state, { filter, ...options }) => measure(state, filter, false, (network) => resourceMatches(network, options)),
  brokers: (state, { filter, ...options }) => measure(state, filter, true, (network) => brokers(network, options)),
  centrality: (state, { filter }) => measure(state, filter, true, centrality),
  communities: (state, { filter, ...options }) => measure(state, filter, true, (network) => communities(network, options)),
  linkSuggestions: (state, { filter, actorId, ...options }) => {
    const network = state.network(filter);
    const [position] = positionsOf(network, [actorId]);
    return linkSuggestions(network, position!, options);
  },
  networkStats: (state, { filter }) => measure(state, filter, false, networkStats),
  coverage: (state, { filter }) => coverage(state.network(filter), { today: todayIso(), months: state.settings.coverageMonths, sensitive: false }),
  fragility: (state, { filter, ...options }) => measure(state, filter, true, (network) => fragility(network, options)),
  withoutActors: (state, { filter, actorIds, ...options }) => {
    const network = state.network(filter);
    const gone = positionsOf(network, actorIds);
    const remaining = withoutPositions(network, gone);
    const result = whatIf(network, gone, options, remaining);
    return covered(state, network, { ...result, siloMatrixAfter: covered(state, remaining.network, result.siloMatrixAfter, false) }, true);
  },
  networkEvolution: (state, { filter, today }) => networkEvolution(state.context, filter, today),
  // Its coverage: on the last day, as the report's.
  networkChanges: (state, { filter, from, to }) =>
    covered(state, state.network({ ...filter, asOf: to }), networkChanges(state.context, filter, from, to), false, to),
  report: (state, args) => reportFigures(state, args),
};

export const QUERY_NAMES = Object.keys(RUNNERS) as QueryName[];

/** Runs one query on the network `audience` may see. */
export function runQuery<Q extends QueryName>(state: AnalyticsState, name: Q, args: QueryArgs<Q>, audience: Audience): QueryResult<Q> {
  const runner = RUNNERS[name] as (state: AnalyticsState, args: QueryArgs<Q>) => QueryResult<Q>;
  return runner(state.forAudience(audience), args);
}
