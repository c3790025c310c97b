import type { Network } from './network.js';

/** Who is where, in which sector, offering or needing what: built once per selected network, on first use. */
export interface Lookups {
  /** Each actor's commune (its first direct territory) and EPCI, or null: for the pair measures' quick tests. */
  commune: Array<string | null>;
  epci: Array<string | null>;
  bySector: Map<string, number[]>;
  byTerritory: Map<string, number[]>;
  offerers: Map<string, number[]>;
  needers: Map<string, number[]>;
}

const built = new WeakMap<Network, Lookups>();

export function lookups(network: Network): Lookups {
  let result = built.get(network);
  if (!result) built.set(network, (result = buildLookups(network)));
  return result;
}

function buildLookups(network: Network): Lookups {
  const { territories } = network.context;
  const result: Lookups = {
    commune: network.actors.map((actor) => actor.territories[0] ?? null),
    epci: network.territoriesOf.map((lineage) => [...lineage].find((id) => territories.get(id)?.level === 'EPCI') ?? null),
    bySector: new Map(),
    byTerritory: new Map(),
    offerers: new Map(),
    needers: new Map(),
  };
  network.actors.forEach((actor, position) => {
    for (const sector of actor.sectors) push(result.bySector, sector, position);
    for (const territory of network.territoriesOf[position]!) push(result.byTerritory, territory, position);
    for (const resource of actor.offers) push(result.offerers, resource, position);
    for (const resource of actor.needs) push(result.needers, resource, position);
  });
  return result;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

/** Whether two sorted neighbour lists share an element. */
export function haveCommonNeighbour(a: number[], b: number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return false;
}

/** Binary search in a sorted neighbour list. */
export function isNeighbour(list: number[], position: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (list[middle] === position) return true;
    if (list[middle]! < position) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
