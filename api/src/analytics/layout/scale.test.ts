import { describe, expect, it } from 'vitest';
import { drawingScale, extent, median, medianNearestDistance } from './scale.js';

describe('median', () => {
  it('takes the middle value, the upper one of an even count, and 0 of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBe(0);
  });
});

describe('medianNearestDistance', () => {
  it('measures how far each point is from its nearest neighbour on a regular grid', () => {
    const xs = Array.from({ length: 100 }, (_, i) => (i % 10) * 5);
    const ys = Array.from({ length: 100 }, (_, i) => Math.floor(i / 10) * 5);
    expect(medianNearestDistance(xs, ys)).toBeCloseTo(5, 5);
  });
});

describe('drawingScale', () => {
  const ends: Array<[number, number]> = [[0, 1], [1, 2], [2, 3]];

  it('makes the median link the length asked for, where actors have room', () => {
    const xs = [0, 10, 20, 30];
    expect(drawingScale({ xs, ys: [0, 0, 0, 0], ends, radius: [1, 1, 1, 1] }, 140)).toBeCloseTo(14, 5);
  });

  it('parts crowded actors instead, where links are long but neighbours close', () => {
    // Four actors two by two, each pair 1 apart, links across the pairs 100 long: the crowding sets the scale.
    const xs = [0, 100, 1, 101];
    const ys = [0, 0, 0, 0];
    expect(drawingScale({ xs, ys, ends: [[0, 1], [2, 3], [0, 3]], radius: [20, 20, 20, 20] }, 140)).toBeCloseTo(40, 5);
  });
});

describe('extent', () => {
  it('finds the bounds of more values than a spread of arguments holds', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => i - 1_000);
    expect(extent(values)).toEqual({ min: -1_000, max: 298_999 });
  });
});
