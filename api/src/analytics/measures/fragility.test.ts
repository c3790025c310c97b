import { describe, expect, it } from 'vitest';
import { neighbourLists } from '../testing.js';
import { assortativity } from './assortativity.js';
import { coreNumbers } from './cores.js';
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
