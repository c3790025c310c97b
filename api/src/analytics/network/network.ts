import type { ProjectedActor, ProjectedLink } from '../projection/types.js';
import type { ProjectionContext } from './context.js';
import { coreNumbers, isActiveOn, type NetworkFilter } from '@maillage/schema/network-filter';

/**
 * The selected part of the graph, indexed for the measures: actors by position, links between selected actors,
 * and the simple undirected graph under them (several links between two actors make one neighbour pair).
 */
export interface Network {
  context: ProjectionContext;
  filter: NetworkFilter;
  actors: ProjectedActor[];
  index: Map<string, number>;
  links: ProjectedLink[];
  /** Positions of each link's two actors, in `links` order. */
  linkEnds: Array<[number, number]>;
  /** Distinct neighbours of each actor, sorted, no self loop. */
  neighbours: number[][];
  /** Each actor's sectors with their ancestors. */
  sectorsOf: Set<string>[];
  /** Each actor's territories with every territory they are part of. */
  territoriesOf: Set<string>[];
}

export function selectNetwork(context: ProjectionContext, filter: NetworkFilter = {}): Network {
  const network = selectActorsAndLinks(context, filter);
  if (!filter.minCore) return network;
  const numbers = coreNumbers(network.neighbours);
  return withoutPositions(network, new Set(network.actors.flatMap((_, i) => (numbers[i]! < filter.minCore! ? [i] : [])))).network;
}

function selectActorsAndLinks(context: ProjectionContext, filter: NetworkFilter): Network {
  const actors = context.projection.actors.filter(actorTest(context, filter));
  const index = new Map(actors.map((actor, position) => [actor.id, position]));
  const links: ProjectedLink[] = [];
  const linkEnds: Array<[number, number]> = [];
  const kinds = filter.linkKinds ? new Set(filter.linkKinds) : null;
  for (const link of context.projection.links) {
    const source = index.get(link.source);
    const target = index.get(link.target);
    if (source === undefined || target === undefined) continue;
    if (kinds && !kinds.has(link.kind)) continue;
    if (!isActiveOn(link, filter.asOf)) continue;
    links.push(link);
    linkEnds.push([source, target]);
  }
  return {
    context,
    filter,
    actors,
    index,
    links,
    linkEnds,
    neighbours: simpleNeighbours(actors.length, linkEnds),
    sectorsOf: actors.map((actor) => lineageSet(actor.sectors, context.sectorLineage)),
    territoriesOf: actors.map((actor) => lineageSet(actor.territories, context.territoryLineage)),
  };
}

function actorTest(context: ProjectionContext, filter: NetworkFilter): (actor: ProjectedActor) => boolean {
  const silos = filter.silos ? new Set(filter.silos) : null;
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const roles = filter.ptceRoles ? new Set(filter.ptceRoles) : null;
  const reaches = (ids: string[], lineage: Map<string, string[]>, wanted: string): boolean =>
    ids.some((id) => (lineage.get(id) ?? [id]).includes(wanted));
  return (actor) =>
    (!silos || silos.has(actor.silo)) &&
    (!kinds || kinds.has(actor.kind)) &&
    (!roles || roles.has(actor.ptceRole)) &&
    (!filter.sector || reaches(actor.sectors, context.sectorLineage, filter.sector)) &&
    (!filter.territory || reaches(actor.territories, context.territoryLineage, filter.territory));
}

function simpleNeighbours(count: number, ends: Array<[number, number]>): number[][] {
  const sets = Array.from({ length: count }, () => new Set<number>());
  for (const [a, b] of ends) {
    if (a === b) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
  }
  return sets.map((set) => [...set].sort((x, y) => x - y));
}

function lineageSet(ids: string[], lineage: Map<string, string[]>): Set<string> {
  return new Set(ids.flatMap((id) => lineage.get(id) ?? [id]));
}

/** Number of distinct linked pairs (the simple graph's edges). */
export function pairCount(network: Network): number {
  return network.neighbours.reduce((sum, list) => sum + list.length, 0) / 2;
}

/** Calls `visit` once for each distinct linked pair, with a < b. */
export function forEachPair(network: Network, visit: (a: number, b: number) => void): void {
  network.neighbours.forEach((list, a) => {
    for (const b of list) if (a < b) visit(a, b);
  });
}

/**
 * The same selection without some actors and their links, positions renumbered: `positionOf[old]` is an actor's
 * new position, −1 for those gone.
 */
export function withoutPositions(network: Network, gone: ReadonlySet<number>): { network: Network; positionOf: Int32Array } {
  const positionOf = new Int32Array(network.actors.length).fill(-1);
  const kept: number[] = [];
  network.actors.forEach((_, i) => {
    if (gone.has(i)) return;
    positionOf[i] = kept.length;
    kept.push(i);
  });
  const links: ProjectedLink[] = [];
  const linkEnds: Array<[number, number]> = [];
  network.linkEnds.forEach(([a, b], i) => {
    if (positionOf[a] === -1 || positionOf[b] === -1) return;
    links.push(network.links[i]!);
    linkEnds.push([positionOf[a]!, positionOf[b]!]);
  });
  const actors = kept.map((i) => network.actors[i]!);
  return {
    positionOf,
    network: {
      context: network.context,
      filter: network.filter,
      actors,
      index: new Map(actors.map((actor, position) => [actor.id, position])),
      links,
      linkEnds,
      neighbours: kept.map((i) => network.neighbours[i]!.filter((j) => positionOf[j] !== -1).map((j) => positionOf[j]!)),
      sectorsOf: kept.map((i) => network.sectorsOf[i]!),
      territoriesOf: kept.map((i) => network.territoriesOf[i]!),
    },
  };
}

/**
 * A period's two selections, `from` and `to`, of the same actors: with `minCore`, the core is the last day's, and
 * the first day keeps those actors (no core of its own), so that what changed is links, not who is in the core.
 */
export function periodNetworks(select: (filter: NetworkFilter) => Network, filter: NetworkFilter, from: string, to: string): { then: Network; now: Network } {
  const now = select({ ...filter, asOf: to });
  if (!filter.minCore) return { then: select({ ...filter, asOf: from }), now };
  const { minCore: _core, ...rest } = filter;
  const wider = select({ ...rest, asOf: from });
  const outside = new Set(wider.actors.flatMap((actor, i) => (now.index.has(actor.id) ? [] : [i])));
  return { then: { ...withoutPositions(wider, outside).network, filter: { ...filter, asOf: from } }, now };
}
