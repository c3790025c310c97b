import { coreNumbers } from '@maillage/schema/network-filter';
import { describe, expect, it } from 'vitest';
import { neighbourLists, plainActors, tinyNetwork } from '../testing.js';
import { assortativity } from './assortativity.js';
import { fragility } from './fragility.js';
import { structuralHoles } from './structuralHoles.js';

const graph = neighbourLists;

const star = graph(4, [[0, 1], [0, 2], [0, 3]]);
const triangles = graph(5, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 2]]);

describe('structural holes', () => {
  it('gives a star’s hub the lowest constraint and its full effective size', () => {
    const [hub, leaf] = structuralHoles(star);
    // networkx: constraint(hub) = 3 × (1/3)² = 1/3, effective size 3; a leaf's only partner: constraint 1, size 1.
    expect(hub!.constraint).toBeCloseTo(1 / 3, 10);
    expect(hub!.effectiveSize).toBe(3);
    expect(leaf).toEqual({ constraint: 1, effectiveSize: 1 });
    expect(structuralHoles(graph(2, []))).toEqual([null, null]);
  });

  it('sees the actor joining two triangles spanning a hole', () => {
    const holes = structuralHoles(triangles);
    // Node 2: four partners, two ties among them → effective size 4 − 2·2/4 = 3; networkx constraint 0.5625.
    expect(holes[2]!.effectiveSize).toBe(3);
    expect(holes[2]!.constraint).toBeCloseTo(0.5625, 10);
  });
});

describe('assortativity', () => {
  it('is 1 when links stay within groups, negative when they only cross', () => {
    const two = graph(4, [[0, 1], [2, 3]]);
    expect(assortativity(two, (node) => (node < 2 ? 'a' : 'b')).coefficient).toBe(1);
    expect(assortativity(two, (node) => (node % 2 === 0 ? 'a' : 'b')).coefficient).toBe(-1);
    expect(assortativity(graph(2, []), () => 'a')).toEqual({ coefficient: null, withinShare: null, expectedWithinShare: null });
  });
});

describe('core numbers', () => {
  it('finds the triangles’ 2-core and a path’s 1-core', () => {
    expect(coreNumbers(triangles)).toEqual([2, 2, 2, 2, 2]);
    expect(coreNumbers(graph(4, [[0, 1], [1, 2], [2, 3]]))).toEqual([1, 1, 1, 1]);
    expect(coreNumbers(graph(5, [[0, 1], [0, 2], [1, 2], [0, 3]]))).toEqual([2, 2, 2, 1, 0]);
  });
});

describe('fragility', () => {
  const twoTriangles = tinyNetwork(
    [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd', silo: 'PRIVATE', kind: 'COMPANY' }, { id: 'e', silo: 'PRIVATE', kind: 'COMPANY' }],
    [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'c']],
  );

  it('finds the actor joining two triangles as the one cut point, with no bridge', () => {
    const result = fragility(twoTriangles);
    expect(result.cutPointCount).toBe(1);
    expect(result.cutPoints.map(({ actor, cutOff }) => [actor.id, cutOff])).toEqual([['c', 2]]);
    expect(result.cutPoints[0]!.reasons[0]!.fr).toBe('Sans C, 2 acteurs seraient coupés du reste du réseau.');
    expect(result.bridgeCount).toBe(0);
  });

  it('puts the broker across the hole first, and reads the 2-core', () => {
    const result = fragility(twoTriangles);
    expect(result.structuralHoles[0]).toMatchObject({ actor: { id: 'c' }, partners: 4, effectiveSize: 3 });
    expect(result.cores).toMatchObject({ maxCore: 2, levels: [{ k: 1, actors: 5 }, { k: 2, actors: 5 }] });
    expect(result.cores.innermost).toHaveLength(5);
  });

  it('compares silo mixing with random links', () => {
    const [silo, kind] = fragility(twoTriangles).mixing;
    // 4 of 6 links stay within a silo; link ends: 8 public, 4 private of 12 → random keeps (8² + 4²)/12².
    expect(silo).toMatchObject({ by: 'SILO', withinShare: 4 / 6 });
    expect(silo!.expectedWithinShare).toBeCloseTo(80 / 144, 12);
    expect(kind!.by).toBe('KIND');
  });

  it('sees a path’s inner actors as cut points and every link as a bridge', () => {
    const path = tinyNetwork(plainActors('a', 'b', 'c', 'd'), [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    const result = fragility(path);
    expect(result.cutPoints.map(({ actor, cutOff }) => [actor.id, cutOff])).toEqual([['b', 1], ['c', 1]]);
    expect(result.bridgeCount).toBe(3);
    expect(result.cores.maxCore).toBe(1);
  });
});
