/**
 * Betweenness centrality of an unweighted undirected graph given as sorted neighbour lists (Brandes 2001),
 * normalised as networkx does: the share of the (n−1)(n−2)/2 pairs of other nodes whose shortest paths go
 * through the node. With `sources`, only those nodes start a search and the sums are scaled by n / |sources|
 * (Brandes & Pich 2007), an unbiased estimate.
 */
export function betweenness(neighbours: number[][], sources?: readonly number[]): Float64Array {
  const n = neighbours.length;
  const centrality = new Float64Array(n);
  if (n < 3) return centrality;
  // Flat typed arrays (compressed sparse rows): the searches below touch every link many times.
  const { offsets, targets } = compressedRows(neighbours);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const starts = sources ?? Array.from({ length: n }, (_, i) => i);
  for (const source of starts) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const sv = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) {
        const w = targets[e]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) sigma[w]! += sv;
      }
    }
    // Predecessors are the neighbours one step closer: no lists to keep, the distances tell.
    for (let i = tail - 1; i > 0; i -= 1) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      const previous = distance[w]! - 1;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e += 1) {
        const v = targets[e]!;
        if (distance[v] === previous) delta[v]! += sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
  }
  // Each pair is counted from both ends; sampling scales the sums up to every source.
  const scale = (n / starts.length) / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i += 1) centrality[i]! *= scale;
  return centrality;
}

function compressedRows(neighbours: number[][]): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(neighbours.length + 1);
  neighbours.forEach((list, v) => (offsets[v + 1] = offsets[v]! + list.length));
  const targets = new Int32Array(offsets[neighbours.length]!);
  neighbours.forEach((list, v) => targets.set(list, offsets[v]!));
  return { offsets, targets };
}
