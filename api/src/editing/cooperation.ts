import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { EditError } from './errors.js';
import { recordChange, type Snapshot } from './journal.js';
import { applyProperties, assertDateOrder, checkProperties, type Checked, type EditOutcome } from './nodes.js';
import { plain } from '../db/values.js';
import { sameJson } from './values.js';

const COOPERATION: Checked = {
  where: 'saveCooperation',
  required: ['kind'],
  defaults: { provenance: 'ANIMATOR' },
  properties: { kind: 'as-is', since: 'date', until: 'date', intensity: 'as-is', amount: 'amount', provenance: 'as-is', confidence: 'as-is', workshopId: 'as-is', workshopDate: 'date', note: { text: 1_000 } },
};

/** A link as the journal keeps it: its properties and its two actors. */
export async function snapshotCooperation(tx: ManagedTransaction, id: string): Promise<Snapshot | null> {
  const result = await tx.run('MATCH (a)-[r:COOPERATES_WITH {id: $id}]->(b) RETURN r {.*, from: a.id, to: b.id} AS snapshot', { id });
  const snapshot = result.records[0]?.get('snapshot') as Record<string, unknown> | undefined;
  if (!snapshot) return null;
  // Bookkeeping, as the nodes' timestamps: the journal keeps what people said, not when it was saved.
  const { updatedAt: _updatedAt, ...said } = snapshot;
  return plain(said) as Snapshot;
}

/** The two actors a link's change concerns. */
export function linkEnds(snapshot: Snapshot): string[] {
  return [String(snapshot.from), String(snapshot.to)];
}

function sameEnds(before: Snapshot, from: unknown, to: unknown): boolean {
  const ends = [before.from, before.to].sort();
  const given = [from ?? before.from, to ?? before.to].sort();
  return ends[0] === given[0] && ends[1] === given[1];
}

/**
 * Creates or updates one cooperation link in the caller's transaction. Its actors are fixed once it exists; both
 * must be actors in the graph (not in the bin) and different. Saving what is already there writes nothing.
 */
export async function saveCooperation(tx: ManagedTransaction, input: Record<string, unknown>, by: string): Promise<EditOutcome> {
  const id = (input.id as string | undefined) ?? `coop-${randomUUID()}`;
  const binned = await tx.run('MATCH ()-[d:DELETED_COOPERATION {id: $id}]->() RETURN count(d) > 0 AS binned', { id });
  if (binned.records[0]?.get('binned') === true) throw new EditError('IN_BIN', id, COOPERATION.where);

  const before = await snapshotCooperation(tx, id);
  if (before && !sameEnds(before, input.from, input.to)) throw new EditError('LINK_ENDS_FIXED', 'from', COOPERATION.where);
  const properties = checkProperties(COOPERATION, input, before !== null);
  if (!before) {
    for (const field of ['from', 'to']) if (typeof input[field] !== 'string') throw new EditError('REQUIRED', field, COOPERATION.where);
    if (input.from === input.to) throw new EditError('SAME_ACTOR', 'to', COOPERATION.where);
  }
  const intended = applyProperties(before ?? { id, from: input.from as string, to: input.to as string }, properties);
  assertDateOrder(COOPERATION.where, intended, ['since', 'until']);
  if (before && sameJson(before, intended)) return { id, change: null };

  if (before) {
    await tx.run('MATCH ()-[r:COOPERATES_WITH {id: $id}]->() SET r += $properties, r.updatedAt = datetime()', { id, properties });
  } else {
    const created = await tx.run(
      `OPTIONAL MATCH (a:Actor {id: $from}) OPTIONAL MATCH (b:Actor {id: $to})
       CALL (a, b) { WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL CREATE (a)-[r:COOPERATES_WITH {id: $id}]->(b) SET r += $properties, r.updatedAt = datetime() }
       RETURN a IS NOT NULL AS from, b IS NOT NULL AS to`,
      { id, from: input.from, to: input.to, properties },
    );
    const found = created.records[0]!;
    for (const field of ['from', 'to']) if (found.get(field) !== true) throw new EditError('UNKNOWN_REFERENCE', `${field}: ${String(input[field])}`, COOPERATION.where);
  }
  const after = await snapshotCooperation(tx, id);
  const change = await recordChange(tx, { by, action: before ? 'UPDATE' : 'CREATE', entity: 'COOPERATION', entityId: id, before, after, concerns: linkEnds(intended) });
  return { id, change };
}
