import { randomBytes } from 'node:crypto';
import { plain } from '../db/values.js';

/** A readable, stable id from a name: « Mairie de Bergerac » → mairie-de-bergerac-3f9a. */
export function slugFrom(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return `${base || 'sans-nom'}-${randomBytes(2).toString('hex')}`;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}
