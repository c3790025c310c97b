import type { ExportEdge, ExportFormat, ExportNode } from './types.js';

const CRLF = '\r\n';

/** What a spreadsheet would run as a formula at the start of a cell (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. Text a spreadsheet
 * would run as a formula (a name like `=HYPERLINK(…)` typed by anyone who declared an actor) gets a leading `'`,
 * which spreadsheets read as "text". Only strings: a number such as a longitude of -0.5 stays a number.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (values: Array<string | number | boolean | null>): string => values.map(csvField).join(',') + CRLF;

export const NODE_COLUMNS = ['id', 'label', 'silo', 'kind', 'ptceRole', 'essMember', 'fictional', 'sectors', 'territory', 'epci', 'latitude', 'longitude'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'kind', 'since', 'until', 'intensity', 'provenance', 'confidence'] as const;

export const nodesCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8; header=present',
  extension: 'csv',
  parts: { nodes: true, edges: false },
  head: () => row([...NODE_COLUMNS]),
  node: (node: ExportNode) => row(NODE_COLUMNS.map((column) => (column === 'sectors' ? node.sectors.join(';') : node[column]))),
  tail: () => '',
};

export const edgesCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8; header=present',
  extension: 'csv',
  parts: { nodes: false, edges: true },
  head: () => row([...EDGE_COLUMNS]),
  edge: (edge: ExportEdge) => row(EDGE_COLUMNS.map((column) => edge[column])),
  tail: () => '',
};
