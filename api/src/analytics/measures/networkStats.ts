import type { ProjectionContext } from '../network/context.js';
import type { NetworkFilter } from '@maillage/schema/network-filter';
import { pairCount, selectNetwork, type Network } from '../network/network.js';
import { averageClustering, components } from './structure.js';

export interface NetworkStats {
  actors: number;
  links: number;
  linkedPairs: number;
  /** Linked pairs over possible pairs. */
  density: number;
  components: number;
  largestComponent: number;
  isolatedActors: number;
  averageClustering: number;
  crossSiloLinks: number;
  crossSiloShare: number | null;
}

export interface YearStats extends NetworkStats {
  year: number;
  /** The day the year's network is taken on: 31 December, or the `asOf` day in its year. */
  asOf: string;
}

export function networkStats(network: Network): NetworkStats {
  const n = network.actors.length;
  const linkedPairs = pairCount(network);
  const { sizes } = components(network.neighbours);
  const crossSiloLinks = network.linkEnds.filter(([a, b]) => network.actors[a]!.silo !== network.actors[b]!.silo).length;
  return {
    actors: n,
    links: network.links.length,
    linkedPairs,
    density: n > 1 ? linkedPairs / ((n * (n - 1)) / 2) : 0,
    components: sizes.length,
    largestComponent: sizes.reduce((max, size) => Math.max(max, size), 0),
    isolatedActors: network.neighbours.filter((list) => list.length === 0).length,
    averageClustering: averageClustering(network.neighbours),
    crossSiloLinks,
    crossSiloShare: network.links.length > 0 ? crossSiloLinks / network.links.length : null,
  };
}

/**
 * The statistics year by year, from the first year a link of the selection starts to the year of `asOf`
 * (or `today`). Links with no start date count from the beginning: the series says what the data says.
 */
export function networkEvolution(context: ProjectionContext, filter: NetworkFilter, today: string): YearStats[] {
  const end = filter.asOf ?? today;
  const endYear = Number(end.slice(0, 4));
  const { asOf: _asOf, ...everyDay } = filter;
  const years = selectNetwork(context, everyDay).links
    .flatMap((link) => (link.since ? [Number(link.since.slice(0, 4))] : []));
  const firstYear = Math.max(years.reduce((min, year) => Math.min(min, year), endYear), endYear - 49);
  const series: YearStats[] = [];
  for (let year = firstYear; year <= endYear; year += 1) {
    const asOf = year === endYear ? end : `${year}-12-31`;
    series.push({ year, asOf, ...networkStats(selectNetwork(context, { ...filter, asOf })) });
  }
  return series;
}
