import { describe, expect, it } from 'vitest';
import { plainActors, tinyNetwork } from '../testing.js';
import { whatIf } from './whatIf.js';

type Edge = [string, string];
const ids = (refs: Array<{ id: string }>): string[] => refs.map((ref) => ref.id);

function without(names: string[], edges: Edge[], gone: string[], actors = plainActors(...names)) {
  const network = tinyNetwork(actors, edges);
  return whatIf(network, new Set(gone.map((id) => network.index.get(id)!)));
}

describe('whatIf', () => {
  it('splits a path at the actor who leaves, cutting off the smaller side', () => {
    const result = without(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']], ['c']);
    expect(ids(result.removed)).toEqual(['c']);
    // Two pieces of two: the first found stays "the rest", the other is cut off.
    expect(ids(result.cutOff)).toEqual(['d', 'e']);
    expect(result.lostLinkIds).toEqual(['l2', 'l3']);
    expect(result.before).toMatchObject({ actors: 5, links: 4, components: 1, largestComponent: 5 });
    expect(result.after).toMatchObject({ actors: 4, links: 2, components: 2, largestComponent: 2 });
    expect(result.risers).toEqual([]);
    expect(result.reasons[0]!.fr).toBe('Sans C, 2 acteurs seraient coupés du reste du réseau.');
  });

  it('leaves a star’s leaves each alone when its hub goes, as the cut points count it', () => {
    const result = without(['hub', 'x', 'y', 'z'], [['hub', 'x'], ['hub', 'y'], ['hub', 'z']], ['hub']);
    expect(ids(result.cutOff)).toEqual(['y', 'z']);
    expect(result.after.components).toBe(3);
    expect(without(['hub', 'x', 'y', 'z'], [['hub', 'x'], ['hub', 'y'], ['hub', 'z']], ['x']).cutOff).toEqual([]);
  });

  it('cuts two triangles apart at the actor they share, and only there', () => {
    const edges: Edge[] = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'c']];
    expect(ids(without(['a', 'b', 'c', 'd', 'e'], edges, ['c']).cutOff)).toEqual(['d', 'e']);
    const other = without(['a', 'b', 'c', 'd', 'e'], edges, ['a']);
    expect(other.cutOff).toEqual([]);
    expect(other.lostLinkIds).toEqual(['l1', 'l3']);
  });

  it('names who would have to take over: on a square, the corner opposite the one who left', () => {
    const result = without(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']], ['a']);
    // Before, c shared the b–d paths with a: half of one pair among the three pairs of others (1/6); after, it is on
    // the only b–d path: one pair of the same three (1/3), on the first graph's pairs both.
    expect(result.risers).toHaveLength(1);
    expect(result.risers[0]!.actor.id).toBe('c');
    expect(result.risers[0]!.after).toBeCloseTo(1 / 3, 12);
    expect(result.risers[0]!.before).toBeCloseTo(1 / 6, 12);
    expect(result.method).toBe('EXACT');
  });

  it('says who loses its only partner in another silo, and the silo mixing after', () => {
    const result = without(['pub', 'firm', 'asso'], [['firm', 'pub'], ['firm', 'asso']], ['pub'], [
      { id: 'pub', silo: 'PUBLIC' }, { id: 'firm', silo: 'PRIVATE', kind: 'COMPANY' }, { id: 'asso', silo: 'POPULATION' },
    ]);
    expect(result.siloAccessLost.map(({ actor, silo }) => [actor.id, silo])).toEqual([['firm', 'PUBLIC']]);
    expect(result.lostCrossSiloLinks).toBe(1);
    expect(result.before.crossSiloLinks).toBe(2);
    expect(result.after).toMatchObject({ crossSiloLinks: 1, eiIndex: 1 });
    expect(result.siloMatrixAfter.links).toBe(1);
  });

  it('estimates betweenness from the same sources before and after past `exactUpTo`', () => {
    const names = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const ring: Edge[] = names.map((name, i) => [name, names[(i + 1) % names.length]!]);
    const network = tinyNetwork(plainActors(...names), ring);
    const result = whatIf(network, new Set([0]), { exactUpTo: 4, samples: 6 });
    expect(result.method).toBe('SAMPLED');
    expect(result.risers.length).toBeGreaterThan(0);
  });
});
