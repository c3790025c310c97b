import type { ActorKind, Silo } from '@maillage/schema';
import { createContext } from './network/context.js';
import type { NetworkFilter } from '@maillage/schema/network-filter';
import { selectNetwork, type Network } from './network/network.js';
import type { ProjectedActor, ProjectedLink, Projection } from './projection/types.js';

type TinyActor = Partial<ProjectedActor> & { id: string; silo?: Silo; kind?: ActorKind };
type TinyLink = [source: string, target: string, extra?: Partial<ProjectedLink>];

/**
 * A hand-made projection for the measures' unit tests: actors default to PUBLIC associations of commune `c1`
 * in EPCI `e1`, links to partnerships with no dates; two sectors (`food`, and `bakery` under it).
 */
export function tinyProjection(actors: TinyActor[], links: TinyLink[]): Projection {
  return {
    actors: actors.map((actor) => ({
      name: actor.id.toUpperCase(),
      silo: 'PUBLIC',
      kind: 'ASSOCIATION',
      ptceRole: 'NONE',
      essMember: false,
      fictional: true,
      published: true,
      location: null,
      sectors: [],
      territories: ['c1'],
      offers: [],
      needs: [],
      updatedOn: null,
      ...actor,
    })),
    links: links.map(([source, target, extra], i) => ({
      id: `l${i + 1}`, source, target, kind: 'PARTNERSHIP', since: null, until: null, intensity: null, provenance: 'ANIMATOR', updatedOn: null, ...extra,
    })),
    sectors: [
      { id: 'food', name: 'Alimentation', nameEn: 'Food', parent: null },
      { id: 'bakery', name: 'Boulangerie', nameEn: 'Bakery', parent: 'food' },
      { id: 'culture', name: 'Culture', nameEn: 'Culture', parent: null },
    ],
    territories: [
      { id: 'dep', name: 'Dordogne', level: 'DEPARTEMENT', partOf: [] },
      { id: 'e1', name: 'EPCI Un', level: 'EPCI', partOf: ['dep'] },
      { id: 'e2', name: 'EPCI Deux', level: 'EPCI', partOf: ['dep'] },
      { id: 'c1', name: 'Commune Un', level: 'COMMUNE', partOf: ['e1'] },
      { id: 'c2', name: 'Commune Deux', level: 'COMMUNE', partOf: ['e1'] },
      { id: 'c3', name: 'Commune Trois', level: 'COMMUNE', partOf: ['e2'] },
    ],
    resources: [
      { id: 'land', name: 'Terres agricoles', kind: 'NATURAL' },
      { id: 'kitchen', name: 'Cuisine partagée', kind: 'MATERIAL' },
    ],
    projects: [],
  };
}

export function tinyNetwork(actors: TinyActor[], links: TinyLink[], filter: NetworkFilter = {}): Network {
  return selectNetwork(createContext(tinyProjection(actors, links)), filter);
}

/** Actors named by their ids, all in one silo: for the measures that ignore silos. */
export function plainActors(...ids: string[]): TinyActor[] {
  return ids.map((id) => ({ id }));
}

/** The value of each actor, by id, from a per-position array. */
export function byId(network: Network, values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(network.actors.map((actor, i) => [actor.id, values[i]!]));
}

/** Neighbour lists of a simple undirected graph given by its edges: the hand-worked graphs of the measures' tests. */
export function neighbourLists(n: number, edges: Array<[number, number]>): number[][] {
  const lists = Array.from({ length: n }, () => [] as number[]);
  for (const [a, b] of edges) {
    lists[a]!.push(b);
    lists[b]!.push(a);
  }
  return lists.map((list) => list.sort((x, y) => x - y));
}
