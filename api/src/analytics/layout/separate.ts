import { gridOf } from './grid.js';
import { extent } from './scale.js';

/**
 * Pushes apart the discs that overlap (centre `x[i]`, `y[i]`, radius `radius[i]`, plus `margin`), each pair by
 * half the overlap at each round, a few rounds: enough for a force-directed picture whose links are already
 * longer than the discs, where noverlap-style grids grow past what a Set holds on large graphs. Buckets of the
 * largest diameter make a round linear in the number of discs. Moves the arrays in place.
 */
export function separate(x: number[], y: number[], radius: number[], { rounds = 10, margin = 4 } = {}): void {
  const count = x.length;
  if (count < 2) return;
  const cell = 2 * (extent(radius).max + margin);
  for (let round = 0; round < rounds; round += 1) {
    const grid = gridOf(x, y, cell);
    let moved = false;
    for (let i = 0; i < count; i += 1) {
      for (const j of grid.around(x[i]!, y[i]!)) {
        if (j > i) moved = pushApart(i, j, x, y, radius[i]! + radius[j]! + margin) || moved;
      }
    }
    if (!moved) return;
  }
}

function pushApart(i: number, j: number, x: number[], y: number[], wanted: number): boolean {
  let dx = x[j]! - x[i]!;
  let dy = y[j]! - y[i]!;
  let distance = Math.hypot(dx, dy);
  if (distance >= wanted) return false;
  if (distance === 0) {
    // Two discs on one point: apart along a direction drawn from their positions, the same in every process.
    const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
    [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
  }
  const push = (wanted - distance) / 2 / distance;
  x[i]! -= dx * push;
  y[i]! -= dy * push;
  x[j]! += dx * push;
  y[j]! += dy * push;
  return true;
}
