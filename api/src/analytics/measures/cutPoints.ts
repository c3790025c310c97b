import { lowLinkSearch } from './lowLink.js';

/** An actor whose departure would split its part of the network; `cutOff` counts who would lose the main piece. */
export interface CutPoint {
  position: number;
  /** Actors no longer reachable from the largest remaining piece of the component, were this actor gone. */
  cutOff: number;
}

/**
 * Articulation points of the simple undirected graph (Tarjan's low-link), each with the actors its departure would
 * cut off from the rest: every piece it leaves but the largest one. The same nodes as networkx's
 * `articulation_points`.
 */
export function cutPoints(neighbours: number[][]): CutPoint[] {
  // For each node of the component being searched, the sizes of the DFS subtrees its departure would separate.
  const separated = new Map<number, number[]>();
  const points: CutPoint[] = [];
  lowLinkSearch(
    neighbours,
    ({ parent, childLow, parentDiscovered, childSubtree }) => {
      if (childLow < parentDiscovered) return;
      const pieces = separated.get(parent);
      if (pieces) pieces.push(childSubtree);
      else separated.set(parent, [childSubtree]);
    },
    (root, size) => {
      for (const [v, pieces] of separated) {
        // The root separates its subtrees only when it has two or more; any other node also leaves the rest above it.
        const all = v === root ? pieces : [...pieces, size - 1 - pieces.reduce((sum, piece) => sum + piece, 0)];
        if (all.filter((piece) => piece > 0).length < 2) continue;
        const total = all.reduce((sum, piece) => sum + piece, 0);
        points.push({ position: v, cutOff: total - Math.max(...all) });
      }
      separated.clear();
    },
  );
  return points.sort((a, b) => b.cutOff - a.cutOff || a.position - b.position);
}
