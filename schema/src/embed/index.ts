// The embed's contract, between the API that serves /embed and the script that draws it: its URL parameters and
// the data the page carries.
import type { ActorKind, CooperationKind, Provenance, Silo } from '../generated/types.js';
import { NETWORK_FILTER_FIELDS } from '../networkFilter/filter.js';

export const EMBED_LAYOUTS = ['force', 'silo', 'geo'] as const;
export type EmbedLayout = (typeof EMBED_LAYOUTS)[number];

/** How an embed looks: its URL parameters besides the network filter's. */
export const EMBED_LOOK_PARAMETERS = ['layout', 'lang', 'theme', 'accent', 'height', 'legend', 'search', 'table'] as const;
export type EmbedLookParameter = (typeof EMBED_LOOK_PARAMETERS)[number];

/** Every URL parameter of an embed (and attribute of its web component): the network filter's, then the look's. */
export const EMBED_PARAMETERS = [...NETWORK_FILTER_FIELDS, ...EMBED_LOOK_PARAMETERS] as const;

/** What an embed shows, and all it sends: public fields of the network the public may see. */
export interface EmbedNetwork {
  actors: Array<{ id: string; name: string; silo: Silo; kind: ActorKind; latitude: number | null; longitude: number | null }>;
  links: Array<{ id: string; source: string; target: string; kind: CooperationKind; provenance: Provenance; intensity: number | null }>;
  /** The forces' picture computed by the API (layout `force`), in `actors` order: the page draws it at once. */
  layout?: { x: number[]; y: number[] };
}

/** The JSON the embed page carries for its script (`<script id="maillage-data">`). */
export interface EmbedPayload {
  settings: { layout: EmbedLayout; search: boolean; lang: 'fr' | 'en' };
  network: EmbedNetwork;
}
