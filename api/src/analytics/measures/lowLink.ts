/** A tree edge of the depth-first search, once its child's subtree is done. */
export interface FinishedTreeEdge {
  parent: number;
  child: number;
  /** The earliest discovery time the child's subtree reaches by one back edge. */
  childLow: number;
  parentDiscovered: number;
  /** Nodes in the child's subtree. */
  childSubtree: number;
}

/**
 * Tarjan's low-link depth-first search of a simple undirected graph (neighbour lists), iterative so that a long
 * chain cannot overflow the stack: `onTreeEdge` as each tree edge's subtree is finished, then `onComponent` with
 * the component's size. Bridges (`childLow > parentDiscovered`) and articulation points (`≥`) are read from it.
 */
export function lowLinkSearch(
  neighbours: number[][],
  onTreeEdge: (edge: FinishedTreeEdge) => void,
  onComponent: (root: number, size: number) => void,
): void {
  const n = neighbours.length;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const subtree = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root += 1) {
    if (discovered[root] !== -1) continue;
    const stack = [root];
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
      onTreeEdge({ parent: p, child: v, childLow: low[v]!, parentDiscovered: discovered[p]!, childSubtree: subtree[v]! });
    }
    onComponent(root, subtree[root]!);
  }
}
