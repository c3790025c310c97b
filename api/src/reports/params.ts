import { LANGS, type Lang } from '@maillage/schema/vocabulary';
import { parameterReader, readNetworkFilter, writeReportParams, type NetworkFilter, type UrlParameters } from '@maillage/schema/network-filter';
import { UrlParamsError } from '../http/queryParams.js';

/** What a report is asked for with: a selection (the explorer's filter), two days, a language. */
export interface ReportRequest {
  filter: NetworkFilter;
  from: string;
  to: string;
  lang: Lang;
}

export class ReportParamsError extends UrlParamsError {
  constructor(problems: string[]) {
    super('Paramètres du rapport invalides / invalid report parameters', problems);
    this.name = 'ReportParamsError';
  }
}

/** A calendar day that exists, written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Reads a report's parameters from a URL's query or the command line's options, naming each bad one: the network
 * filter with the explorer's own reader (its `asOf` is refused: the report has its two days), `from` and `to`
 * required, `from` not after `to`, `lang` fr (the default) or en.
 */
export function parseReportParams(query: UrlParameters): ReportRequest {
  const { filter, problems } = readNetworkFilter(query);
  const read = parameterReader(query);
  if (filter.asOf) problems.push('asOf: a report has its own two days, from and to / un rapport a ses deux dates, from et to');
  const days = (['from', 'to'] as const).map((name) => {
    const value = read(name);
    if (value === undefined) problems.push(`${name}: required, a day YYYY-MM-DD / obligatoire, une date AAAA-MM-JJ`);
    else if (!isDay(value)) problems.push(`${name}: a day YYYY-MM-DD, got "${value}" / une date AAAA-MM-JJ`);
    else return value;
    return null;
  });
  const [from, to] = days;
  if (from && to && from > to) problems.push(`from: ${from} comes after to (${to}) / ${from} est après to (${to})`);
  const lang = read('lang') ?? 'fr';
  if (!LANGS.includes(lang as Lang)) problems.push(`lang: one of ${LANGS.join(', ')}, got "${lang}"`);
  if (problems.length > 0) throw new ReportParamsError(problems);
  const { asOf: _asOf, ...selection } = filter;
  return { filter: selection, from: from!, to: to!, lang: lang as Lang };
}

/** The command line that makes the same report again. */
export function reportCommand(request: ReportRequest, format: 'pdf' | 'html' = 'pdf'): string {
  const options = [...writeReportParams(request)].map(([name, value]) => `--${name} ${value}`);
  return ['npm run report --', ...options, ...(format === 'html' ? ['--format html'] : [])].join(' ');
}
