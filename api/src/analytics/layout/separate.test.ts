import { describe, expect, it } from 'vitest';
import { separate } from './separate.js';

const gap = (x: number[], y: number[], i: number, j: number): number => Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);

describe('separate', () => {
  it('pushes two overlapping discs apart along the line between them, each by half', () => {
    const x = [0, 10];
    const y = [0, 0];
    separate(x, y, [10, 10], { margin: 0 });
    expect(gap(x, y, 0, 1)).toBeCloseTo(20, 5);
    expect(x[0]! + x[1]!).toBeCloseTo(10, 5);
    expect(y).toEqual([0, 0]);
  });

  it('leaves discs that do not touch where they are', () => {
    const x = [0, 100];
    const y = [0, 0];
    separate(x, y, [10, 10]);
    expect(x).toEqual([0, 100]);
  });

  it('parts discs on one point, the same way every time', () => {
    const first = { x: [5, 5], y: [5, 5] };
    const second = { x: [5, 5], y: [5, 5] };
    separate(first.x, first.y, [10, 10], { margin: 0 });
    separate(second.x, second.y, [10, 10], { margin: 0 });
    expect(gap(first.x, first.y, 0, 1)).toBeGreaterThan(0);
    expect(first).toEqual(second);
  });

  it('clears a crowd in a few rounds: no pair overlaps by more than a tenth of its wanted distance', () => {
    const x = Array.from({ length: 50 }, (_, i) => (i % 7) * 3);
    const y = Array.from({ length: 50 }, (_, i) => Math.floor(i / 7) * 3);
    const radius = x.map((_, i) => 8 + (i % 3) * 4);
    separate(x, y, radius, { rounds: 60, margin: 0 });
    for (let i = 0; i < 50; i += 1) {
      for (let j = i + 1; j < 50; j += 1) expect(gap(x, y, i, j)).toBeGreaterThan(0.9 * (radius[i]! + radius[j]!));
    }
  });
});
