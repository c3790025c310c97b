/** Connected components of a graph given as neighbour lists: each node's component, and each component's size. */
export function components(neighbours: number[][]): { of: Int32Array; sizes: number[] } {
  const of = new Int32Array(neighbours.length).fill(-1);
  const sizes: number[] = [];
  const queue = new Int32Array(neighbours.length);
  for (let start = 0; start < neighbours.length; start += 1) {
    if (of[start] !== -1) continue;
    const id = sizes.length;
    of[start] = id;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      for (const w of neighbours[queue[head++]!]!) {
        if (of[w] !== -1) continue;
        of[w] = id;
        queue[tail++] = w;
      }
    }
    sizes.push(tail);
  }
  return { of, sizes };
}

/**
 * Average local clustering coefficient, as networkx's `average_clustering`: the mean over every node of the
 * share of its neighbour pairs that are linked, nodes with fewer than two neighbours counting 0.
 */
export function averageClustering(neighbours: number[][]): number {
  const n = neighbours.length;
  if (n === 0) return 0;
  const mark = new Int32Array(n).fill(-1);
  let sum = 0;
  for (let v = 0; v < n; v += 1) {
    const list = neighbours[v]!;
    const k = list.length;
    if (k < 2) continue;
    for (const u of list) mark[u] = v;
    let links = 0;
    for (const u of list) for (const w of neighbours[u]!) if (mark[w] === v) links += 1;
    // Each link between two neighbours was seen from both of its ends.
    sum += links / (k * (k - 1));
  }
  return sum / n;
}
