import type { Core } from 'cytoscape';
import { pickLabels, type LabelCandidate } from './labels.js';

/** The names' size on screen, whatever the zoom. */
export const LABEL_PX = 12;

/** One name per this many square pixels of network at most: room to breathe on a phone as on a wall screen. */
const AREA_PER_LABEL = 24_000;

/**
 * Names the best connected actors that have room at the current zoom, and the selected actor and its partners
 * always; their labels keep one size on screen. Only the named nodes are touched, so this stays cheap at 5,000.
 */
export function relabel(cy: Core): void {
  const width = cy.width();
  const height = cy.height();
  if (width === 0 || height === 0) return;
  const zoom = cy.zoom();
  const forced = cy.nodes(':selected').closedNeighborhood().nodes();
  const candidates: LabelCandidate[] = [];
  cy.nodes('[colour]').forEach((node) => {
    if (node.hasClass('faded')) return;
    const { x, y } = node.renderedPosition();
    candidates.push({
      id: node.id(), x, y, size: node.renderedOuterWidth(), length: String(node.data('label') ?? '').length,
      rank: Number(node.data('size') ?? 0) * 1000 + node.degree(false), forced: forced.has(node),
    });
  });
  const named = pickLabels(candidates, {
    fontPx: LABEL_PX, maxWidth: 150, width, height, gap: 4, limit: Math.max(6, Math.round((width * height) / AREA_PER_LABEL)),
  });
  const fontSize = LABEL_PX / zoom;
  cy.batch(() => {
    cy.nodes('.named').forEach((node) => {
      if (named.has(node.id())) return;
      node.removeClass('named');
      node.removeStyle('font-size text-max-width');
    });
    for (const id of named) {
      const node = cy.getElementById(id);
      node.addClass('named');
      node.style({ 'font-size': fontSize, 'text-max-width': `${150 / zoom}px` });
    }
  });
  performance.mark('maillage:labelled');
}
