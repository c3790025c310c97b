import { lowLinkSearch } from './lowLink.js';

/** A link whose removal splits its component; `cutOff` is the size of the smaller side. */
export interface BridgeEdge {
  a: number;
  b: number;
  cutOff: number;
}

/** Bridges of the simple undirected graph (Tarjan's low-link), with the size of the part each one would cut off. */
export function bridges(neighbours: number[][]): BridgeEdge[] {
  const found: Array<{ a: number; b: number; below: number }> = [];
  const result: BridgeEdge[] = [];
  lowLinkSearch(
    neighbours,
    ({ parent, child, childLow, parentDiscovered, childSubtree }) => {
      if (childLow > parentDiscovered) found.push({ a: parent, b: child, below: childSubtree });
    },
    (_root, size) => {
      for (const { a, b, below } of found) result.push({ a, b, cutOff: Math.min(below, size - below) });
      found.length = 0;
    },
  );
  return result;
}
