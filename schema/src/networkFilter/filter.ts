import type { NetworkFilter as GeneratedNetworkFilter } from '../generated/types.js';
import { ACTOR_KINDS, COOPERATION_KINDS, PTCE_ROLES, SILOS } from '../generated/vocabulary.js';

/**
 * The network filter: which actors (territory, sector, silo, kind, PTCE circle) and which links (kind, active on a
 * day) to look at; an absent field keeps everything. Its shape is the SDL's `input NetworkFilter`
 * (schema/handwritten/network-filter.graphql), its values checked: lists never null, dates as `YYYY-MM-DD`.
 */
export type NetworkFilter = { [K in keyof GeneratedNetworkFilter]?: Exclude<GeneratedNetworkFilter[K], null | undefined> };

export type NetworkFilterField = keyof NetworkFilter;

/** Every field of the filter, in the order the URL form writes them. */
export const NETWORK_FILTER_FIELDS = [
  'territory', 'sector', 'silos', 'kinds', 'ptceRoles', 'linkKinds', 'asOf', 'minCore',
] as const satisfies readonly NetworkFilterField[];

/** The filter's list fields and every value each may take: a list holding them all keeps everything. */
export const FILTER_LISTS = { silos: SILOS, kinds: ACTOR_KINDS, ptceRoles: PTCE_ROLES, linkKinds: COOPERATION_KINDS } as const;
export type FilterListField = keyof typeof FILTER_LISTS;
export const FILTER_LIST_FIELDS = Object.keys(FILTER_LISTS) as FilterListField[];

/** The filter without its null or empty-string fields (nor a `minCore` of 0, which keeps everyone), as the GraphQL input may send them. */
export function compactFilter(input: GeneratedNetworkFilter | null | undefined): NetworkFilter {
  const filter: Record<string, unknown> = {};
  for (const field of NETWORK_FILTER_FIELDS) {
    const value = input?.[field];
    if (value !== null && value !== undefined && value !== '' && value !== 0) filter[field] = field === 'asOf' ? String(value) : value;
  }
  return filter as NetworkFilter;
}

/** The same filter always gives the same key, whatever the order of its lists. */
export function filterKey(filter: NetworkFilter): string {
  const list = (values: readonly string[] | undefined): string => (values ? [...values].sort().join(',') : '*');
  return [
    filter.territory ?? '*', filter.sector ?? '*', list(filter.silos), list(filter.kinds), list(filter.ptceRoles),
    list(filter.linkKinds), filter.asOf ?? '*', filter.minCore ?? '*',
  ].join('|');
}

/** A link is active on a day when it began on or before it and had not ended before it (missing bounds open). */
export function isActiveOn(link: { since?: string | null; until?: string | null }, day: string | null | undefined): boolean {
  if (!day) return true;
  return (!link.since || link.since <= day) && (!link.until || link.until >= day);
}
