import { describe, expect, it } from 'vitest';
import { byId, plainActors, tinyNetwork } from '../testing.js';
import { betweenness } from './betweenness.js';

describe('betweenness', () => {
  it('on a path a–b–c–d–e: 3, 4 and 3 of the 6 pairs of others go through b, c and d', () => {
    const network = tinyNetwork(plainActors('a', 'b', 'c', 'd', 'e'), [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
    const scores = byId(network, betweenness(network.neighbours));
    expect(scores.a).toBe(0);
    expect(scores.b).toBeCloseTo(0.5);
    expect(scores.c).toBeCloseTo(4 / 6);
    expect(scores.d).toBeCloseTo(0.5);
    expect(scores.e).toBe(0);
  });

  it('on a star: every path between two leaves goes through the centre', () => {
    const network = tinyNetwork(plainActors('centre', 'l1', 'l2', 'l3', 'l4'), [['centre', 'l1'], ['centre', 'l2'], ['l3', 'centre'], ['centre', 'l4']]);
    const scores = byId(network, betweenness(network.neighbours));
    expect(scores.centre).toBeCloseTo(1);
    expect(scores.l1).toBe(0);
  });

  it('splits a pair between two shortest paths (a square: each corner carries half of its opposite pair)', () => {
    const network = tinyNetwork(plainActors('a', 'b', 'c', 'd'), [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]);
    // Pairs of others of a: (b,d) with two shortest paths, one through a → ½ of 3 pairs.
    expect(Object.values(byId(network, betweenness(network.neighbours)))).toEqual([1 / 6, 1 / 6, 1 / 6, 1 / 6].map((value) => expect.closeTo(value)));
  });

  it('counts several links between two actors as one pair', () => {
    const network = tinyNetwork(plainActors('a', 'b', 'c'), [['a', 'b'], ['b', 'a', { kind: 'FUNDING' }], ['b', 'c']]);
    expect(byId(network, betweenness(network.neighbours)).b).toBeCloseTo(1);
  });

  it('with every node as a sample, gives the exact values', () => {
    const network = tinyNetwork(plainActors('a', 'b', 'c', 'd', 'e'), [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['b', 'd']]);
    expect([...betweenness(network.neighbours, [4, 3, 2, 1, 0])]).toEqual([...betweenness(network.neighbours)].map((value) => expect.closeTo(value)));
  });
});
