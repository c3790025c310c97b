// Which actors carry their names at the current zoom: the best connected first, as long as their labels do not
// overlap one another. Pure: the network view measures, this decides.

export interface LabelCandidate {
  id: string;
  /** The node's centre, in screen pixels. */
  x: number;
  y: number;
  /** The node's drawn diameter, in screen pixels: the label sits under it. */
  size: number;
  /** The label's width as drawn, in pixels (measured by the drawing, cut to `maxWidth` there); 0 for no label. */
  width: number;
  /** Higher first: the number of links, or the betweenness shown. */
  rank: number;
  /** Always named (the selected actor and its partners), overlapping or not. */
  forced?: boolean;
}

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelOptions {
  /** The labels' on-screen font size, in pixels. */
  fontPx: number;
  /** The viewport, in pixels: only labels wholly inside it are placed (a name cut by the screen's edge is unread). */
  width: number;
  height: number;
  /** At most this many names at once, whatever the room. */
  limit: number;
  /** Room kept around each label, in pixels. */
  gap?: number;
}

/** The box a label takes under its node, with the room kept around it. */
export function labelBox(candidate: LabelCandidate, options: LabelOptions): LabelBox {
  const gap = options.gap ?? 2;
  const width = candidate.width + 2 * gap;
  const top = candidate.y + candidate.size / 2 + 1;
  return { left: candidate.x - width / 2, right: candidate.x + width / 2, top: top - gap, bottom: top + options.fontPx * 1.3 + gap };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: LabelBox, options: LabelOptions): boolean {
  return box.left >= 0 && box.right <= options.width && box.top >= 0 && box.bottom <= options.height;
}

/**
 * The ids to name, greedily by rank (ties by id, so that the choice is stable): forced ones always, the others
 * when their label's box meets no box already taken. Quadratic in the names kept, which `limit` bounds.
 */
export function pickLabels(candidates: readonly LabelCandidate[], options: LabelOptions): Set<string> {
  if (!(options.fontPx > 0) || !(options.limit >= 0)) {
    throw new Error(`pickLabels: fontPx must be positive and limit non-negative (got ${options.fontPx}, ${options.limit})`);
  }
  const taken: LabelBox[] = [];
  const named = new Set<string>();
  const ordered = [...candidates].sort((a, b) => Number(Boolean(b.forced)) - Number(Boolean(a.forced)) || b.rank - a.rank || (a.id < b.id ? -1 : 1));
  for (const candidate of ordered) {
    const box = labelBox(candidate, options);
    if (candidate.forced) {
      named.add(candidate.id);
      taken.push(box);
      continue;
    }
    if (named.size >= options.limit || candidate.width === 0 || !inside(box, options)) continue;
    if (taken.some((other) => overlaps(box, other))) continue;
    named.add(candidate.id);
    taken.push(box);
  }
  return named;
}
