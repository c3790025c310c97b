import { describe, expect, it } from 'vitest';
import { gridOf } from './grid.js';

describe('gridOf', () => {
  it('finds the points in the cell of a place and the eight around it, no farther', () => {
    const grid = gridOf([0, 15, 25, -5, 100], [0, 5, 25, -5, 100], 10);
    expect([...grid.around(1, 1)].sort()).toEqual([0, 1, 3]);
    expect([...grid.around(21, 11)].sort()).toEqual([1, 2]);
    expect([...grid.around(21, 21)]).toEqual([2]);
    expect([...grid.around(500, 500)]).toEqual([]);
  });
});
