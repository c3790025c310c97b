/**
 * Each node's core number (the largest k such that it belongs to a subgraph where everyone has at least k
 * partners), as networkx's `core_number`: Batagelj and Zaversnik's bucket algorithm, O(links).
 */
export function coreNumbers(neighbours: number[][]): number[] {
  const n = neighbours.length;
  const degree = neighbours.map((list) => list.length);
  const maxDegree = degree.reduce((max, value) => Math.max(max, value), 0);
  // Nodes sorted by degree in buckets; position[v] is v's place in `order`, start[d] where degree d begins.
  const start = new Array<number>(maxDegree + 2).fill(0);
  for (const d of degree) start[d + 1]! += 1;
  for (let d = 1; d < start.length; d += 1) start[d]! += start[d - 1]!;
  const order = new Array<number>(n);
  const position = new Array<number>(n);
  const next = [...start];
  for (let v = 0; v < n; v += 1) {
    position[v] = next[degree[v]!]!++;
    order[position[v]!] = v;
  }
  for (let i = 0; i < n; i += 1) {
    const v = order[i]!;
    for (const u of neighbours[v]!) {
      if (degree[u]! <= degree[v]!) continue;
      // Move u to the front of its bucket, then shrink the bucket by one: u's degree drops by one.
      const du = degree[u]!;
      const first = start[du]!;
      const w = order[first]!;
      if (w !== u) {
        order[position[u]!] = w;
        position[w] = position[u]!;
        order[first] = u;
        position[u] = first;
      }
      start[du]! += 1;
      degree[u]! -= 1;
    }
  }
  return degree;
}

/** The core number of each of these actors over the links among them (pairs of ids; others, and loops, ignored). */
export function coreNumbersOf(actorIds: readonly string[], links: Iterable<readonly [string, string]>): number[] {
  const index = new Map(actorIds.map((id, position) => [id, position]));
  const sets = actorIds.map(() => new Set<number>());
  for (const [source, target] of links) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
  }
  return coreNumbers(sets.map((set) => [...set]));
}

/** How many actors each k-core keeps, for k = 1 up to the innermost (index k − 1): the filter's choices. */
export function coreLevels(numbers: readonly number[]): number[] {
  const levels: number[] = [];
  for (const k of numbers) for (let level = 1; level <= k; level += 1) levels[level - 1] = (levels[level - 1] ?? 0) + 1;
  return levels;
}

/**
 * The filter's `minCore`: of these actors and the links among them, those whose core number is at least `k` — the
 * k-core, where everyone has k partners or more within it.
 */
export function kCore(actorIds: readonly string[], links: Iterable<readonly [string, string]>, k: number): Set<string> {
  const numbers = coreNumbersOf(actorIds, links);
  return new Set(actorIds.filter((_, position) => numbers[position]! >= k));
}
