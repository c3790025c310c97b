import type { ActorKind, CooperationKind, Provenance, Silo } from '../generated/types.js';

// How the network is drawn, on the server (embeds' legends) and in the browser (explorer, embeds): one source.

// Okabe–Ito colours: told apart by readers with every common colour-vision deficiency.
export const SILO_COLOURS: Readonly<Record<Silo, string>> = {
  PUBLIC: '#0072B2',
  PRIVATE: '#E69F00',
  POPULATION: '#009E73',
};

// Shape carries the kind, so that colour is never the only cue.
export const KIND_SHAPES: Readonly<Record<ActorKind, string>> = {
  COLLECTIVITE: 'round-rectangle',
  EPCI: 'round-rectangle',
  STATE_SERVICE: 'rectangle',
  PUBLIC_AGENCY: 'rectangle',
  ASSOCIATION: 'ellipse',
  CITIZEN_COLLECTIVE: 'ellipse',
  NETWORK: 'hexagon',
  FOUNDATION: 'hexagon',
  COOPERATIVE: 'diamond',
  COMPANY: 'triangle',
  INSERTION: 'star',
  RESEARCH: 'pentagon',
  TRAINING: 'pentagon',
  PERSON: 'vee',
};

export const LINK_COLOURS: Readonly<Record<CooperationKind, string>> = {
  PARTNERSHIP: '#555555',
  MUTUALISATION: '#CC79A7',
  FUNDING: '#0072B2',
  SUPPLY: '#D55E00',
  MEMBERSHIP: '#999999',
  CO_PROJECT: '#009E73',
  KNOWLEDGE_SHARING: '#56B4E9',
};

export const PROVENANCE_LINES: Readonly<Record<Provenance, 'solid' | 'dashed' | 'dotted'>> = {
  ANIMATOR: 'solid',
  OBSERVED: 'dashed',
  SELF_DECLARED: 'dotted',
  // Said by the actors themselves, as a self-declaration is; the legend names both.
  WORKSHOP: 'dotted',
};

/**
 * Node diameter in pixels from its degree: logarithmic and capped, so that hubs stand out without covering their
 * neighbours (a scale-free network of 5,000 actors has hubs of several hundred links).
 */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(72, 18 + 9 * Math.log2(1 + degree)));
}

/** Node diameter from betweenness, relative to the largest in view: the square root keeps small brokers visible. */
export function centralitySize(value: number, max: number): number {
  return max > 0 ? Math.round(18 + 54 * Math.sqrt(Math.max(0, value) / max)) : 18;
}

/**
 * Past this many links, a whole-network picture draws every link plain: at that scale no one tells dashes from dots,
 * and dash patterns cost a canvas twice a plain line (the explorer, below zoom 0.5) and a PDF many times its size.
 */
export const PLAIN_LINKS_FROM = 5_000;

/**
 * The outline of each Cytoscape node shape the network uses, as the points of a polygon in a square from −1 to 1
 * (Cytoscape's own polygons): the pictures drawn outside Cytoscape (legends, the report) draw the same shapes.
 * `ellipse` is a circle, the two rectangles are squares, `round-rectangle` with rounded corners.
 */
export const SHAPE_OUTLINES: Readonly<Record<string, ReadonlyArray<readonly [number, number]> | 'circle' | 'square' | 'rounded-square'>> = {
  ellipse: 'circle',
  rectangle: 'square',
  'round-rectangle': 'rounded-square',
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  hexagon: [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
  pentagon: Array.from({ length: 5 }, (_, i) => [Math.cos(-Math.PI / 2 + (2 * Math.PI * i) / 5), Math.sin(-Math.PI / 2 + (2 * Math.PI * i) / 5)] as const),
  vee: [[-1, -1], [0, -0.333], [1, -1], [0, 1]],
  star: [[0, -1], [0.22, -0.3], [0.95, -0.3], [0.36, 0.12], [0.58, 0.8], [0, 0.4], [-0.58, 0.8], [-0.36, 0.12], [-0.95, -0.3], [-0.22, -0.3]],
};

/** An SVG path (`d`) of a node shape of radius `r` centred on (x, y), to append to others of the same fill. */
export function shapePath(shape: string, x: number, y: number, r: number): string {
  const outline = SHAPE_OUTLINES[shape] ?? 'square';
  const n = (value: number): string => String(Math.round(value * 10) / 10);
  if (outline === 'circle') return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
  if (outline === 'square' || outline === 'rounded-square') {
    if (outline === 'square') return `M${n(x - r)} ${n(y - r)}h${n(2 * r)}v${n(2 * r)}h${n(-2 * r)}Z`;
    const c = r / 3;
    return `M${n(x - r + c)} ${n(y - r)}h${n(2 * (r - c))}q${n(c)} 0 ${n(c)} ${n(c)}v${n(2 * (r - c))}q0 ${n(c)} ${n(-c)} ${n(c)}h${n(-2 * (r - c))}q${n(-c)} 0 ${n(-c)} ${n(-c)}v${n(-2 * (r - c))}q0 ${n(-c)} ${n(c)} ${n(-c)}Z`;
  }
  return `M${outline.map(([px, py]) => `${n(x + px * r)} ${n(y + py * r)}`).join('L')}Z`;
}
