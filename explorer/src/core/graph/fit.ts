import type { Point } from './types.js';

/** The viewport (Cytoscape's zoom and pan) that shows every point, with room around them. */
export interface FitView {
  zoom: number;
  pan: Point;
}

export interface FitOptions {
  /** The drawing's size on screen, in pixels. */
  width: number;
  height: number;
  /** Room around the points in model units (the largest node's radius), then on screen in pixels. */
  margin: number;
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * Fits a drawing from its nodes' positions alone. Cytoscape's own fit measures every element's box, labels
 * included — seconds at 20,000 actors for names nobody reads at that zoom —, where the positions are known already.
 * Null for nothing to fit, or a container with no size yet.
 */
export function fitView(points: Iterable<Point>, { width, height, margin, padding, minZoom, maxZoom }: FitOptions): FitView | null {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const { x, y } of points) {
    left = Math.min(left, x - margin);
    right = Math.max(right, x + margin);
    top = Math.min(top, y - margin);
    bottom = Math.max(bottom, y + margin);
  }
  const room = { width: width - 2 * padding, height: height - 2 * padding };
  if (!Number.isFinite(left) || room.width <= 0 || room.height <= 0) return null;
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(room.width / (right - left), room.height / (bottom - top))));
  return { zoom, pan: { x: width / 2 - zoom * ((left + right) / 2), y: height / 2 - zoom * ((top + bottom) / 2) } };
}
