import { ACTOR_KINDS, SILOS, type ActorKind, type Silo } from '@maillage/schema/vocabulary';
import type { Network } from '../../analytics/network/network.js';
import { networkStats, type NetworkStats } from '../../analytics/measures/networkStats.js';
import { siloMatrix, type SiloMatrix } from '../../analytics/measures/siloMatrix.js';
import { ESS_CATEGORIES, essCategory, type EssCategory } from './essCategories.js';

/** The network on one day, in the figures a committee compares. */
export interface KeyFigures {
  day: string;
  stats: NetworkStats;
  matrix: SiloMatrix;
  bySilo: Array<{ silo: Silo; actors: number }>;
  byKind: Array<{ kind: ActorKind; actors: number }>;
  byCategory: Array<{ category: EssCategory; actors: number }>;
}

function tally<T extends string>(values: readonly T[], keys: readonly T[]): Array<{ key: T; count: number }> {
  const counts = new Map<T, number>(keys.map((key) => [key, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return keys.map((key) => ({ key, count: counts.get(key)! }));
}

export function keyFigures(network: Network, day: string): KeyFigures {
  const { actors } = network;
  return {
    day,
    stats: networkStats(network),
    matrix: siloMatrix(network),
    bySilo: tally(actors.map((actor) => actor.silo), SILOS).map(({ key, count }) => ({ silo: key, actors: count })),
    byKind: tally(actors.map((actor) => actor.kind), ACTOR_KINDS).filter(({ count }) => count > 0).map(({ key, count }) => ({ kind: key, actors: count })),
    byCategory: tally(actors.map(essCategory), ESS_CATEGORIES).map(({ key, count }) => ({ category: key, actors: count })),
  };
}
