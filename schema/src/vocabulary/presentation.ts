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
