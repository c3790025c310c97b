// npm run backup [-- --out backups/x.jsonl]      npm run restore -- <file> [--replace]
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withNeo4j } from '@maillage/neo4j';
import { migrate } from '@maillage/schema';
import { BACKUP_FOLDER_MODE, backupGraph } from './backup.js';
import { restoreGraph, RestoreError } from './restore.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, replace: { type: 'boolean', default: false } } });
// npm runs workspace scripts in the workspace's folder: paths are the user's, from where npm was called.
const here = process.env.INIT_CWD ?? process.cwd();
const [command, given] = positionals;
const file = given ? resolve(here, given) : undefined;
if (!(command === 'backup' || (command === 'restore' && file))) {
  console.error('backup: usage: npm run backup [-- --out <file.jsonl>]   |   npm run restore -- <file.jsonl> [--replace]');
  process.exit(2);
}

try {
  await withNeo4j(async (driver, database) => {
    if (command === 'backup') {
      const out = resolve(here, values.out ?? join('backups', `maillage-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`));
      // Owner-only, like the files it holds (only the folders this creates: an existing one keeps its rights).
      await mkdir(dirname(out), { recursive: true, mode: BACKUP_FOLDER_MODE });
      const report = await backupGraph(driver, database, out);
      console.error(`[backup] ${report.nodes} nodes, ${report.relationships} relationships → ${report.file}`);
    } else {
      await migrate(driver, database);
      const report = await restoreGraph(driver, database, file!, { replace: values.replace, onProgress: (what, done) => console.error(`[restore] ${what} ${done}`) });
      console.error(`[restore] restored ${report.nodes} nodes and ${report.relationships} relationships from ${file}`);
    }
  });
} catch (error) {
  console.error(error instanceof RestoreError ? `[restore] ${error.message}` : error);
  process.exitCode = 1;
}
