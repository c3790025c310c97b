import { writeReportParams } from '@maillage/schema/network-filter';
import type { Lang } from '@maillage/schema/vocabulary';
import { toNetworkFilter, type Filters } from '../graph/filter.js';

export interface ReportPeriod {
  from: string;
  to: string;
}

/** The twelve months up to `today` (YYYY-MM-DD): what a committee usually looks back on. */
export function defaultPeriod(today: string): ReportPeriod {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year - 1, month - 1, day));
  // 29 February a year back is 28 February.
  if (start.getUTCMonth() !== month - 1) start.setUTCDate(0);
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** The report of the explorer's selection, in the API's URL form (the schema's one writer). */
export function reportHref(format: 'pdf' | 'html', filters: Filters, period: ReportPeriod, lang: Lang): string {
  return `/report.${format}?${writeReportParams({ filter: toNetworkFilter(filters), ...period, lang }).toString()}`;
}

/** Whether a period can be asked for: two whole days, the first not after the second. */
export function periodProblem(period: ReportPeriod): 'missing' | 'order' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period.from) || !/^\d{4}-\d{2}-\d{2}$/.test(period.to)) return 'missing';
  return period.from > period.to ? 'order' : null;
}
