import { compactIdentifier, IDENTIFIER_CHECKS } from '@maillage/schema/identifiers';
import type { ManagedTransaction } from 'neo4j-driver';
import { CONTACT_SCOPE, personAtCommuneCentre, publicationConsentStands } from '@maillage/schema';
import { today, toDate } from './dates.js';
import { EditError } from './errors.js';
import { recordChange, type ChangeEntry, type Snapshot } from './journal.js';
import { consentAfter, PUBLICATION_SNAPSHOT_FIELD, publicationIntent, writePublicationConsent } from './publication.js';
import type { NodeSpec, PropertyCheck, RelationSpec } from './specs.js';
import { plain, type Plain } from '../db/values.js';
import { sameJson, slugFrom } from './values.js';

/** What checking an input needs to know: the mutation's name, the required fields, how to check each property. */
export type Checked = Pick<NodeSpec, 'where' | 'required' | 'properties' | 'defaults'>;

export interface EditOutcome {
  id: string;
  change: ChangeEntry | null;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9:_-]{0,127}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BOOKKEEPING = ['createdAt', 'updatedAt'];

function arrow(relation: RelationSpec, variable: string): string {
  return relation.direction === 'OUT' ? `-[${variable}:${relation.type}]->` : `<-[${variable}:${relation.type}]-`;
}

function relationSnapshot(relation: RelationSpec): string {
  const link = arrow(relation, 'r');
  const item = relation.idKey
    ? `{${relation.idKey}: m.id${(relation.properties ?? []).map((name) => `, ${name}: r.${name}`).join('')}}`
    : 'm.id';
  const list = `COLLECT { MATCH (n)${link}(m:${relation.target}) RETURN ${item} ORDER BY m.id }`;
  return `${relation.field}: ${relation.single ? `${list}[0]` : list}`;
}

/** What a node is now, as the journal keeps it: its properties and the relationships its input can replace. */
export async function snapshotNode(tx: ManagedTransaction, spec: NodeSpec, id: string): Promise<Snapshot | null> {
  const relations = [...spec.relations.map(relationSnapshot), ...(spec.publication ? [`${PUBLICATION_SNAPSHOT_FIELD}: ${publicationConsentStands('n')}`] : [])].join(', ');
  const result = await tx.run(
    `MATCH (n:${spec.label} {id: $id}) RETURN n {.*${relations ? `, ${relations}` : ''}} AS snapshot`,
    { id },
  );
  const snapshot = result.records[0]?.get('snapshot') as Record<string, unknown> | undefined;
  if (!snapshot) return null;
  for (const field of BOOKKEEPING) delete snapshot[field];
  return plain(snapshot) as Snapshot;
}

function checkProperty(spec: Checked, field: string, check: PropertyCheck, value: unknown): unknown {
  if (check === 'date') return toDate(spec, field, value);
  if (check === 'amount') {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) throw new EditError('BAD_AMOUNT', field, spec.where);
    return value;
  }
  if (value === null || check === 'as-is' || typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') {
    if (spec.required.includes(field)) throw new EditError('EMPTY', field, spec.where);
    return null;
  }
  if (typeof check === 'object' && 'identifier' in check) {
    const identifier = compactIdentifier(text);
    if (!IDENTIFIER_CHECKS[check.identifier](identifier)) throw new EditError('BAD_IDENTIFIER', field, spec.where);
    return identifier;
  }
  if (typeof check === 'object' && text.length > check.text) throw new EditError('TOO_LONG', field, spec.where);
  if (check === 'url' && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(text)) throw new EditError('BAD_URL', field, spec.where);
  if (check === 'email' && !EMAIL_PATTERN.test(text)) throw new EditError('BAD_EMAIL', field, spec.where);
  return text;
}

/** The input's properties, checked; on creation, with the defaults and every required field. */
export function checkProperties(spec: Checked, input: Record<string, unknown>, exists: boolean): Record<string, unknown> {
  const properties: Record<string, unknown> = { ...(exists ? {} : spec.defaults) };
  for (const [field, check] of Object.entries(spec.properties)) {
    if (input[field] !== undefined) properties[field] = checkProperty(spec, field, check, input[field]);
  }
  for (const field of spec.required) {
    const missing = properties[field] === null || (!exists && properties[field] === undefined);
    if (missing) throw new EditError('REQUIRED', field, spec.where);
  }
  return properties;
}

/** A snapshot as it will be once the properties are written: null removes, as `SET n += $properties` does. */
export function applyProperties(snapshot: Snapshot, properties: Record<string, unknown>): Snapshot {
  const result = { ...snapshot };
  for (const [field, value] of Object.entries(properties)) {
    if (value === null) delete result[field];
    else result[field] = plain(value);
  }
  return result;
}

export function assertDateOrder(where: string, snapshot: Snapshot, [start, end]: [string, string]): void {
  if (snapshot[start] && snapshot[end] && String(snapshot[end]) < String(snapshot[start])) throw new EditError('DATES_REVERSED', end, where);
}

/**
 * A personal field entered or changed needs the person's consent, given with its purpose: the consent to record,
 * or null when the edit touches no personal field.
 */
function consentToRecord(spec: NodeSpec, input: Record<string, unknown>, properties: Record<string, unknown>, before: Snapshot | null): { purpose: string; givenAt: unknown } | null {
  if (!spec.consent) return null;
  const touched = spec.consent.fields.some((field) => properties[field] != null && plain(properties[field]) !== (before?.[field] ?? null));
  if (!touched) return null;
  const purpose = typeof input[spec.consent.purposeField] === 'string' ? (input[spec.consent.purposeField] as string).trim() : '';
  if (!purpose) throw new EditError('CONSENT_REQUIRED', spec.consent.purposeField, spec.where);
  if (purpose.length > 500) throw new EditError('TOO_LONG', spec.consent.purposeField, spec.where);
  const givenAt = input[spec.consent.givenAtField] ?? null;
  return { purpose, givenAt: givenAt === null ? today() : toDate(spec, spec.consent.givenAtField, givenAt) };
}

/** The input's relation items as the snapshot holds them: sorted by id, without duplicates, nulls explicit. */
function relationItems(relation: RelationSpec, value: unknown): Plain {
  if (relation.single) return value === null || value === undefined ? null : String(value);
  const items = (value as unknown[] | null) ?? [];
  if (!relation.idKey) return [...new Set(items.map(String))].sort();
  const byId = new Map<string, Record<string, Plain>>();
  for (const item of items as Record<string, unknown>[]) {
    const id = String(item[relation.idKey]);
    byId.set(id, { [relation.idKey]: id, ...Object.fromEntries((relation.properties ?? []).map((name) => [name, plain(item[name] ?? null)])) });
  }
  return [...byId.keys()].sort().map((id) => plain(byId.get(id)!));
}

/** A relation's items as a list: a single relation holds one id or none. */
function asList(items: Plain): Plain[] {
  return items === null ? [] : Array.isArray(items) ? items : [items];
}

function relationIds(relation: RelationSpec, items: Plain): string[] {
  return asList(items).map((item) => (relation.idKey ? ((item as Record<string, Plain>)[relation.idKey] as string) : (item as string)));
}

/** The actors a change of this node concerns: the actor itself, or those its relations name (a project's participants). */
export function concernsOf(spec: NodeSpec, id: string, ...snapshots: (Snapshot | null)[]): string[] {
  if (spec.label === 'Actor') return [id];
  return spec.relations
    .filter((relation) => relation.target === 'Actor')
    .flatMap((relation) => snapshots.flatMap((snapshot) => relationIds(relation, snapshot?.[relation.field] ?? null)));
}

async function assertTargetsExist(tx: ManagedTransaction, spec: NodeSpec, relation: RelationSpec, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const result = await tx.run(`UNWIND $ids AS id OPTIONAL MATCH (m:${relation.target} {id: id}) WITH id WHERE m IS NULL RETURN collect(id) AS missing`, { ids });
  const missing = result.records[0]?.get('missing') as string[];
  if (missing.length > 0) throw new EditError('UNKNOWN_REFERENCE', `${relation.field}: ${missing.join(', ')}`, spec.where);
}

async function replaceRelation(tx: ManagedTransaction, spec: NodeSpec, id: string, relation: RelationSpec, items: Plain): Promise<void> {
  const link = arrow(relation, 'old');
  const fresh = arrow(relation, 'r');
  // A dated relation keeps the `since` of the one it replaces (same target); a new one is dated today.
  const removed = await tx.run(
    `MATCH (n:${spec.label} {id: $id}) OPTIONAL MATCH (n)${link}(m:${relation.target})
     WITH old, m.id AS target, old.since AS since DELETE old
     RETURN collect(CASE WHEN target IS NULL THEN null ELSE [target, since] END) AS dates`,
    { id },
  );
  const dates = (removed.records[0]?.get('dates') ?? []) as [string, unknown][];
  const kept = new Map(relation.dated ? dates.filter(([, since]) => since != null) : []);
  const ids = relationIds(relation, items);
  const rows = asList(items).map((item, at) => ({
    id: ids[at],
    properties: {
      ...(relation.idKey ? Object.fromEntries((relation.properties ?? []).map((name) => [name, (item as Record<string, Plain>)[name]])) : {}),
      ...(relation.dated && kept.has(ids[at]!) ? { since: kept.get(ids[at]!) } : {}),
    },
  }));
  await tx.run(
    `MATCH (n:${spec.label} {id: $id}) UNWIND $rows AS row MATCH (m:${relation.target} {id: row.id})
     CREATE (n)${fresh}(m) SET r += row.properties${relation.dated ? ', r.since = coalesce(r.since, date())' : ''}`,
    { id, rows },
  );
}

/**
 * A person is placed at their commune's centre, whatever coordinates were given (see personAtCommuneCentre): the
 * coordinates are not written, and the comparison with what is stored ignores them.
 */
function keepPersonLocation(properties: Record<string, unknown>, intended: Snapshot, before: Snapshot | null): void {
  delete properties.location;
  delete properties.locationApproximate;
  for (const field of ['location', 'locationApproximate']) {
    if (before?.[field] === undefined) delete intended[field];
    else intended[field] = before[field]!;
  }
}

/**
 * Creates or updates one node from its input, in the caller's transaction: absent fields stay, null clears, given
 * relation lists replace the old ones. Nothing is written, and no journal entry made, when nothing would change —
 * re-importing the same file is a no-op.
 */
export async function saveNode(tx: ManagedTransaction, spec: NodeSpec, rawInput: Record<string, unknown>, by: string): Promise<EditOutcome> {
  const input = spec.prepare ? spec.prepare(rawInput) : rawInput;
  const given = input[spec.nameField];
  const id = (input.id as string | undefined) ?? (typeof given === 'string' && given.trim() ? slugFrom(given) : undefined);
  if (!id) throw new EditError('REQUIRED', spec.nameField, spec.where);
  if (!ID_PATTERN.test(id)) throw new EditError('BAD_ID', 'id', spec.where);
  const binned = await tx.run(`MATCH (d:Deleted {id: $id}) WHERE d.deletedLabel = $label RETURN count(d) > 0 AS binned`, { id, label: spec.label });
  if (binned.records[0]?.get('binned') === true) throw new EditError('IN_BIN', id, spec.where);

  const before = await snapshotNode(tx, spec, id);
  const properties = checkProperties(spec, input, before !== null);
  const relations = spec.relations.filter((relation) => input[relation.field] !== undefined).map((relation) => ({ relation, items: relationItems(relation, input[relation.field]) }));
  const intended = applyProperties({ ...(before ?? Object.fromEntries(spec.relations.map((relation) => [relation.field, relation.single ? null : []]))), id }, properties);
  for (const { relation, items } of relations) intended[relation.field] = items;
  const publication = spec.publication ? publicationIntent(input, spec.where) : null;
  if (spec.publication) intended[PUBLICATION_SNAPSHOT_FIELD] = consentAfter(publication, before?.[PUBLICATION_SNAPSHOT_FIELD] === true);
  if (intended.kind === 'PERSON') keepPersonLocation(properties, intended, before);
  if (spec.dateOrder) assertDateOrder(spec.where, intended, spec.dateOrder);
  if (before && sameJson(before, intended)) return { id, change: null };

  const consent = consentToRecord(spec, input, properties, before);
  for (const { relation, items } of relations) await assertTargetsExist(tx, spec, relation, relationIds(relation, items));
  await tx.run(
    `MERGE (n:${spec.label} {id: $id}) ON CREATE SET n.createdAt = datetime() SET n += $properties, n.updatedAt = datetime()`,
    { id, properties },
  );
  for (const { relation, items } of relations) await replaceRelation(tx, spec, id, relation, items);
  if (spec.label === 'Actor') await tx.run(`MATCH (n:Actor {id: $id}) ${personAtCommuneCentre('n')}`, { id });
  if (publication) await writePublicationConsent(tx, id, publication, by);
  if (consent) {
    await tx.run(
      `MATCH (n:${spec.label} {id: $id})
       CREATE (n)-[:CONSENTED]->(:Consent {scope: $scope, purpose: $purpose, givenAt: $givenAt, source: $source, recordedBy: $by, recordedAt: datetime()})`,
      { id, scope: CONTACT_SCOPE, purpose: consent.purpose, givenAt: consent.givenAt, by, source: by.startsWith('moderation:') ? 'self-declaration' : by.startsWith('import:') ? 'import' : 'animator' },
    );
  }
  const after = await snapshotNode(tx, spec, id);
  const change = await recordChange(tx, { by, action: before ? 'UPDATE' : 'CREATE', entity: spec.entity, entityId: id, before, after, concerns: concernsOf(spec, id, before, after) });
  return { id, change };
}
