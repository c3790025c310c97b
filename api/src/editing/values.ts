import { randomBytes } from 'node:crypto';
import { isDate, isDateTime, isInt, isPoint } from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** A value read from Neo4j (or parsed by a GraphQL scalar) as plain JSON: what the journal and the diffs hold. */
export function plain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (isPoint(value)) return { latitude: value.y, longitude: value.x };
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, plain(item)]));
  }
  return value as Plain;
}

/** A readable, stable id from a name: « Mairie de Bergerac » → mairie-de-bergerac-3f9a. */
export function slugFrom(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return `${base || 'sans-nom'}-${randomBytes(2).toString('hex')}`;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}
