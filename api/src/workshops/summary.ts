import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { AnalyticsService } from '../analytics/index.js';
import { toNumber } from '../db/values.js';
import { ENTRY_REF } from './entries.js';
import type { ProposalBase } from './proposals.js';
import type { WorkshopRecord } from './records.js';

/** What a closing wrote: the summary's raw material. */
export interface Added {
  actorIds: string[];
  linkIds: string[];
  needs: { actorId: string; resourceId: string }[];
  resources: number;
}

export interface Summary {
  participantsBySilo: { silo: string | null; participants: number }[];
  participantsTotal: number;
  actorsAdded: number;
  linksAdded: number;
  resourcesAdded: number;
  /** The share of links across silos in the workshop's territory, before the workshop entered the graph and after. */
  crossSiloShareBefore: number | null;
  crossSiloShareAfter: number | null;
  matchedNeeds: { need: string; neededBy: string; offeredBy: string[] }[];
  voted: { proposalId: string; from: string; to: string; resource: string | null; votes: number }[];
  addedActorIds: string[];
  addedLinkIds: string[];
}

type Reader = Pick<ManagedTransaction, 'run'>;

/** Who took part, by the silo of the organisation each said they speak for (null: none said). */
async function participantsBySilo(tx: Reader, workshopId: string): Promise<Summary['participantsBySilo']> {
  const { records } = await tx.run(
    `MATCH (p:WorkshopParticipant {workshopId: $workshopId}) WHERE p.tokenHash IS NOT NULL
     OPTIONAL MATCH (a:Actor {id: p.organisation})
     OPTIONAL MATCH (e:WorkshopEntry {workshopId: $workshopId}) WHERE p.organisation = $prefix + e.id
     OPTIONAL MATCH (m:Actor {id: e.mergedWith})
     RETURN coalesce(a.silo, m.silo, e.silo) AS silo, count(p) AS participants ORDER BY silo`,
    { workshopId, prefix: ENTRY_REF },
  );
  return records.map((record) => ({ silo: record.get('silo') as string | null, participants: toNumber(record.get('participants')) ?? 0 }));
}

/** The needs the workshop added that another organisation of the graph already offers. */
async function matchedNeeds(tx: Reader, needs: Added['needs']): Promise<Summary['matchedNeeds']> {
  const { records } = await tx.run(
    `UNWIND $needs AS need
     MATCH (a:Actor {id: need.actorId}), (r:Resource {id: need.resourceId})
     OPTIONAL MATCH (o:Actor)-[:OFFERS]->(r) WHERE o.id <> a.id AND o.kind <> 'PERSON'
     WITH a, r, collect(DISTINCT o.name) AS offeredBy WHERE size(offeredBy) > 0
     RETURN r.name AS need, a.name AS neededBy, offeredBy ORDER BY need, neededBy`,
    { needs },
  );
  return records.map((record) => record.toObject() as Summary['matchedNeeds'][number]);
}

/** The proposals the room voted for, most votes first. */
async function voted(tx: Reader, workshopId: string, proposals: readonly ProposalBase[]): Promise<Summary['voted']> {
  const { records } = await tx.run('MATCH (v:WorkshopVote {workshopId: $workshopId}) RETURN v.proposalId AS id, count(v) AS votes ORDER BY votes DESC, id', { workshopId });
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  return records.flatMap((record) => {
    const proposal = byId.get(record.get('id') as string);
    return proposal ? [{ proposalId: proposal.id, from: proposal.from.name, to: proposal.to.name, resource: proposal.resource, votes: toNumber(record.get('votes')) ?? 0 }] : [];
  });
}

/** Nothing entered the graph yet: a running workshop's summary. */
const NOTHING_ADDED: Added = { actorIds: [], linkIds: [], needs: [], resources: 0 };

/**
 * A workshop's summary from what entered the graph: inside the closing's transaction, before the sessions and votes
 * are deleted, or for a running workshop, with nothing added yet.
 */
export async function summaryOf(tx: Reader, workshop: WorkshopRecord, added: Added, proposals: readonly ProposalBase[], shareBefore: number | null): Promise<Summary> {
  const bySilo = await participantsBySilo(tx, workshop.id);
  return {
    participantsBySilo: bySilo,
    participantsTotal: bySilo.reduce((sum, row) => sum + row.participants, 0),
    actorsAdded: added.actorIds.length,
    linksAdded: added.linkIds.length,
    resourcesAdded: added.resources,
    crossSiloShareBefore: shareBefore,
    crossSiloShareAfter: null,
    matchedNeeds: await matchedNeeds(tx, added.needs),
    voted: await voted(tx, workshop.id, proposals),
    addedActorIds: added.actorIds,
    addedLinkIds: added.linkIds,
  };
}

/** The share of links across silos in the workshop's territory, as the public sees the graph now. */
export async function territoryShare(analytics: AnalyticsService, workshop: WorkshopRecord): Promise<number | null> {
  return (await analytics.query('networkStats', { filter: workshop.territoryId ? { territory: workshop.territoryId } : {} })).crossSiloShare;
}

/** A workshop's summary: as its closing kept it, or, while it runs, what it would be now (nothing added yet). */
export async function workshopSummary(driver: Driver, database: string, analytics: AnalyticsService, workshop: WorkshopRecord, proposals: readonly ProposalBase[]): Promise<Summary> {
  const { records } = await driver.executeQuery('MATCH (w:Workshop {id: $id}) RETURN w.summary AS summary', { id: workshop.id }, { database, routing: 'READ' });
  const kept = records[0]?.get('summary') as string | null | undefined;
  if (kept) return JSON.parse(kept) as Summary;
  // Asked of the analytics before the read transaction, which the driver may run again.
  const share = await territoryShare(analytics, workshop);
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => summaryOf(tx, workshop, NOTHING_ADDED, proposals, share));
  } finally {
    await session.close();
  }
}

/** After the closing's transaction, the share once the workshop is in the graph. */
export async function recordShareAfter(driver: Driver, database: string, analytics: AnalyticsService, workshop: WorkshopRecord): Promise<void> {
  analytics.invalidate();
  const after = await territoryShare(analytics, workshop);
  await driver.executeQuery(
    'MATCH (w:Workshop {id: $id}) WHERE w.summary IS NOT NULL SET w.summary = apoc.convert.toJson(apoc.map.merge(apoc.convert.fromJsonMap(w.summary), {crossSiloShareAfter: $after}))',
    { id: workshop.id, after },
    { database },
  );
}
