import { randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { bumpGraphVersion } from '@maillage/schema';
import { applyEdit } from '../editing/index.js';
import { slugFrom } from '../editing/values.js';
import { plain } from '../db/values.js';
import { WorkshopError } from './errors.js';
import { ENTRY_REF } from './entries.js';
import { toEntry, type EntryRecord, type WorkshopRecord } from './records.js';
import type { ProposalBase } from './proposals.js';
import { summaryOf, type Added } from './summary.js';
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

/** The Resource an offer or need names: the one of that name if there is one (accents and case aside), else a new one. */
async function resourceFor(tx: ManagedTransaction, entry: EntryRecord, by: string): Promise<string> {
  const { records } = await tx.run('MATCH (r:Resource) WHERE apoc.text.clean(r.name) = apoc.text.clean($name) RETURN r.id AS id ORDER BY r.id LIMIT 1', { name: entry.name });
  const found = records[0]?.get('id') as string | undefined;
  return found ?? (await applyEdit(tx, 'RESOURCE', { id: slugFrom(entry.name!), name: entry.name, kind: entry.resourceKind }, by)).id;
}

async function addResource(tx: ManagedTransaction, actorId: string, entry: EntryRecord, by: string): Promise<string> {
  const field = entry.kind === 'OFFER' ? 'offers' : 'needs';
  const type = entry.kind === 'OFFER' ? 'OFFERS' : 'NEEDS';
  const resourceId = await resourceFor(tx, entry, by);
  const { records } = await tx.run(`MATCH (:Actor {id: $actorId})-[r:${type}]->(m:Resource) RETURN collect({resourceId: m.id, note: r.note}) AS uses`, { actorId });
  const uses = plain(records[0]?.get('uses') ?? []) as { resourceId: string; note: string | null }[];
  if (!uses.some((use) => use.resourceId === resourceId)) await applyEdit(tx, 'ACTOR', { id: actorId, [field]: [...uses, { resourceId, note: entry.note }] }, by);
  return resourceId;
}

/**
 * Closes a workshop in one transaction: its approved organisations become actors (or meet the actor they were
 * merged with), then its approved links and resources, each with provenance WORKSHOP, the workshop's id and its
 * confidence, written in the journal as the workshop's own; entries that name a rejected organisation stay out.
 * What it did is kept as the workshop's summary (summary.ts), then the join sessions, the names or pseudonyms and
 * the votes go — those who asked to stay in touch keep their name and contact only — and nothing says who wrote what.
 */
export async function closeWorkshop(tx: ManagedTransaction, id: string, proposals: readonly ProposalBase[], shareBefore: number | null): Promise<Closing> {
  const where = 'closeWorkshop';
  const workshop = await lockedWorkshop(tx, id, where);
  if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
  const by = `workshop:${workshop.id}`;
  const mark = { provenance: 'WORKSHOP', workshopId: workshop.id, workshopDate: workshop.date };
  const entries = await approvedEntries(tx, workshop.id);
  const actorOf = new Map<string, string>();
  const added: Added = { actorIds: [], linkIds: [], needs: [], resources: 0 };
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
    added.actorIds.push(created.id);
  }
  const resolve = (ref: string | null): string | null => (ref?.startsWith(ENTRY_REF) ? (actorOf.get(ref.slice(ENTRY_REF.length)) ?? null) : ref);
  for (const entry of entries) {
    const [from, to] = [resolve(entry.from), resolve(entry.to)];
    if (entry.kind === 'LINK' && from && to && from !== to) {
      const link = await applyEdit(tx, 'COOPERATION', { from, to, kind: entry.linkKind, confidence: workshop.confidence, note: entry.note ?? undefined, ...mark }, by);
      added.linkIds.push(link.id);
    } else if ((entry.kind === 'OFFER' || entry.kind === 'NEED') && from) {
      const resourceId = await addResource(tx, from, entry, by);
      if (entry.kind === 'NEED') added.needs.push({ actorId: from, resourceId });
      added.resources += 1;
    }
  }
  const summary = await summaryOf(tx, workshop, added, proposals, shareBefore);
  await tx.run(
    `MATCH (w:Workshop {id: $id}) SET w.status = 'CLOSED', w.writingAlone = false, w.closedAt = datetime(), w.summary = $summary
     WITH w OPTIONAL MATCH (v:WorkshopVote {workshopId: w.id}) DELETE v
     WITH DISTINCT w OPTIONAL MATCH (p:WorkshopParticipant {workshopId: w.id}) WHERE NOT coalesce(p.stayInTouch, false) DETACH DELETE p
     WITH DISTINCT w OPTIONAL MATCH (kept:WorkshopParticipant {workshopId: w.id}) REMOVE kept.tokenHash, kept.organisation
     WITH DISTINCT w OPTIONAL MATCH (e:WorkshopEntry {workshopId: w.id}) SET e.hidden = false, e.participantId = null`,
    { id, summary: JSON.stringify(summary) },
  );
  await bumpGraphVersion(tx);
  return { workshop: await readWorkshop(tx, id, where), actorsCreated: added.actorIds.length, linksCreated: added.linkIds.length, resourcesAdded: added.resources };
}
