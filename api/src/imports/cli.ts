// npm run import -- --actors acteurs.csv [--links liens.csv] [--map "Nom=name,Code INSEE=territoryIds"] [--commit] [--by nom]
//   [--source sirene|scdl|gogocarto] [--categories categories.json]  (GoGoCarto: {"Catégorie": "secteur/NATURE"})
//   Without --commit, a dry run: every problem is listed and nothing is written.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withNeo4j } from '@maillage/neo4j';
import { migrate } from '@maillage/schema';
import { runImport } from './run.js';

const USAGE = 'import: usage: npm run import -- --actors <file.csv|json> [--links <file>] [--map "Colonne=champ,…"] [--source maillage|sirene|scdl|gogocarto] [--categories <file.json>] [--commit] [--by <name>]';
const SOURCES = { maillage: 'MAILLAGE', sirene: 'SIRENE', scdl: 'SCDL_SUBSIDIES', gogocarto: 'GOGOCARTO' } as const;

const { values } = parseArgs({
  options: {
    actors: { type: 'string' }, links: { type: 'string' }, map: { type: 'string' }, commit: { type: 'boolean', default: false }, by: { type: 'string' },
    source: { type: 'string', default: 'maillage' }, categories: { type: 'string' },
  },
});
const source = SOURCES[values.source as keyof typeof SOURCES];
if ((!values.actors && !values.links) || !source) {
  console.error(source ? USAGE : `import: --source is one of ${Object.keys(SOURCES).join(', ')}, got "${values.source}"\n${USAGE}`);
  process.exit(2);
}
// npm runs workspace scripts in the workspace's folder: paths are the user's, from where npm was called.
const here = process.env.INIT_CWD ?? process.cwd();
const files = [values.actors, values.links].filter((file): file is string => Boolean(file));
const format = files.every((file) => extname(file).toLowerCase() === '.json') ? 'JSON' : 'CSV';
const mapping: Record<string, string> = {
  ...Object.fromEntries((values.map ?? '').split(',').filter(Boolean).map((pair) => pair.split('=').map((part) => part.trim()) as [string, string])),
  ...(values.categories ? (JSON.parse(await readFile(resolve(here, values.categories), 'utf8')) as Record<string, string>) : {}),
};

await withNeo4j(async (driver, database) => {
  await migrate(driver, database);
  const report = await runImport(
    driver,
    database,
    { format, source, actors: values.actors ? await readFile(resolve(here, values.actors), 'utf8') : null, links: values.links ? await readFile(resolve(here, values.links), 'utf8') : null, mapping },
    { dryRun: !values.commit, by: `import:${values.by ?? `cli:${userInfo().username}`}`, onProgress: (done, total) => console.error(`[import] ${done}/${total} rows`) },
  );
  for (const notice of report.notices) console.error(`${notice.file}:${notice.line}${notice.field ? ` [${notice.field}]` : ''} (note) ${notice.reason}: ${notice.message}`);
  for (const problem of report.problems) console.error(`${problem.file}:${problem.line}${problem.field ? ` [${problem.field}]` : ''} ${problem.reason}: ${problem.message}`);
  const verb = report.committed ? 'imported' : report.dryRun && report.problems.length === 0 ? 'dry run, nothing written (add --commit)' : 'refused, nothing written';
  console.error(`[import] ${verb}: ${report.rows} rows, ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.problems.length} problems`);
  process.exitCode = report.problems.length > 0 ? 1 : 0;
});
