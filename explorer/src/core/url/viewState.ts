import { DEFAULT_FILTERS, type Filters } from '../graph/filter.js';
import { SILOS, type Silo } from '../graph/types.js';
import type { Lang } from '../i18n/catalogue.js';

export type ViewMode = 'graph' | 'table';

/** What a user would share: it lives in the URL, so a link reopens the same view. */
export interface ViewState {
  filters: Filters;
  selected: string | null;
  view: ViewMode;
  lang: Lang;
}

export const DEFAULT_VIEW: ViewState = { filters: DEFAULT_FILTERS, selected: null, view: 'graph', lang: 'fr' };

const isSilo = (value: string): value is Silo => (SILOS as readonly string[]).includes(value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a view from a query string; anything unknown or malformed falls back to the default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const silos = params.get('silos');
  const date = params.get('date');
  const view = params.get('view');
  const lang = params.get('lang');
  return {
    filters: {
      silos: silos === null ? DEFAULT_FILTERS.silos : silos.split(',').filter(isSilo),
      date: date && DATE.test(date) ? date : null,
    },
    selected: params.get('actor') || null,
    view: view === 'table' ? 'table' : 'graph',
    lang: lang === 'en' ? 'en' : 'fr',
  };
}

/** Writes a view as a query string, leaving defaults out so that links stay short. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.filters.silos.length !== SILOS.length) params.set('silos', state.filters.silos.join(','));
  if (state.filters.date) params.set('date', state.filters.date);
  if (state.selected) params.set('actor', state.selected);
  if (state.view !== 'graph') params.set('view', state.view);
  if (state.lang !== 'fr') params.set('lang', state.lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}
