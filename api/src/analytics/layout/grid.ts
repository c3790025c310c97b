/** Points bucketed in square cells, to find those near a place without comparing every pair. */
export interface Grid {
  /** The points in the cell of (x, y) and in the eight cells around it, as they were when the grid was made. */
  around(x: number, y: number): Generator<number>;
}

export function gridOf(xs: readonly number[], ys: readonly number[], cell: number): Grid {
  const key = (column: number, row: number): string => `${column},${row}`;
  const buckets = new Map<string, number[]>();
  xs.forEach((x, i) => {
    const at = key(Math.floor(x / cell), Math.floor(ys[i]! / cell));
    const bucket = buckets.get(at);
    if (bucket) bucket.push(i);
    else buckets.set(at, [i]);
  });
  return {
    *around(x, y) {
      const column = Math.floor(x / cell);
      const row = Math.floor(y / cell);
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) yield* buckets.get(key(column + dx, row + dy)) ?? [];
      }
    },
  };
}
