import type { WorkshopEntryEdits } from '@maillage/schema';
import { int, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { WorkshopError } from './errors.js';
import { ENTRY_FIELDS, toEntry, type EntryRecord } from './records.js';
import { assertCommune } from './entries.js';
import { lockedWorkshop, WORKSHOP_LIMITS } from './workshops.js';

export interface ActorMatch {
  id: string;
  name: string;
  commune: string | null;
  sameCommune: boolean;
}

/** Every entry of a workshop, newest first, with its author's name where the workshop keeps one. */
export async function workshopEntries(driver: Driver, database: string, workshopId: string): Promise<EntryRecord[]> {
  const { records } = await driver.executeQuery(
    `MATCH (e:WorkshopEntry {workshopId: $workshopId}) OPTIONAL MATCH (p:WorkshopParticipant {id: e.participantId})
     RETURN ${ENTRY_FIELDS} ORDER BY e.createdAt DESC`,
    { workshopId },
    { database, routing: 'READ' },
  );
  return records.map((record) => toEntry(record.get('entry')));
}

/**
 * Actors of the graph whose names are like `name`, accents, case and punctuation aside (APOC's text cleaning): one
 * contains the other, or they differ by a few letters; those in the commune given first.
 */
export async function actorMatches(driver: Driver, database: string, name: string, communeId: string | null, limit: number): Promise<ActorMatch[]> {
  const { records } = await driver.executeQuery(
    `WITH apoc.text.clean($name) AS wanted WHERE size(wanted) >= 2
     MATCH (a:Actor) WHERE a.kind <> 'PERSON' WITH a, wanted, apoc.text.clean(a.name) AS cleaned
     WHERE cleaned CONTAINS wanted OR wanted CONTAINS cleaned OR apoc.text.levenshteinSimilarity(cleaned, wanted) >= 0.75
     OPTIONAL MATCH (a)-[:LOCATED_IN]->(t:Territory {level: 'COMMUNE'})
     WITH a, cleaned = wanted AS same, apoc.text.levenshteinSimilarity(cleaned, wanted) AS likeness, head(collect(t)) AS commune
     RETURN a.id AS id, a.name AS name, commune.name AS commune, coalesce(commune.id = $communeId, false) AS sameCommune
     ORDER BY sameCommune DESC, same DESC, likeness DESC, a.name LIMIT $limit`,
    { name, communeId, limit: int(limit) },
    { database, routing: 'READ' },
  );
  return records.map((record) => record.toObject() as unknown as ActorMatch);
}

async function decidable(tx: ManagedTransaction, id: string, where: string): Promise<EntryRecord> {
  const { records } = await tx.run('MATCH (e:WorkshopEntry {id: $id}) RETURN e.workshopId AS workshopId', { id });
  const workshopId = records[0]?.get('workshopId') as string | undefined;
  if (!workshopId) throw new WorkshopError('NOT_FOUND', where, id);
  const workshop = await lockedWorkshop(tx, workshopId, where);
  if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
  const read = await tx.run(`MATCH (e:WorkshopEntry {id: $id}) OPTIONAL MATCH (p:WorkshopParticipant {id: e.participantId}) RETURN ${ENTRY_FIELDS}`, { id });
  const entry = toEntry(read.records[0]!.get('entry'));
  if (entry.status === 'WITHDRAWN') throw new WorkshopError('ALREADY_DECIDED', where, id);
  return entry;
}

async function setEntry(tx: ManagedTransaction, id: string, changes: Record<string, unknown>): Promise<EntryRecord> {
  const { records } = await tx.run(
    `MATCH (e:WorkshopEntry {id: $id}) SET e += $changes, e.updatedAt = datetime()
     WITH e OPTIONAL MATCH (p:WorkshopParticipant {id: e.participantId}) RETURN ${ENTRY_FIELDS}`,
    { id, changes },
  );
  return toEntry(records[0]!.get('entry'));
}

function checkedEdits(edits: WorkshopEntryEdits | null | undefined, where: string): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const [field, value] of Object.entries(edits ?? {})) {
    if (value == null) continue;
    const text = String(value).trim();
    if (!text) throw new WorkshopError('REQUIRED', where, field);
    if (text.length > (field === 'note' ? WORKSHOP_LIMITS.note : WORKSHOP_LIMITS.name)) throw new WorkshopError('TOO_LONG', where, field);
    changes[field] = text;
  }
  return changes;
}

/** Approves an entry, corrected by the facilitator where need be: it enters the graph when the workshop closes. */
export async function approveEntry(tx: ManagedTransaction, id: string, edits: WorkshopEntryEdits | null | undefined): Promise<EntryRecord> {
  const where = 'approveWorkshopEntry';
  const changes = checkedEdits(edits, where);
  const entry = await decidable(tx, id, where);
  if (changes.actorKind === 'PERSON') throw new WorkshopError('ORGANISATIONS_ONLY', where, 'actorKind');
  if (changes.communeId) await assertCommune(tx, changes.communeId, where);
  return setEntry(tx, entry.id, { ...changes, status: 'APPROVED' });
}

export async function rejectEntry(tx: ManagedTransaction, id: string): Promise<EntryRecord> {
  const entry = await decidable(tx, id, 'rejectWorkshopEntry');
  return setEntry(tx, entry.id, { status: 'REJECTED' });
}

/** The proposed organisation is an actor already in the graph: links and resources that name it will go to that actor. */
export async function mergeEntry(tx: ManagedTransaction, id: string, actorId: string): Promise<EntryRecord> {
  const where = 'mergeWorkshopEntry';
  const entry = await decidable(tx, id, where);
  if (entry.kind !== 'ORGANISATION') throw new WorkshopError('NOT_AN_ORGANISATION', where, id);
  const { records } = await tx.run("MATCH (a:Actor {id: $actorId}) WHERE a.kind <> 'PERSON' RETURN count(a) > 0 AS found", { actorId });
  if (records[0]?.get('found') !== true) throw new WorkshopError('UNKNOWN_REFERENCE', where, 'actorId');
  return setEntry(tx, entry.id, { status: 'APPROVED', mergedWith: actorId });
}
