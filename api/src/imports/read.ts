import { parse } from 'csv-parse/sync';

export interface SourceRow {
  /** Where the row starts: its line in a CSV file (the header is line 1), its position + 1 in a JSON list. */
  line: number;
  cells: Record<string, unknown>;
}

export class SourceError extends Error {
  constructor(readonly bilingual: string) {
    super(bilingual);
    this.name = 'SourceError';
  }
}

/** French spreadsheets save CSV with « ; »: the header line tells which separator the file uses. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function readCsv(text: string): SourceRow[] {
  try {
    const records = parse(text, { bom: true, columns: (header: string[]) => header.map((name) => name.trim()), delimiter: delimiterOf(text), info: true, skip_empty_lines: true, relax_column_count: false, trim: false }) as { record: Record<string, string>; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new SourceError(`CSV illisible${lines ? ` ligne ${lines}` : ''} : ${message} / Unreadable CSV${lines ? ` at line ${lines}` : ''}.`);
  }
}

/** A JSON list of objects; `listKey`: the list may be wrapped in an object, under this key (GoGoCarto's `data`). */
export function readJsonList(text: string, listKey?: string): SourceRow[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SourceError(`JSON illisible : ${(error as Error).message} / Unreadable JSON.`);
  }
  if (listKey && value && typeof value === 'object' && !Array.isArray(value)) value = (value as Record<string, unknown>)[listKey];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
    throw new SourceError('JSON : une liste d’objets est attendue. / JSON: expected a list of objects.');
  }
  return (value as Record<string, unknown>[]).map((cells, index) => ({ line: index + 1, cells }));
}
