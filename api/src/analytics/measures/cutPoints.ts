/** An actor whose departure would split its part of the network; `cutOff` counts who would lose the main piece. */
export interface CutPoint {
  position: number;
  /** Actors no longer reachable from the largest remaining piece of the component, were this actor gone. */
  cutOff: number;
}

/**
 * Articulation points of the simple undirected graph (Tarjan's low-link, iterative so that a long chain cannot
 * overflow the stack), each with the actors its departure would cut off from the rest: every piece it leaves
 * but the largest one. The same nodes as networkx's `articulation_points`.
 */
export function cutPoints(neighbours: number[][]): CutPoint[] {
  const n = neighbours.length;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const subtree = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  // For each node, the sizes of the DFS subtrees its departure would separate.
  const separated = new Map<number, number[]>();
  const points: CutPoint[] = [];
  let time = 0;
  for (let root = 0; root < n; root += 1) {
    if (discovered[root] !== -1) continue;
    const stack = [root];
    const visitedBefore = time;
    discovered[root] = low[root] = time++;
    subtree[root] = 1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const list = neighbours[v]!;
      if (cursor[v]! < list.length) {
        const w = list[cursor[v]!++]!;
        if (discovered[w] === -1) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          subtree[w] = 1;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, discovered[w]!);
        }
        continue;
      }
      stack.pop();
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      subtree[p]! += subtree[v]!;
      if (low[v]! >= discovered[p]!) {
        const pieces = separated.get(p);
        if (pieces) pieces.push(subtree[v]!);
        else separated.set(p, [subtree[v]!]);
      }
    }
    const componentSize = time - visitedBefore;
    for (const [v, pieces] of separated) {
      // The root separates its subtrees only when it has two or more; any other node also leaves the rest above it.
      const all = v === root ? pieces : [...pieces, componentSize - 1 - pieces.reduce((sum, size) => sum + size, 0)];
      if (all.filter((size) => size > 0).length < 2) continue;
      const total = all.reduce((sum, size) => sum + size, 0);
      points.push({ position: v, cutOff: total - Math.max(...all) });
    }
    separated.clear();
  }
  return points.sort((a, b) => b.cutOff - a.cutOff || a.position - b.position);
}
