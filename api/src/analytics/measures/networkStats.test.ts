import { describe, expect, it } from 'vitest';
import { createContext } from '../network/context.js';
import { plainActors, tinyNetwork, tinyProjection } from '../testing.js';
import { networkChanges } from './networkChanges.js';
import { networkEvolution, networkStats } from './networkStats.js';
import { averageClustering, components } from './structure.js';

describe('structure', () => {
  it('average clustering of a triangle with a pendant: (1 + 1 + ⅓ + 0) / 4', () => {
    const network = tinyNetwork(plainActors('a', 'b', 'c', 'd'), [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']]);
    expect(averageClustering(network.neighbours)).toBeCloseTo((1 + 1 + 1 / 3) / 4);
  });

  it('components, isolated actors included', () => {
    const network = tinyNetwork(plainActors('a', 'b', 'c', 'd'), [['a', 'b']]);
    expect(components(network.neighbours).sizes).toEqual([2, 1, 1]);
  });
});

describe('networkStats', () => {
  it('counts actors, links, pairs, density, components and the cross-silo share', () => {
    const network = tinyNetwork(
      [{ id: 'a' }, { id: 'b', silo: 'PRIVATE' }, { id: 'c' }, { id: 'd' }],
      [['a', 'b'], ['b', 'a', { kind: 'FUNDING' }], ['a', 'c']],
    );
    expect(networkStats(network)).toEqual({
      actors: 4, links: 3, linkedPairs: 2, density: 2 / 6, components: 2, largestComponent: 3, isolatedActors: 1,
      averageClustering: 0, crossSiloLinks: 2, crossSiloShare: 2 / 3,
    });
  });
});

const dated = tinyProjection(
  [{ id: 'a' }, { id: 'b', silo: 'PRIVATE' }, { id: 'c' }],
  [
    ['a', 'b', { since: '2020-03-01', until: '2022-06-30' }],
    ['a', 'c', { since: '2021-01-01' }],
    ['b', 'c', { since: '2023-05-01' }],
  ],
);

describe('networkEvolution', () => {
  it('takes the network on each 31 December from the first link, and on the last day asked', () => {
    const series = networkEvolution(createContext(dated), {}, '2024-02-10');
    expect(series.map((year) => [year.year, year.asOf, year.links, year.crossSiloLinks])).toEqual([
      [2020, '2020-12-31', 1, 1],
      [2021, '2021-12-31', 2, 1],
      [2022, '2022-12-31', 1, 0],
      [2023, '2023-12-31', 2, 1],
      [2024, '2024-02-10', 2, 1],
    ]);
    expect(networkEvolution(createContext(dated), { asOf: '2021-06-01' }, '2024-02-10').map((year) => year.asOf)).toEqual(['2020-12-31', '2021-06-01']);
  });
});

describe('networkChanges', () => {
  it('lists links gained and lost, and who became isolated or siloed', () => {
    const changes = networkChanges(createContext(dated), {}, '2021-06-01', '2023-06-01');
    expect(changes.linksGained.map((link) => [link.id, link.crossSilo])).toEqual([['l3', true]]);
    expect(changes.linksLost.map((link) => [link.id, link.crossSilo])).toEqual([['l1', true]]);
    expect([changes.crossSiloLinksGained, changes.crossSiloLinksLost]).toEqual([1, 1]);
    expect(changes.becameIsolated).toEqual([]);
    expect(changes.before.links).toBe(2);
    const later = networkChanges(createContext(dated), {}, '2020-06-01', '2022-12-31');
    expect(later.noLongerSiloed).toEqual([]);
    expect(later.becameSiloed.map((actor) => actor.id)).toEqual(['a', 'c']);
    expect(later.becameIsolated.map((actor) => actor.id)).toEqual(['b']);
    expect(later.noLongerIsolated.map((actor) => actor.id)).toEqual(['c']);
  });
});
