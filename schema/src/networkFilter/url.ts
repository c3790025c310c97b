import { FILTER_LIST_FIELDS, FILTER_LISTS, type FilterListField, type NetworkFilter } from './filter.js';

// The filter's URL form, one spelling for each parameter: the explorer's address bar, its download links, the
// exports and the embeds all read and write it here. Earlier spellings are still read.

/** Spellings read for compatibility: `roles` and `date` were the explorer's before the filter had one form. */
export const FORMER_SPELLINGS = { roles: 'ptceRoles', date: 'asOf' } as const;

const ID = /^[\w:.-]{1,120}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The largest `minCore` asked for: far above any territory's densest core. */
export const MAX_CORE = 1000;

const formerSpellingOf = (field: string): string =>
  Object.entries(FORMER_SPELLINGS).find(([, current]) => current === field)?.[0] ?? field;

/** URL parameters as a page (URLSearchParams) or Express (`req.query`, where `?a=1&a=2` is an array) gives them. */
export type UrlParameters = URLSearchParams | Record<string, unknown>;

/** A reader of one parameter's value (the first, when Express gives several), or undefined when absent. */
export function parameterReader(params: UrlParameters): (name: string) => string | undefined {
  if (params instanceof URLSearchParams) return (name) => params.get(name) ?? undefined;
  return (name) => {
    const value = Array.isArray(params[name]) ? (params[name] as unknown[])[0] : params[name];
    return typeof value === 'string' ? value : undefined;
  };
}

/**
 * A territory as a collectivity knows it: the INSEE code of a commune (5 characters, Corsica's 2A/2B included) or
 * the SIREN of an EPCI (9 digits); or one of Maillage's ids, at any level (lower-case slugs: epci:200070647).
 */
export function territoryId(code: string): string | null {
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return `commune:${code}`;
  if (/^\d{9}$/.test(code)) return `epci:${code}`;
  if (/^(commune|epci|pays|departement|region):[\w-]{1,60}$/.test(code) || /^[a-z0-9][a-z0-9:._-]{0,119}$/.test(code)) return code;
  return null;
}

/** What reading a filter's URL form found: the filter, and each bad parameter named with what it expects. */
export interface FilterReading {
  filter: NetworkFilter;
  problems: string[];
}

/** Reads the filter's parameters (others are left to the caller); a bad value is left out and reported. */
export function readNetworkFilter(params: UrlParameters): FilterReading {
  const get = parameterReader(params);
  const filter: NetworkFilter = {};
  const problems: string[] = [];
  const territory = get('territory');
  if (territory !== undefined && territory !== '') {
    const id = territoryId(territory);
    if (id) filter.territory = id;
    else problems.push(`territory: a commune's INSEE code (24037), an EPCI's SIREN (200070647) or an id such as epci:200070647, got "${territory}"`);
  }
  const sector = get('sector');
  if (sector !== undefined && sector !== '') {
    if (ID.test(sector)) filter.sector = sector;
    else problems.push(`sector: a sector id such as alimentation, got "${sector}"`);
  }
  for (const field of FILTER_LIST_FIELDS) {
    const text = get(field) ?? get(formerSpellingOf(field));
    if (text === undefined) continue;
    const allowed: readonly string[] = FILTER_LISTS[field];
    const values = text.split(',').filter(Boolean);
    const unknown = values.filter((value) => !allowed.includes(value));
    if (unknown.length > 0) problems.push(`${field}: each of ${allowed.join(', ')}, got "${unknown.join(',')}"`);
    (filter as Record<FilterListField, string[]>)[field] = allowed.filter((value) => values.includes(value));
  }
  const day = get('asOf') ?? get(formerSpellingOf('asOf'));
  if (day !== undefined && day !== '') {
    if (DATE.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))) filter.asOf = day;
    else problems.push(`asOf: a real date as YYYY-MM-DD, got "${day}"`);
  }
  const minCore = get('minCore');
  if (minCore !== undefined && minCore !== '') {
    // 0 (however written) keeps everyone: left out, as compactFilter leaves it out.
    if (!/^\d{1,4}$/.test(minCore) || Number(minCore) > MAX_CORE) problems.push(`minCore: a whole number from 0 to ${MAX_CORE}, got "${minCore}"`);
    else if (Number(minCore) > 0) filter.minCore = Number(minCore);
  }
  return { filter, problems };
}

/** Writes the filter's URL form into `params` (set fields only, lists comma-separated), and returns them. */
export function writeNetworkFilter(filter: NetworkFilter, params = new URLSearchParams(), options: { territoryAsCode?: boolean } = {}): URLSearchParams {
  if (filter.territory) params.set('territory', options.territoryAsCode ? filter.territory.replace(/^(commune|epci):/, '') : filter.territory);
  if (filter.sector) params.set('sector', filter.sector);
  for (const field of FILTER_LIST_FIELDS) {
    const values = filter[field];
    if (values) params.set(field, values.join(','));
  }
  if (filter.asOf) params.set('asOf', filter.asOf);
  if (filter.minCore) params.set('minCore', String(filter.minCore));
  return params;
}
