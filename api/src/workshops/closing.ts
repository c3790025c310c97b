import { randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { applyEdit } from '../editing/index.js';
import { slugFrom } from '../editing/values.js';
import { plain } from '../db/values.js';
import { WorkshopError } from './errors.js';
import { ENTRY_REF } from './entries.js';
import { toEntry, type EntryRecord, type WorkshopRecord } from './records.js';
import { lockedWorkshop, readWorkshop } from './workshops.js';

export interface Closing {
  workshop: WorkshopRecord;
  actorsCreated: number;
  linksCreated: number;
  resourcesAdded: number;
}

async function approvedEntries(tx: ManagedTransaction, workshopId: string): Promise<EntryRecord[]> {
  const { records } = await tx.run("MATCH (e:WorkshopEntry {workshopId: $workshopId, status: 'APPROVED'}) RETURN e {.*} AS entry ORDER BY e.createdAt", { workshopId });
  return records.map((record) => toEntry(record.get('entry')));
}

/** A new actor's id: its name's slug, marked as the workshop's and made unique (a name alike is never overwritten). */
const actorIdFor = (name: string): string => `${slugFrom(name).slice(0, 60)}-atelier-${randomBytes(3).toString('hex')}`;

/** The Resource an offer or need names: the one of that name if there is one, else a new one. */
async function resourceFor(tx: ManagedTransaction, entry: EntryRecord, by: string): Promise<string> {
  const id = slugFrom(entry.name!);
  const { records } = await tx.run('MATCH (r:Resource {id: $id}) RETURN count(r) > 0 AS found', { id });
  if (records[0]?.get('found') === true) return id;
  return (await applyEdit(tx, 'RESOURCE', { id, name: entry.name, kind: entry.resourceKind }, by)).id;
}

async function addResource(tx: ManagedTransaction, actorId: string, entry: EntryRecord, by: string): Promise<void> {
  const field = entry.kind === 'OFFER' ? 'offers' : 'needs';
  const type = entry.kind === 'OFFER' ? 'OFFERS' : 'NEEDS';
  const resourceId = await resourceFor(tx, entry, by);
  const { records } = await tx.run(`MATCH (:Actor {id: $actorId})-[r:${type}]->(m:Resource) RETURN collect({resourceId: m.id, note: r.note}) AS uses`, { actorId });
  const uses = plain(records[0]?.get('uses') ?? []) as { resourceId: string; note: string | null }[];
  if (uses.some((use) => use.resourceId === resourceId)) return;
  await applyEdit(tx, 'ACTOR', { id: actorId, [field]: [...uses, { resourceId, note: entry.note }] }, by);
}

/**
 * Closes a workshop in one transaction: its approved organisations become actors (or meet the actor they were
 * merged with), then its approved links and resources, each with provenance WORKSHOP, the workshop's id and its
 * confidence, written in the journal as the workshop's own; entries that name a rejected organisation stay out.
 * Then the join sessions and the names or pseudonyms go, and in an anonymous workshop nothing says who wrote what.
 */
export async function closeWorkshop(tx: ManagedTransaction, id: string): Promise<Closing> {
  const where = 'closeWorkshop';
  const workshop = await lockedWorkshop(tx, id, where);
  if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
  const by = `workshop:${workshop.id}`;
  const mark = { provenance: 'WORKSHOP', workshopId: workshop.id };
  const entries = await approvedEntries(tx, workshop.id);
  const actorOf = new Map<string, string>();
  let actorsCreated = 0;
  for (const entry of entries.filter((item) => item.kind === 'ORGANISATION')) {
    if (entry.mergedWith) {
      actorOf.set(entry.id, entry.mergedWith);
      continue;
    }
    const created = await applyEdit(tx, 'ACTOR', {
      id: actorIdFor(entry.name!), name: entry.name, silo: entry.silo, kind: entry.actorKind, description: entry.note ?? undefined,
      territoryIds: entry.communeId ? [entry.communeId] : [], ...mark,
    }, by);
    actorOf.set(entry.id, created.id);
    actorsCreated += 1;
  }
  const resolve = (ref: string | null): string | null => (ref?.startsWith(ENTRY_REF) ? (actorOf.get(ref.slice(ENTRY_REF.length)) ?? null) : ref);
  let linksCreated = 0;
  let resourcesAdded = 0;
  for (const entry of entries) {
    const [from, to] = [resolve(entry.from), resolve(entry.to)];
    if (entry.kind === 'LINK' && from && to && from !== to) {
      await applyEdit(tx, 'COOPERATION', { from, to, kind: entry.linkKind, confidence: workshop.confidence, note: entry.note ?? undefined, ...mark }, by);
      linksCreated += 1;
    } else if ((entry.kind === 'OFFER' || entry.kind === 'NEED') && from) {
      await addResource(tx, from, entry, by);
      resourcesAdded += 1;
    }
  }
  await tx.run(
    `MATCH (w:Workshop {id: $id}) SET w.status = 'CLOSED', w.writingAlone = false, w.closedAt = datetime()
     WITH w OPTIONAL MATCH (p:WorkshopParticipant {workshopId: w.id}) WHERE NOT coalesce(p.stayInTouch, false) DETACH DELETE p
     WITH DISTINCT w OPTIONAL MATCH (kept:WorkshopParticipant {workshopId: w.id}) REMOVE kept.tokenHash, kept.organisation
     WITH DISTINCT w OPTIONAL MATCH (e:WorkshopEntry {workshopId: w.id}) SET e.hidden = false, e.participantId = null`,
    { id },
  );
  return { workshop: await readWorkshop(tx, id, where), actorsCreated, linksCreated, resourcesAdded };
}
