import { describe, expect, it } from 'vitest';
import { tinyNetwork } from '../testing.js';
import { communities } from './communities.js';

describe('communities', () => {
  it('finds two triangles joined by one bridge, with the modularity worked out by hand', () => {
    const network = tinyNetwork(
      [{ id: 'a' }, { id: 'b' }, { id: 'c', silo: 'PRIVATE' }, { id: 'd', silo: 'PRIVATE' }, { id: 'e', silo: 'PRIVATE' }, { id: 'f', silo: 'PRIVATE' }],
      [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']],
    );
    const result = communities(network);
    expect(result.count).toBe(2);
    // m = 7; each triangle: 3 internal links, degrees summing to 7 → Q = 2 (3/7 − (7/14)²).
    expect(result.modularity).toBeCloseTo(2 * (3 / 7 - 0.25));
    expect(result.communities.map((community) => community.actorIds)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
    const [mixed, privateOnly] = result.communities;
    expect(mixed).toMatchObject({ size: 3, internalLinks: 3, crossSiloInternalLinks: 2, silos: [{ silo: 'PUBLIC', actors: 2 }, { silo: 'PRIVATE', actors: 1 }] });
    expect(mixed!.siloMix).toBeCloseTo(-(2 / 3) * Math.log(2 / 3) / Math.log(3) - (1 / 3) * Math.log(1 / 3) / Math.log(3));
    expect(privateOnly!.siloMix).toBeCloseTo(0);
    expect(privateOnly!.reasons[1]!.fr).toBe('Communauté entièrement dans le silo Privé.');
  });

  it('gives the same communities for the same seed, and none without links', () => {
    const network = tinyNetwork([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], [['a', 'b'], ['c', 'd']]);
    expect(communities(network)).toEqual(communities(network));
    expect(communities(tinyNetwork([{ id: 'a' }], []))).toMatchObject({ count: 0, communities: [] });
  });
});
