import { describe, expect, it } from 'vitest';
import { neighbourLists } from '../testing.js';
import { cutPoints } from './cutPoints.js';

const graph = neighbourLists;

describe('cutPoints', () => {
  it('finds the middle of a chain, and what each end would lose', () => {
    // 0 — 1 — 2 — 3 — 4: removing 2 leaves two pieces of two; removing 1 cuts 0 off.
    expect(cutPoints(graph(5, [[0, 1], [1, 2], [2, 3], [3, 4]]))).toEqual([
      { position: 2, cutOff: 2 },
      { position: 1, cutOff: 1 },
      { position: 3, cutOff: 1 },
    ]);
  });

  it('finds none in a cycle, and the hub of a star when the DFS starts at a leaf', () => {
    expect(cutPoints(graph(4, [[0, 1], [1, 2], [2, 3], [3, 0]]))).toEqual([]);
    // A star centred on 3, searched from leaf 0: the hub is not the DFS root.
    expect(cutPoints(graph(4, [[0, 3], [1, 3], [2, 3]]))).toEqual([{ position: 3, cutOff: 2 }]);
  });

  it('finds the actor joining two triangles, as networkx does', () => {
    // networkx.articulation_points of two triangles sharing node 2 gives [2].
    expect(cutPoints(graph(5, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 2]]))).toEqual([{ position: 2, cutOff: 2 }]);
  });

  it('counts each component on its own, isolated actors included', () => {
    expect(cutPoints(graph(6, [[0, 1], [1, 2], [4, 5]]))).toEqual([{ position: 1, cutOff: 1 }]);
  });
});
