import type { Driver } from 'neo4j-driver';
import { bumpGraphVersion } from '@maillage/schema';
import { applyEdit, EditError } from '../editing/index.js';
import { readCsv, readJsonList, SourceError, type SourceRow } from './read.js';
import { rowsToInputs, type ImportFile, type ImportProblem } from './rows.js';

export interface ImportSource {
  format: 'CSV' | 'JSON';
  actors?: string | null;
  links?: string | null;
  /** Column of the file → field of the input type, for spreadsheets with their own headers. */
  mapping?: Record<string, string>;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

export interface ImportOptions {
  dryRun: boolean;
  /** Who imports, for the journal. */
  by: string;
  onProgress?(done: number, total: number): void;
}

/** Thrown to end the transaction without committing it: a dry run, or a file with problems. */
class RollBack extends Error {}

function readSource(file: ImportFile, source: ImportSource, problems: ImportProblem[]): SourceRow[] {
  const text = source[file];
  if (!text) return [];
  try {
    return source.format === 'CSV' ? readCsv(text) : readJsonList(text);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    problems.push({ file, line: 0, field: null, reason: 'UNREADABLE', message: error.bilingual });
    return [];
  }
}

/**
 * Imports actors, then links, in one transaction: every row is checked as the editing mutations check it (inside
 * the transaction, so unknown sectors or actors are found too), every problem is reported with its line, and the
 * transaction commits only when there is none and it is not a dry run. Rows are saved by id: importing the same
 * file twice changes nothing the second time.
 */
export async function runImport(driver: Driver, database: string, source: ImportSource, options: ImportOptions): Promise<ImportReport> {
  const readProblems: ImportProblem[] = [];
  const files = (['actors', 'links'] as const).map((file) => ({ file, ...rowsToInputs(file, readSource(file, source, readProblems), source.mapping ?? {}) }));
  const total = files.reduce((sum, { inputs }) => sum + inputs.length, 0);
  const report: ImportReport = { dryRun: options.dryRun, committed: false, rows: total, created: 0, updated: 0, unchanged: 0, problems: [] };
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      Object.assign(report, { created: 0, updated: 0, unchanged: 0, problems: [...readProblems, ...files.flatMap(({ problems }) => problems)] });
      const badLines = new Set(report.problems.map((problem) => `${problem.file}:${problem.line}`));
      let done = 0;
      for (const { file, inputs } of files) {
        for (const { line, input } of inputs) {
          done += 1;
          if (done % 100 === 0) options.onProgress?.(done, total);
          if (badLines.has(`${file}:${line}`)) continue;
          try {
            const { change } = await applyEdit(tx, file === 'actors' ? 'ACTOR' : 'COOPERATION', input, options.by);
            if (!change) report.unchanged += 1;
            else if (change.action === 'CREATE') report.created += 1;
            else report.updated += 1;
          } catch (error) {
            if (!(error instanceof EditError)) throw error;
            report.problems.push({ file, line, field: error.field, reason: error.code, message: error.bilingual });
          }
        }
      }
      if (options.dryRun || report.problems.length > 0) throw new RollBack();
      await bumpGraphVersion(tx);
    });
    report.committed = true;
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  } finally {
    await session.close();
  }
  report.problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return report;
}
