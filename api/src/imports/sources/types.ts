import type { ManagedTransaction } from 'neo4j-driver';
import type { SourceRow } from '../read.js';
import type { ImportFile, ImportProblem } from '../rows.js';

/** A file's rows as inputs of the editing mutations, with the problems that refuse the import and what is worth knowing. */
export interface Translated {
  inputs: { line: number; input: Record<string, unknown> }[];
  problems: ImportProblem[];
  notices: ImportProblem[];
}

/**
 * A source of data in another shape than Maillage's (SIRENE, SCDL, GoGoCarto): which file it fills, and how its rows
 * become inputs. It reads the graph in the import's own transaction (to match the actors already there).
 */
export interface ImportTranslator {
  file: ImportFile;
  /** JSON sources may wrap their list in an object: where the list is. */
  listKey?: string;
  translate(tx: ManagedTransaction, rows: SourceRow[], options: { mapping: Record<string, string> }): Promise<Translated>;
}

/** A problem or a notice about one row. */
export function rowNote(file: ImportFile, line: number, field: string | null, reason: string, message: string): ImportProblem {
  return { file, line, field, reason, message };
}
