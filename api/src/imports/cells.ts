import { Confidence, Intensity, type InputField } from '@maillage/schema';
import { ENUM_VALUES } from '@maillage/schema/vocabulary';
import type { GraphQLScalarType } from 'graphql';
import { territoryId } from '@maillage/schema/network-filter';

/** A cell that cannot become its field's value: why, in French then English. */
export class CellError extends Error {
  constructor(
    readonly reason: string,
    readonly bilingual: string,
  ) {
    super(bilingual);
    this.name = 'CellError';
  }
}

const TRUE = new Set(['oui', 'vrai', 'true', '1', 'yes', 'o', 'x']);
const FALSE = new Set(['non', 'faux', 'false', '0', 'no', 'n']);
const RANGE_SCALARS: Record<string, GraphQLScalarType> = { Intensity, Confidence };

function toBoolean(text: string): boolean {
  const value = text.toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new CellError('BAD_BOOLEAN', `« ${text} » : oui ou non attendu. / expected yes or no.`);
}

function toNumber(text: string): number {
  // Spreadsheets in French write 44,85.
  const value = Number(text.replace(',', '.'));
  if (text === '' || Number.isNaN(value)) throw new CellError('BAD_NUMBER', `« ${text} » n'est pas un nombre. / not a number.`);
  return value;
}

function toEnum(type: string, values: readonly string[], text: string): string {
  const value = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (values.includes(value)) return value;
  throw new CellError('BAD_VALUE', `« ${text} » : attendu ${values.join(', ')} (${type}). / expected one of ${values.join(', ')}.`);
}

/** Spreadsheets hold INSEE codes and SIRENs, the graph ids like commune:24037; anything else is checked later. */
function territoryOf(text: string): string {
  return territoryId(text) ?? text;
}

function scalar(field: InputField, value: unknown): unknown {
  const text = typeof value === 'string' ? value.trim() : value;
  if (typeof text !== 'string') {
    // JSON imports may already hold numbers and booleans: of the field's type, and checked as the API would.
    const expected = field.type === 'Boolean' ? 'boolean' : field.type === 'Float' || RANGE_SCALARS[field.type] ? 'number' : 'string';
    if (typeof text !== expected) throw new CellError('BAD_VALUE', `${JSON.stringify(text)} : ${expected === 'boolean' ? 'oui ou non' : expected === 'number' ? 'un nombre' : 'un texte'} attendu. / expected a ${expected}.`);
    return RANGE_SCALARS[field.type] ? rangeValue(field.type, text) : text;
  }
  const values: readonly string[] | undefined = ENUM_VALUES[field.type as keyof typeof ENUM_VALUES];
  if (values) return toEnum(field.type, values, text);
  switch (field.type) {
    case 'Boolean': return toBoolean(text);
    case 'Float': return toNumber(text);
    case 'Intensity':
    case 'Confidence': return rangeValue(field.type, toNumber(text));
    default: return field.name === 'territoryIds' ? territoryOf(text) : text;
  }
}

function rangeValue(type: string, value: unknown): unknown {
  try {
    return RANGE_SCALARS[type]!.parseValue(value);
  } catch (error) {
    throw new CellError('OUT_OF_RANGE', (error as Error).message);
  }
}

/**
 * One cell (CSV text, or a JSON value) as its SDL field expects it. An empty cell is absent: the stored value stays.
 * Lists are separated by « ; » or « | »; resource lists hold resource ids.
 */
export function convertCell(field: InputField, raw: unknown): unknown {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  if (!field.list) return scalar(field, raw);
  const items = Array.isArray(raw) ? raw : String(raw).split(/[;|]/).map((item) => item.trim()).filter(Boolean);
  if (field.type === 'ResourceUseInput') {
    return items.map((item) => (typeof item === 'string' ? { resourceId: item } : (item as Record<string, unknown>)));
  }
  if (field.type === 'ParticipationInput') return items;
  return items.map((item) => scalar(field, item));
}
