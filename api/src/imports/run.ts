import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { bumpGraphVersion, type ImportSource as ImportSourceName } from '@maillage/schema';
import { applyEdit, EditError } from '../editing/index.js';
import { readCsv, readJsonList, SourceError, type SourceRow } from './read.js';
import { rowsToInputs, type ImportFile, type ImportProblem } from './rows.js';
import { TRANSLATORS, type ImportTranslator, type Translated } from './sources/index.js';
import { DuplicateIndex, duplicateReasons, readDuplicateGraph } from '../duplicates/index.js';

export interface ImportSource {
  format: 'CSV' | 'JSON';
  /** Whose columns the files have: Maillage's (the default), or SIRENE's, SCDL's, GoGoCarto's. */
  source?: ImportSourceName;
  actors?: string | null;
  links?: string | null;
  /** Column of the file → field of the input type, for spreadsheets with their own headers (GoGoCarto: category → sector/KIND). */
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
  /** What is worth knowing and refuses nothing: rows outside the territory, unmatched, closed, proposed… */
  notices: ImportProblem[];
}

export interface ImportOptions {
  dryRun: boolean;
  /** Who imports, for the journal. */
  by: string;
  onProgress?(done: number, total: number): void;
}

/** Thrown to end the transaction without committing it: a dry run, or a file with problems. */
class RollBack extends Error {}

function readSource(file: ImportFile, source: ImportSource, problems: ImportProblem[], listKey?: string): SourceRow[] {
  const text = source[file];
  if (!text) return [];
  try {
    return source.format === 'CSV' ? readCsv(text) : readJsonList(text, listKey);
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
  const translator = source.source && source.source !== 'MAILLAGE' ? TRANSLATORS[source.source] : null;
  const rows = Object.fromEntries((['actors', 'links'] as const).map((file) => [file, readSource(file, source, readProblems, translator?.listKey)])) as Record<ImportFile, SourceRow[]>;
  if (translator) {
    const other: ImportFile = translator.file === 'actors' ? 'links' : 'actors';
    if (source[other]) readProblems.push({ file: other, line: 0, field: null, reason: 'WRONG_FILE', message: `cette source remplit le fichier « ${translator.file} » seulement. / this source fills the ${translator.file} file only.` });
  }
  const report: ImportReport = { dryRun: options.dryRun, committed: false, rows: 0, created: 0, updated: 0, unchanged: 0, problems: [], notices: [] };
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const files = await filesToApply(tx, rows, source.mapping ?? {}, translator);
      const total = files.reduce((sum, { inputs }) => sum + inputs.length, 0);
      Object.assign(report, {
        rows: rows.actors.length + rows.links.length, created: 0, updated: 0, unchanged: 0,
        problems: [...readProblems, ...files.flatMap(({ problems }) => problems)], notices: files.flatMap(({ notices }) => notices),
      });
      const badLines = new Set(report.problems.map((problem) => `${problem.file}:${problem.line}`));
      // The graph as it was before this import: each actor the import creates is checked against it.
      const duplicates = files.some(({ file, inputs }) => file === 'actors' && inputs.length > 0) ? await duplicateIndex(tx) : null;
      let done = 0;
      for (const { file, inputs } of files) {
        for (const { line, input } of inputs) {
          done += 1;
          if (done % 100 === 0) options.onProgress?.(done, total);
          if (badLines.has(`${file}:${line}`)) continue;
          try {
            const { id, change } = await applyEdit(tx, file === 'actors' ? 'ACTOR' : 'COOPERATION', input, options.by);
            if (duplicates && file === 'actors' && change?.action === 'CREATE') report.notices.push(...likelyDuplicateNotices(duplicates, id, input, line));
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
  for (const list of [report.problems, report.notices]) list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return report;
}

/** Each file's inputs: Maillage's columns as they are (after the mapping), another source's through its translator. */
async function filesToApply(
  tx: ManagedTransaction, rows: Record<ImportFile, SourceRow[]>, mapping: Record<string, string>, translator: ImportTranslator | null,
): Promise<Array<{ file: ImportFile } & Translated>> {
  if (translator) return [{ file: translator.file, ...(await translator.translate(tx, rows[translator.file], { mapping })) }];
  return (['actors', 'links'] as const).map((file) => ({ file, ...rowsToInputs(file, rows[file], mapping), notices: [] }));
}

async function duplicateIndex(tx: ManagedTransaction): Promise<DuplicateIndex> {
  const { actors, near } = await readDuplicateGraph(tx);
  return new DuplicateIndex(actors, near);
}

/** A new actor that looks like one already in the graph: said, with why; never merged (an animator decides). */
function likelyDuplicateNotices(index: DuplicateIndex, id: string, input: Record<string, unknown>, line: number): ImportProblem[] {
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const candidate = { id, name: text(input.name) ?? id, siren: text(input.siren), siret: text(input.siret), communes: Array.isArray(input.territoryIds) ? (input.territoryIds as string[]) : [] };
  return index.of(candidate).slice(0, 3).map(({ actor, ...match }) => ({
    file: 'actors' as const, line, field: 'name', reason: 'LIKELY_DUPLICATE',
    message: `« ${candidate.name} » ressemble à l'acteur « ${actor.name} » (${actor.id}) : ${duplicateReasons(match, 'fr')}. / looks like actor ${actor.name} (${actor.id}): ${duplicateReasons(match, 'en')}.`,
  }));
}
