import { int, type ManagedTransaction } from 'neo4j-driver';
import type { ActorKind, Silo } from '@maillage/schema';
import { plain, toNumber } from '../db/values.js';
import { actorHref } from './href.js';
import type { DeskActor, DeskList } from './types.js';

/** An actor row as the desk's queries return it (`a` bound to the actor). */
const ACTOR_FIELDS = 'a.id AS id, a.name AS name, a.silo AS silo, a.kind AS kind, toString(coalesce(a.updatedAt, a.createdAt)) AS updatedAt';

function deskActor(row: Record<string, unknown>): DeskActor {
  const id = row.id as string;
  return { id, name: row.name as string, silo: row.silo as Silo, kind: row.kind as ActorKind, updatedAt: (row.updatedAt as string | null) ?? null, href: actorHref(id) };
}

export interface StaleRow {
  actor: DeskActor;
  lastChangedBy: string | null;
  lastChangedAt: string | null;
}

/**
 * Actors whose record has not changed since the day `cutoff` (people included: animators see them), the oldest first, each
 * with the journal's latest entry about it (who, when), or none.
 */
export async function readStaleActors(tx: ManagedTransaction, cutoff: string, limit: number): Promise<DeskList<StaleRow>> {
  // By day, as the coverage counts; a record with no date at all was never reviewed either.
  const where = 'MATCH (a:Actor) WHERE coalesce(date(coalesce(a.updatedAt, a.createdAt)) < date($cutoff), true)';
  const total = await tx.run(`${where} RETURN count(a) AS total`, { cutoff });
  const page = await tx.run(
    `${where}
     WITH a ORDER BY coalesce(a.updatedAt, a.createdAt), a.name, a.id LIMIT $limit
     CALL (a) {
       OPTIONAL MATCH (c:Change {entity: 'ACTOR', entityId: a.id})
       RETURN c ORDER BY c.at DESC LIMIT 1
     }
     RETURN ${ACTOR_FIELDS}, c.by AS lastChangedBy, toString(c.at) AS lastChangedAt`,
    { cutoff, limit: int(limit) },
  );
  return {
    total: toNumber(total.records[0]?.get('total')) ?? 0,
    items: page.records.map((record) => {
      const row = record.toObject();
      return { actor: deskActor(row), lastChangedBy: (row.lastChangedBy as string | null) ?? null, lastChangedAt: (row.lastChangedAt as string | null) ?? null };
    }),
  };
}

export interface NeedRow {
  actor: DeskActor;
  resource: { id: string; name: string };
  since: string;
}

/**
 * Needs recorded before `before` (a day; older needs without `since` count from their actor's creation) whose
 * resource no other actor offers, the oldest first.
 */
export async function readUnofferedNeeds(tx: ManagedTransaction, before: string, limit: number): Promise<DeskList<NeedRow>> {
  const match = `MATCH (a:Actor)-[n:NEEDS]->(r:Resource)
     WHERE NOT EXISTS { MATCH (o:Actor)-[:OFFERS]->(r) WHERE o <> a }
     WITH a, r, coalesce(n.since, date(a.createdAt)) AS since
     WHERE since < date($before)`;
  const total = await tx.run(`${match} RETURN count(*) AS total`, { before });
  const page = await tx.run(
    `${match}
     RETURN ${ACTOR_FIELDS}, r.id AS resourceId, r.name AS resourceName, toString(since) AS since
     ORDER BY since, a.name, a.id, r.name LIMIT $limit`,
    { before, limit: int(limit) },
  );
  return {
    total: toNumber(total.records[0]?.get('total')) ?? 0,
    items: page.records.map((record) => {
      const row = record.toObject();
      return { actor: deskActor(row), resource: { id: row.resourceId as string, name: row.resourceName as string }, since: String(plain(row.since)) };
    }),
  };
}

/** When each of these actors' records last changed (for the analytics' actors, which do not say). */
export async function readUpdatedAt(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run('MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, toString(coalesce(a.updatedAt, a.createdAt)) AS updatedAt', { ids: [...ids] });
  return new Map(result.records.flatMap((record) => {
    const updatedAt = record.get('updatedAt') as string | null;
    return updatedAt ? [[record.get('id') as string, updatedAt] as const] : [];
  }));
}
