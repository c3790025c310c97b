import { describe, expect, it } from 'vitest';
import { plainActors, tinyNetwork } from '../testing.js';
import { bridges } from './bridges.js';
import { brokers, centrality, sampleSources } from './brokers.js';

// Two triangles joined by the one link c–d, and a leaf g hanging from f.
const network = tinyNetwork(
  plainActors('a', 'b', 'c', 'd', 'e', 'f', 'g'),
  [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd'], ['f', 'g']],
);

describe('bridges', () => {
  it('finds the links whose removal splits the network, with the size of the part cut off', () => {
    const found = bridges(network.neighbours).map(({ a, b, cutOff }) => [network.actors[a]!.id, network.actors[b]!.id, cutOff]);
    expect(found).toEqual(expect.arrayContaining([['c', 'd', 3], ['f', 'g', 1]]));
    expect(found).toHaveLength(2);
  });

  it('finds none in a cycle, and every link of a tree', () => {
    const cycle = tinyNetwork(plainActors('a', 'b', 'c'), [['a', 'b'], ['b', 'c'], ['c', 'a']]);
    expect(bridges(cycle.neighbours)).toEqual([]);
    const tree = tinyNetwork(plainActors('a', 'b', 'c', 'd'), [['a', 'b'], ['a', 'c'], ['c', 'd']]);
    expect(bridges(tree.neighbours)).toHaveLength(3);
  });
});

describe('brokers', () => {
  it('ranks the actors on the most shortest paths, and lists the bridges that cut off the most first', () => {
    const result = brokers(network);
    expect(result.method).toBe('EXACT');
    expect(result.actors.slice(0, 2).map((broker) => broker.actor.id).sort()).toEqual(['c', 'd']);
    expect(result.bridges.map((bridge) => [bridge.a.id, bridge.b.id, bridge.cutOff, bridge.linkIds])).toEqual([
      ['c', 'd', 3, ['l4']],
      ['f', 'g', 1, ['l8']],
    ]);
    expect(result.bridges[0]!.reasons[0]!.fr).toBe('Sans le lien C – D, 3 acteurs seraient coupés du reste du réseau.');
  });

  it('samples sources past `exactUpTo`, and says so', () => {
    const result = brokers(network, { exactUpTo: 3, samples: 4 });
    expect(result).toMatchObject({ method: 'SAMPLED', sources: 4 });
    expect(result.methodNote.en).toMatch(/estimated from 4 random sources among 7 actors/);
  });

  it('gives every actor above 0 for sizing nodes, the same scores as the ranking', () => {
    const scores = centrality(network).scores;
    expect(scores.map((score) => score.actorId).sort()).toEqual(['c', 'd', 'f']);
    expect(scores.find((score) => score.actorId === 'c')!.betweenness).toBe(brokers(network).actors.find((broker) => broker.actor.id === 'c')!.betweenness);
  });

  it('draws the same distinct sources for the same seed', () => {
    const sample = sampleSources(100, 10, 7);
    expect(new Set(sample).size).toBe(10);
    expect(sampleSources(100, 10, 7)).toEqual(sample);
    expect(sampleSources(100, 10, 8)).not.toEqual(sample);
  });
});
