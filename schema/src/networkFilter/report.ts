import type { NetworkFilter } from './filter.js';
import { writeNetworkFilter } from './url.js';

/** A steering-committee report's request: a selection, two days (YYYY-MM-DD), a language. */
export interface ReportParameters {
  filter: NetworkFilter;
  from: string;
  to: string;
  lang: 'fr' | 'en';
}

/**
 * The URL query of a report (`/report.html?…`, `/report.pdf?…`): the network filter's own URL form without its
 * day (a report has two), then `from`, `to`, and `lang` when not French. The explorer links with it, the API's
 * command line repeats it; the API reads it back with the filter's one reader.
 */
export function writeReportParams({ filter, from, to, lang }: ReportParameters): URLSearchParams {
  const { asOf: _asOf, ...selection } = filter;
  const params = writeNetworkFilter(selection);
  params.set('from', from);
  params.set('to', to);
  if (lang !== 'fr') params.set('lang', lang);
  return params;
}
