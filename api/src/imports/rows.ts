import { inputFields, type InputField } from '@maillage/schema';
import { CellError, convertCell } from './cells.js';
import type { SourceRow } from './read.js';

export type ImportFile = 'actors' | 'links';

export interface ImportProblem {
  file: ImportFile;
  line: number;
  field: string | null;
  reason: string;
  message: string;
}

/** The SDL input type each file's rows become: the import accepts exactly what the editing mutations accept. */
const FIELDS: Record<ImportFile, InputField[]> = { actors: inputFields('ActorInput'), links: inputFields('CooperationInput') };

/** The columns each file may have: its input type's fields. */
export function importColumns(): Record<ImportFile, string[]> {
  return { actors: FIELDS.actors.map((field) => field.name), links: FIELDS.links.map((field) => field.name) };
}

/** Turns the columns of a file (after mapping) into its input type's fields; unknown columns are a problem, once. */
export function rowsToInputs(file: ImportFile, rows: SourceRow[], mapping: Record<string, string>): { inputs: { line: number; input: Record<string, unknown> }[]; problems: ImportProblem[] } {
  const fields = new Map(FIELDS[file].map((field) => [field.name, field]));
  const problems: ImportProblem[] = [];
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))];
  for (const column of columns) {
    const target = mapping[column] ?? column;
    if (!fields.has(target)) {
      problems.push({ file, line: 1, field: column, reason: 'UNKNOWN_COLUMN', message: `colonne « ${column} » inconnue : attendu ${[...fields.keys()].join(', ')}, ou une correspondance. / unknown column ${column}: map it to a field.` });
    }
  }
  const inputs = rows.map((row) => {
    const input: Record<string, unknown> = {};
    for (const [column, raw] of Object.entries(row.cells)) {
      const field = fields.get(mapping[column] ?? column);
      if (!field) continue;
      try {
        const value = convertCell(field, raw);
        if (value !== undefined) input[field.name] = value;
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        problems.push({ file, line: row.line, field: field.name, reason: error.reason, message: error.bilingual });
      }
    }
    return { line: row.line, input };
  });
  return { inputs, problems };
}
