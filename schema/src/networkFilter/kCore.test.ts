import { describe, expect, it } from 'vitest';
import { coreNumbers, kCore } from './kCore.js';

describe('kCore', () => {
  const triangles: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'c']];

  it('keeps two triangles joined by one actor whole at k = 2, drops a path’s tail', () => {
    expect(kCore(['a', 'b', 'c', 'd', 'e'], triangles, 2)).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    expect(kCore(['a', 'b', 'c', 'd', 'e', 'f'], [...triangles, ['e', 'f']], 2)).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    expect(kCore(['a', 'b', 'c', 'd', 'e'], triangles, 3)).toEqual(new Set());
  });

  it('ignores links to actors outside the list, self loops and repeated links', () => {
    expect(kCore(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['a', 'a'], ['b', 'c'], ['c', 'a'], ['c', 'zz']], 2)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('gives a star’s hub and leaves core number 1, a clique of four 3', () => {
    expect(coreNumbers([[1, 2, 3], [0], [0], [0]])).toEqual([1, 1, 1, 1]);
    expect(coreNumbers([[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2]])).toEqual([3, 3, 3, 3]);
  });
});
