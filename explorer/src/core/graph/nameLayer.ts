import type { Core, NodeSingular } from 'cytoscape';
import { pickLabels, type LabelCandidate } from './labels.js';

/** The names' size on screen, whatever the zoom. */
export const NAME_PX = 12;
const NAME_FONT = `600 ${NAME_PX}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
const MAX_WIDTH = 150;
/** One name per this many square pixels of network at most: room to breathe on a phone as on a wall screen. */
const AREA_PER_NAME = 24_000;
/** From this zoom on, Cytoscape draws every label itself (10 px labels, shown from 14 px on screen). */
const OWN_LABELS_FROM = 1.4;

export interface NameColours {
  text: string;
  halo: string;
}

/** A name drawn, with its box on screen (for tests) and its node's position in the model (for pictures). */
export interface DrawnName {
  id: string;
  text: string;
  box: { x1: number; y1: number; x2: number; y2: number };
  model: { x: number; y: number; size: number };
}

export interface NameLayer {
  /** The names drawn now. */
  names(): DrawnName[];
  setColours(colours: NameColours): void;
  destroy(): void;
}

function fitted(context: CanvasRenderingContext2D, text: string): string {
  if (context.measureText(text).width <= MAX_WIDTH) return text;
  let end = text.length;
  while (end > 1 && context.measureText(`${text.slice(0, end)}…`).width > MAX_WIDTH) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Names at first sight: the best connected actors that have room, and the selected actor and its partners, named
 * on a canvas of their own over the network. Choosing touches no element of the graph: changing nodes' classes or
 * styles would make Cytoscape redraw its cached layers, and panning at 5,000 actors would stutter. Chosen again when
 * the view rests; drawn again at each frame Cytoscape draws.
 */
export function attachNameLayer(cy: Core, initial: NameColours): NameLayer {
  const host = cy.container()!;
  const canvas = document.createElement('canvas');
  canvas.className = 'name-layer';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '1' });
  host.append(canvas);
  const context = canvas.getContext('2d')!;
  context.font = NAME_FONT;
  // Each label is cut and measured once: choosing again at every rest then costs no text layout.
  const fits = new Map<string, { text: string; width: number }>();
  const fit = (label: string): { text: string; width: number } => {
    let known = fits.get(label);
    if (!known) {
      context.font = NAME_FONT;
      const text = fitted(context, label);
      known = { text, width: text ? context.measureText(text).width : 0 };
      fits.set(label, known);
    }
    return known;
  };
  let colours = initial;
  let chosen: string[] = [];
  let drawn: DrawnName[] = [];

  const choose = (): void => {
    const width = cy.width();
    const height = cy.height();
    if (width === 0 || height === 0) return;
    const forced = cy.nodes(':selected').closedNeighborhood().nodes();
    const candidates: LabelCandidate[] = [];
    cy.nodes('[colour]').forEach((node: NodeSingular) => {
      if (node.hasClass('faded')) return;
      const { x, y } = node.renderedPosition();
      candidates.push({
        id: node.id(), x, y, size: node.renderedOuterWidth(), width: fit(String(node.data('label') ?? '')).width,
        // A gap lit up from the Gaps panel names its actors first.
        rank: (node.hasClass('highlighted') ? 1e9 : 0) + Number(node.data('size') ?? 0) * 1000 + node.degree(false), forced: forced.has(node),
      });
    });
    chosen = [...pickLabels(candidates, { fontPx: NAME_PX, width, height, gap: 4, limit: Math.max(6, Math.round((width * height) / AREA_PER_NAME)) })];
    draw();
    performance.mark('maillage:labelled');
  };

  const draw = (): void => {
    const ratio = window.devicePixelRatio || 1;
    const width = cy.width();
    const height = cy.height();
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    drawn = [];
    if (cy.zoom() >= OWN_LABELS_FROM) return;
    context.font = NAME_FONT;
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    for (const id of chosen) {
      const node = cy.getElementById(id);
      if (node.empty() || node.removed()) continue;
      const { x, y } = node.renderedPosition();
      const top = y + node.renderedOuterWidth() / 2 + 2;
      const { text, width: textWidth } = fit(String(node.data('label') ?? ''));
      const half = textWidth / 2;
      context.strokeStyle = colours.halo;
      context.strokeText(text, x, top);
      context.fillStyle = colours.text;
      context.fillText(text, x, top);
      const model = node.position();
      drawn.push({ id, text, box: { x1: x - half, y1: top, x2: x + half, y2: top + NAME_PX * 1.25 }, model: { x: model.x, y: model.y, size: node.outerWidth() } });
    }
  };

  let resting: ReturnType<typeof setTimeout> | undefined;
  const soon = (): void => {
    clearTimeout(resting);
    resting = setTimeout(choose, 150);
  };
  cy.on('render', draw);
  cy.on('layoutstop', choose);
  cy.on('viewport resize add remove', soon);
  cy.on('select unselect', 'node', soon);
  cy.on('class', 'node', soon);
  choose();
  return {
    names: () => drawn,
    setColours(next) {
      colours = next;
      draw();
    },
    destroy() {
      clearTimeout(resting);
      cy.off('render', draw);
      cy.off('layoutstop', choose);
      cy.off('viewport resize add remove', soon);
      cy.off('select unselect', 'node', soon);
      cy.off('class', 'node', soon);
      canvas.remove();
    },
  };
}
