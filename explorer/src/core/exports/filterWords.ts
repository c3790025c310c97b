import { FILTER_LIST_FIELDS, FILTER_LISTS } from '@maillage/schema/network-filter';
import type { Translator } from '../i18n/catalogue.js';
import type { Filters } from '../graph/filter.js';

/** The names the words need: a territory's and a sector's, by id. */
export interface FilterNames {
  territory(id: string): string | undefined;
  sector(id: string): string | undefined;
}

/** The filter in words, for a picture's caption or a report: "Territoire : … · Silos : Public, Privé · …". */
export function filterInWords(filters: Filters, names: FilterNames, i18n: Translator): string {
  const parts: string[] = [];
  if (filters.territory) parts.push(`${i18n.t('filters.territory')} : ${names.territory(filters.territory) ?? filters.territory}`);
  if (filters.sector) parts.push(`${i18n.t('filters.sector')} : ${names.sector(filters.sector) ?? filters.sector}`);
  const say = {
    silos: (value: string) => i18n.silo(value as Filters['silos'][number]),
    kinds: (value: string) => i18n.kind(value as Filters['kinds'][number]),
    ptceRoles: (value: string) => i18n.role(value as Filters['ptceRoles'][number]),
    linkKinds: (value: string) => i18n.linkKind(value as Filters['linkKinds'][number]),
  } as const;
  const titles = { silos: 'filters.silos', kinds: 'filters.kinds', ptceRoles: 'filters.roles', linkKinds: 'filters.linkKinds' } as const;
  for (const field of FILTER_LIST_FIELDS) {
    const chosen = filters[field] as readonly string[];
    if (chosen.length !== FILTER_LISTS[field].length) parts.push(`${i18n.t(titles[field])} : ${chosen.map(say[field]).join(', ') || '—'}`);
  }
  if (filters.asOf) parts.push(i18n.t('picture.asOf', { date: i18n.date(filters.asOf) }));
  if (filters.minCore) parts.push(`${i18n.t('filters.core')} : ${coreLevelWords(i18n, filters.minCore)}`);
  if (filters.crossSiloOnly) parts.push(i18n.t('filters.crossSilo'));
  if (filters.partners) parts.push(i18n.t('filters.partners'));
  // The French typography's space before a colon, English's none.
  const text = parts.join(' · ') || i18n.t('picture.everything');
  return i18n.lang === 'en' ? text.replace(/ : /g, ': ') : text;
}

/** A k-core level in words ("au moins 2 partenaires"), one partner said in the singular. */
export function coreLevelWords(i18n: Translator, k: number): string {
  return k === 1 ? i18n.t('filters.coreLevelOne') : i18n.t('filters.coreLevel', { k });
}
