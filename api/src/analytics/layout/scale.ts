import { gridOf } from './grid.js';

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  return sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/** The smallest and largest values, by a loop: a spread of 100,000 arguments would overflow the stack. */
export function extent(values: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/** The median distance from a point to its nearest other point, found in a grid of about one point a cell. */
export function medianNearestDistance(xs: number[], ys: number[]): number {
  const across = extent(xs);
  const down = extent(ys);
  const width = across.max - across.min;
  const height = down.max - down.min;
  const cell = Math.sqrt((width * height) / xs.length) || Math.max(width, height, 1);
  const grid = gridOf(xs, ys, cell);
  const nearest: number[] = [];
  xs.forEach((x, i) => {
    let best = Infinity;
    for (const j of grid.around(x, ys[i]!)) if (j !== i) best = Math.min(best, Math.hypot(x - xs[j]!, ys[i]! - ys[j]!));
    // A point alone in its neighbourhood says nothing of how crowded the drawing is.
    if (best < Infinity) nearest.push(best);
  });
  return median(nearest);
}

export interface Drawn {
  xs: number[];
  ys: number[];
  /** Each link's two ends, as indices into xs and ys. */
  ends: Array<[number, number]>;
  radius: number[];
}

/**
 * How much to enlarge a force-directed picture for the explorer: the larger of what makes the median link
 * `edgeLength` long, and what sets nearest neighbours one median actor's diameter apart. The first suits a small
 * territory; on a large one links cross the whole picture, and only the second leaves each actor room.
 */
export function drawingScale({ xs, ys, ends, radius }: Drawn, edgeLength: number): number {
  const link = median(ends.map(([a, b]) => Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!)));
  const nearest = medianNearestDistance(xs, ys);
  return Math.max(link > 0 ? edgeLength / link : 1, nearest > 0 ? (2 * median(radius)) / nearest : 1);
}
