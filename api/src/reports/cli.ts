// npm run report -- --from 2025-01-01 --to 2025-12-31 [--territory epci:200070647] [--sector …] [--silos PUBLIC,PRIVATE]
//   [--kinds …] [--ptceRoles …] [--linkKinds …] [--lang en] [--format pdf|html] [--for public|animators] [--out rapport.pdf]
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withNeo4j } from '@maillage/neo4j';
import { migrate, readGraphVersion } from '@maillage/schema';
import { loadConfig } from '../config/config.js';
import { createAnalytics } from '../analytics/index.js';
import { parseReportParams, ReportParamsError, type ReportRequest } from './params.js';
import { PdfUnavailableError } from './pdf.js';
import { makeReport, reportPdf } from './report.js';

const USAGE = 'report: usage: npm run report -- --from AAAA-MM-JJ --to AAAA-MM-JJ [--territory <id>] [--sector <id>] [--silos …] [--lang en] [--format pdf|html] [--for public|animators] [--out <file>]';
const FILTER_OPTIONS = ['territory', 'sector', 'silos', 'kinds', 'ptceRoles', 'linkKinds'] as const;

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      from: { type: 'string' }, to: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, for: { type: 'string' },
      ...Object.fromEntries(FILTER_OPTIONS.map((name) => [name, { type: 'string' as const }])),
    },
  }) as { values: Record<string, string | undefined> });
} catch (error) {
  console.error(`report: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const format = values.format ?? (values.out?.toLowerCase().endsWith('.html') ? 'html' : 'pdf');
const audience = values.for === 'animators' ? 'animator' : 'public';
const problems = [
  ...(format === 'pdf' || format === 'html' ? [] : [`--format: pdf or html, got "${format}"`]),
  ...(values.for === undefined || values.for === 'public' || values.for === 'animators' ? [] : [`--for: public or animators, got "${values.for}"`]),
];
const query = Object.fromEntries(Object.entries(values).filter(([name, value]) => value !== undefined && ['from', 'to', 'lang', ...FILTER_OPTIONS].includes(name)));
let request: ReportRequest | undefined;
try {
  request = parseReportParams(query);
} catch (error) {
  if (!(error instanceof ReportParamsError)) throw error;
  problems.unshift(...error.problems);
}
if (!request || problems.length > 0) {
  console.error(`report: ${problems.join('\n  ')}\n${USAGE}`);
  process.exit(2);
}
// npm runs workspace scripts in the workspace's folder: paths are the user's, from where npm was called.
const here = process.env.INIT_CWD ?? process.cwd();
const out = resolve(here, values.out ?? `maillage-${request.lang === 'fr' ? 'rapport' : 'report'}-${request.from}-${request.to}.${format}`);

try {
  await withNeo4j(async (driver, database) => {
    await migrate(driver, database);
    // As `npm start` does on a fresh database (a dynamic import: the API's code never depends on the seeds).
    const seeded = await (await import('@maillage/seeds')).seedIfEmpty(driver, database);
    if (seeded) console.error('[report] the database was empty: the seed data was loaded');
    const analytics = createAnalytics({
      driver, database, worker: false, graphVersion: () => readGraphVersion(driver, database), coverageMonths: loadConfig().COVERAGE_MONTHS,
    });
    try {
      const started = performance.now();
      const made = await makeReport(analytics, request, audience);
      const body = format === 'html' ? made.html : await reportPdf(made, request, process.env.CHROMIUM_PATH || undefined);
      await writeFile(out, body);
      console.error(`[report] ${audience === 'animator' ? "animators' version" : 'public version'}, graph version ${made.graphVersion ?? '?'}, ${Math.round(performance.now() - started)} ms → ${out}`);
    } finally {
      await analytics.close();
    }
  });
} catch (error) {
  console.error(error instanceof PdfUnavailableError ? `[report] ${error.message} (--format html)` : error);
  process.exitCode = 1;
}
