import { writeNetworkFilter } from '@maillage/schema/network-filter';
import { toNetworkFilter, type Filters } from '../graph/filter.js';
import type { Lang } from '../i18n/catalogue.js';
import type { LayoutName } from '../url/viewState.js';


/** The web component's attribute for a URL parameter (HTML attributes ignore case): `linkKinds` is `link-kinds`. */
export const attributeName = (parameter: string): string => parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** How the embed looks, chosen in the "embed this view" dialog. */
export interface EmbedLook {
  theme: 'light' | 'dark';
  /** Six hex digits, without `#`, or empty for Maillage's own. */
  accent: string;
  height: number;
  legend: boolean;
  search: boolean;
  table: boolean;
}

export const DEFAULT_LOOK: EmbedLook = { theme: 'light', accent: '', height: 480, legend: true, search: false, table: false };

/**
 * The embed's parameters for the explorer's current view: its network filter but the date (an embed is live, as of
 * today), the territory as a collectivity's site knows it (INSEE code or SIREN), then the look.
 */
export function embedParams(filters: Filters, layout: LayoutName, lang: Lang, look: EmbedLook): URLSearchParams {
  const { asOf: _live, ...filter } = toNetworkFilter(filters);
  const params = writeNetworkFilter(filter, new URLSearchParams(), { territoryAsCode: true });
  if (layout === 'silo' || layout === 'geo') params.set('layout', layout);
  if (lang !== 'fr') params.set('lang', lang);
  if (look.theme !== 'light') params.set('theme', look.theme);
  if (/^[0-9a-fA-F]{6}$/.test(look.accent)) params.set('accent', look.accent.toLowerCase());
  if (look.height !== DEFAULT_LOOK.height) params.set('height', String(look.height));
  if (!look.legend) params.set('legend', '0');
  if (look.search) params.set('search', '1');
  if (look.table) params.set('table', '1');
  return params;
}

export function embedUrl(origin: string, params: URLSearchParams): string {
  const query = params.toString();
  return `${origin}/embed${query ? `?${query}` : ''}`;
}

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function iframeSnippet(origin: string, params: URLSearchParams, height: number, title: string): string {
  return `<iframe src="${attribute(embedUrl(origin, params))}" width="100%" height="${height + 160}" style="border:0" loading="lazy" title="${attribute(title)}"></iframe>`;
}

/** The web component: the same parameters as attributes (see attributeName). */
export function scriptSnippet(origin: string, params: URLSearchParams): string {
  const attributes = [...params].map(([name, value]) => ` ${attributeName(name)}="${attribute(value)}"`).join('');
  return `<script type="module" src="${origin}/embed/widget.js"></script>\n<maillage-network${attributes}></maillage-network>`;
}
