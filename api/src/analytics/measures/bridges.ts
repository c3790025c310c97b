/** A link whose removal splits its component; `cutOff` is the size of the smaller side. */
export interface BridgeEdge {
  a: number;
  b: number;
  cutOff: number;
}

/**
 * Bridges of the simple undirected graph (Tarjan's low-link, iterative so a long path cannot overflow the
 * stack), with the size of the part each one would cut off.
 */
export function bridges(neighbours: number[][]): BridgeEdge[] {
  const n = neighbours.length;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const subtree = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const found: Array<{ a: number; b: number; below: number; root: number }> = [];
  const componentSize = new Map<number, number>();
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
      } else {
        stack.pop();
        const p = parent[v]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[v]!);
          subtree[p]! += subtree[v]!;
          if (low[v]! > discovered[p]!) found.push({ a: p, b: v, below: subtree[v]!, root });
        }
      }
    }
    componentSize.set(root, subtree[root]!);
  }
  return found.map(({ a, b, below, root }) => ({ a, b, cutOff: Math.min(below, componentSize.get(root)! - below) }));
}
