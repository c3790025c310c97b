import { describe, expect, it } from 'vitest';
import { tinyNetwork, tinyProjection } from '../testing.js';
import { filterKey, type NetworkFilter } from '@maillage/schema/network-filter';
import { createContext } from './context.js';
import { periodNetworks, selectNetwork } from './network.js';

const actors = [
  { id: 'baker', sectors: ['bakery'], territories: ['c1'] },
  { id: 'grocer', silo: 'PRIVATE' as const, sectors: ['food'], territories: ['c2'] },
  { id: 'theatre', silo: 'POPULATION' as const, sectors: ['culture'], territories: ['c3'] },
  { id: 'person', kind: 'PERSON' as const, silo: 'POPULATION' as const, ptceRole: 'ADHERENT' as const, territories: ['c3'] },
];
const links: Array<[string, string, { kind?: 'FUNDING'; since?: string; until?: string }?]> = [
  ['baker', 'grocer', { since: '2020-01-01', until: '2021-12-31' }],
  ['grocer', 'theatre', { kind: 'FUNDING' }],
  ['theatre', 'person'],
];
const ids = (filter: Parameters<typeof tinyNetwork>[2]) => tinyNetwork(actors, links, filter).actors.map((actor) => actor.id);

describe('selectNetwork', () => {
  it('keeps the actors of a territory at any level, through the communes it is made of', () => {
    expect(ids({ territory: 'e1' })).toEqual(['baker', 'grocer']);
    expect(ids({ territory: 'dep' })).toHaveLength(4);
    expect(ids({ territory: 'c3' })).toEqual(['theatre', 'person']);
  });

  it('keeps the actors of a sector and of its sub-sectors', () => {
    expect(ids({ sector: 'food' })).toEqual(['baker', 'grocer']);
    expect(ids({ sector: 'bakery' })).toEqual(['baker']);
  });

  it('keeps actors by silo, kind and PTCE role', () => {
    expect(ids({ silos: ['POPULATION'], kinds: ['PERSON'], ptceRoles: ['ADHERENT'] })).toEqual(['person']);
    expect(ids({ silos: [] })).toEqual([]);
  });

  it('keeps the links between kept actors, of the kinds asked, active on the day asked', () => {
    const linkIds = (filter: Parameters<typeof tinyNetwork>[2]) => tinyNetwork(actors, links, filter).links.map((link) => link.id);
    expect(linkIds({})).toEqual(['l1', 'l2', 'l3']);
    expect(linkIds({ silos: ['PUBLIC', 'PRIVATE'] })).toEqual(['l1']);
    expect(linkIds({ linkKinds: ['FUNDING'] })).toEqual(['l2']);
    expect(linkIds({ asOf: '2022-01-01' })).toEqual(['l2', 'l3']);
    expect(linkIds({ asOf: '2021-12-31' })).toEqual(['l1', 'l2', 'l3']);
  });

  it('indexes neighbours as a simple graph', () => {
    const network = tinyNetwork(actors, [...links, ['grocer', 'baker']]);
    expect(network.neighbours[network.index.get('grocer')!]).toEqual([0, 2]);
  });
});

describe('filterKey', () => {
  it('is the same whatever the order of the lists, and tells an empty list from no list', () => {
    expect(filterKey({ silos: ['PUBLIC', 'PRIVATE'] })).toBe(filterKey({ silos: ['PRIVATE', 'PUBLIC'] }));
    expect(filterKey({ silos: [] })).not.toBe(filterKey({}));
  });
});

describe('minCore and periods', () => {
  // A triangle a–b–c with a tail c–d; the link b–c only began in 2025.
  const tinyActors = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const tinyLinks: Array<[string, string, { since?: string }?]> = [['a', 'b'], ['b', 'c', { since: '2025-01-01' }], ['c', 'a'], ['c', 'd']];
  const context = createContext(tinyProjection(tinyActors, tinyLinks));
  const select = (filter: NetworkFilter) => selectNetwork(context, filter);

  it('keeps the k-core after the other criteria', () => {
    expect(select({ minCore: 2 }).actors.map((actor) => actor.id)).toEqual(['a', 'b', 'c']);
    expect(select({ minCore: 2, asOf: '2024-06-01' }).actors).toEqual([]);
    expect(select({ minCore: 3 }).actors).toEqual([]);
  });

  it('compares a period on the last day’s core: the same actors on both days', () => {
    const { then, now } = periodNetworks(select, { minCore: 2 }, '2024-06-01', '2025-06-01');
    expect(now.actors.map((actor) => actor.id)).toEqual(['a', 'b', 'c']);
    expect(then.actors.map((actor) => actor.id)).toEqual(['a', 'b', 'c']);
    expect(then.links.map((link) => link.id)).toEqual(['l1', 'l3']);
    expect(then.filter).toEqual({ minCore: 2, asOf: '2024-06-01' });
  });
});
