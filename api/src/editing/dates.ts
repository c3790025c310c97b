import { Date as Neo4jDate } from 'neo4j-driver';
import { EditError } from './errors.js';

/** GraphQL hands a Neo4j date; an import, its text (YYYY-MM-DD): both are stored as a Neo4j date. */
export function toDate(spec: { where: string }, field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parsed = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) throw new EditError('BAD_DATE', field, spec.where);
  return new Neo4jDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Today (UTC) as a Neo4j date: when a consent is dated by default. */
export function today(): Neo4jDate<number> {
  const now = new Date();
  return new Neo4jDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}
