import { brokers, centrality, type BrokerOptions, type Brokers, type Centrality } from '../measures/brokers.js';
import { communities, type Communities, type CommunityOptions } from '../measures/communities.js';
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

/** Every analytics query: its arguments (plain data, so they can cross into a worker) and its result. */
export interface AnalyticsQueries {
  network: { args: Filtered & { withLayout?: boolean }; result: Omit<Projection, 'projects'> & { layout?: NetworkLayout } };
  siloMatrix: { args: Filtered; result: SiloMatrix };
  isolatedActors: { args: Filtered; result: ActorGap[] };
  siloedActors: { args: Filtered; result: ActorGap[] };
  sectorGaps: { args: Filtered & Partial<SectorGapOptions>; result: SectorGaps };
  resourceMatches: { args: Filtered & Partial<ResourceMatchOptions>; result: ResourceMatches };
  brokers: { args: Filtered & Partial<BrokerOptions>; result: Brokers };
  centrality: { args: Filtered; result: Centrality };
  communities: { args: Filtered & Partial<CommunityOptions>; result: Communities };
  linkSuggestions: { args: Filtered & Partial<SuggestionOptions> & { actorId: string }; result: LinkSuggestion[] };
  networkStats: { args: Filtered; result: NetworkStats };
  networkEvolution: { args: Filtered & { today: string }; result: YearStats[] };
  networkChanges: { args: Filtered & { from: string; to: string }; result: NetworkChanges };
  report: { args: ReportArgs; result: ReportFigures };
}

export type QueryName = keyof AnalyticsQueries;
export type QueryArgs<Q extends QueryName> = AnalyticsQueries[Q]['args'];
export type QueryResult<Q extends QueryName> = AnalyticsQueries[Q]['result'];

type Runners = { [Q in QueryName]: (state: AnalyticsState, args: QueryArgs<Q>) => QueryResult<Q> };

const RUNNERS: Runners = {
  network: (state, { filter, withLayout }) => {
    const { actors, links } = state.network(filter);
    const { sectors, territories, resources } = state.context.projection;
    return { actors, links, sectors, territories, resources, ...(withLayout ? { layout: state.layout(filter) } : {}) };
  },
  siloMatrix: (state, { filter }) => siloMatrix(state.network(filter)),
  isolatedActors: (state, { filter }) => isolatedActors(state.network(filter)),
  siloedActors: (state, { filter }) => siloedActors(state.network(filter)),
  sectorGaps: (state, { filter, ...options }) => sectorGaps(state.network(filter), options),
  resourceMatches: (state, { filter, ...options }) => resourceMatches(state.network(filter), options),
  brokers: (state, { filter, ...options }) => brokers(state.network(filter), options),
  centrality: (state, { filter }) => centrality(state.network(filter)),
  communities: (state, { filter, ...options }) => communities(state.network(filter), options),
  linkSuggestions: (state, { filter, actorId, ...options }) => {
    const network = state.network(filter);
    const position = network.index.get(actorId);
    if (position === undefined) {
      throw new AnalyticsInputError('NOT_FOUND', {
        fr: `acteur introuvable dans cette sélection : « ${actorId} ».`,
        en: `no actor "${actorId}" in this selection.`,
      });
    }
    return linkSuggestions(network, position, options);
  },
  networkStats: (state, { filter }) => networkStats(state.network(filter)),
  networkEvolution: (state, { filter, today }) => networkEvolution(state.context, filter, today),
  networkChanges: (state, { filter, from, to }) => networkChanges(state.context, filter, from, to),
  report: (state, args) => reportFigures(state, args),
};

export const QUERY_NAMES = Object.keys(RUNNERS) as QueryName[];

/** Runs one query on the network `audience` may see. */
export function runQuery<Q extends QueryName>(state: AnalyticsState, name: Q, args: QueryArgs<Q>, audience: Audience): QueryResult<Q> {
  const runner = RUNNERS[name] as (state: AnalyticsState, args: QueryArgs<Q>) => QueryResult<Q>;
  return runner(state.forAudience(audience), args);
}
