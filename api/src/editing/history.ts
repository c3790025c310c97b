import { int, type ManagedTransaction } from 'neo4j-driver';
import type { EditedEntity } from '@maillage/schema';
import { actorOrBinned, CHANGE_FIELDS, CONCERNS_A_PERSON, toChangeEntry, type ChangeEntry } from './journal.js';

/**
 * An object's journal, the most recent first. An actor's includes the changes of its links and projects (the
 * entries that concern it), in the bin or not.
 */
export async function historyOf(tx: ManagedTransaction, entity: EditedEntity, id: string, limit: number): Promise<ChangeEntry[]> {
  const query = entity === 'ACTOR'
    ? `CALL () { MATCH (c:Change {entity: $entity, entityId: $id}) RETURN c
               UNION ${actorOrBinned('n', '$id')} MATCH (n)<-[:CONCERNS]-(c:Change) RETURN c }`
    : 'MATCH (c:Change {entity: $entity, entityId: $id})';
  const result = await tx.run(`${query} RETURN ${CHANGE_FIELDS} ORDER BY c.at DESC, c.id LIMIT $limit`, { entity, id, limit: int(limit) });
  return result.records.map((record) => toChangeEntry(record.toObject()));
}

/** The whole journal between two instants, the most recent first; `withoutPeople` leaves out what concerns a person. */
export async function journal(tx: ManagedTransaction, range: { since?: string | null; until?: string | null }, limit: number, withoutPeople = false): Promise<ChangeEntry[]> {
  const result = await tx.run(
    `MATCH (c:Change)
     WHERE ($since IS NULL OR c.at >= datetime($since)) AND ($until IS NULL OR c.at < datetime($until))
       AND NOT ($withoutPeople AND ${CONCERNS_A_PERSON})
     RETURN ${CHANGE_FIELDS} ORDER BY c.at DESC, c.id LIMIT $limit`,
    { since: range.since ?? null, until: range.until ?? null, limit: int(limit), withoutPeople },
  );
  return result.records.map((record) => toChangeEntry(record.toObject()));
}
