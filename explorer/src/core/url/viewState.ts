import { readNetworkFilter, writeNetworkFilter } from '@maillage/schema/network-filter';
import { DEFAULT_FILTERS, fromNetworkFilter, toNetworkFilter, type Filters, type Focus } from '../graph/filter.js';
import { RENDERERS, type RendererName } from '../graph/renderer.js';
import type { Lang } from '../i18n/catalogue.js';

export type ViewMode = 'graph' | 'table';
export const LAYOUTS = ['force', 'silo', 'sector', 'territory', 'geo'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
/** What node size shows: links, betweenness (from the analytics), or nothing. */
export const SIZE_MEASURES = ['degree', 'betweenness', 'uniform'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** What a user would share: it lives in the URL, so a link reopens the same view. */
export interface ViewState {
  filters: Filters;
  focus: Focus | null;
  selected: string | null;
  view: ViewMode;
  layout: LayoutName;
  size: SizeMeasure;
  lang: Lang;
  /** The Gaps panel is open. */
  gaps: boolean;
  /** The gap lit up on the graph (see core/analytics/highlight.ts), or null. */
  gap: string | null;
  /** How the network is drawn (core/graph/renderer.ts). */
  renderer: RendererName;
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS, focus: null, selected: null, view: 'graph', layout: 'force', size: 'degree', lang: 'fr', gaps: false, gap: null, renderer: 'canvas',
};

const ID = /^[\w:.-]{1,120}$/;
// A gap key (see core/analytics/highlight.ts): letters, ids and the separators its forms use (a what-if lists ids with commas).
const GAP = /^[\w:.@~,-]{1,7000}$/;

function id(value: string | null): string | null {
  return value && ID.test(value) ? value : null;
}

/** Reads a view from a query string; anything unknown or malformed falls back to the default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const focus = id(params.get('focus'));
  const layout = params.get('layout');
  const size = params.get('size');
  const gap = params.get('gap');
  return {
    // The filter's URL form has one reader (bad values are dropped here: a shared link still opens).
    filters: {
      ...fromNetworkFilter(readNetworkFilter(params).filter),
      crossSiloOnly: params.get('cross') === '1',
      partners: params.get('partners') === '1',
    },
    focus: focus ? { actor: focus, hops: params.get('hops') === '2' ? 2 : 1 } : null,
    selected: id(params.get('actor')),
    view: params.get('view') === 'table' ? 'table' : 'graph',
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'force',
    size: (SIZE_MEASURES as readonly string[]).includes(size ?? '') ? (size as SizeMeasure) : 'degree',
    lang: params.get('lang') === 'en' ? 'en' : 'fr',
    gaps: params.get('gaps') === '1',
    gap: gap && GAP.test(gap) ? gap : null,
    renderer: (RENDERERS as readonly string[]).includes(params.get('renderer') ?? '') ? (params.get('renderer') as RendererName) : 'canvas',
  };
}

/** Writes a view as a query string, leaving defaults out so that links stay short. */
export function serializeViewState(state: ViewState): string {
  const { filters } = state;
  const params = writeNetworkFilter(toNetworkFilter(filters));
  if (filters.crossSiloOnly) params.set('cross', '1');
  if (filters.partners) params.set('partners', '1');
  if (state.focus) {
    params.set('focus', state.focus.actor);
    if (state.focus.hops === 2) params.set('hops', '2');
  }
  if (state.selected) params.set('actor', state.selected);
  if (state.view !== 'graph') params.set('view', state.view);
  if (state.layout !== 'force') params.set('layout', state.layout);
  if (state.size !== 'degree') params.set('size', state.size);
  if (state.lang !== 'fr') params.set('lang', state.lang);
  if (state.gaps) params.set('gaps', '1');
  if (state.gap) params.set('gap', state.gap);
  if (state.renderer !== 'canvas') params.set('renderer', state.renderer);
  const text = params.toString();
  return text ? `?${text}` : '';
}
