import { int, type ManagedTransaction } from 'neo4j-driver';
import type { EditedEntity } from '@maillage/schema';
import { linkEnds, snapshotCooperation } from './cooperation.js';
import { EditError } from './errors.js';
import { recordChange, type Snapshot } from './journal.js';
import { concernsOf, snapshotNode, type EditOutcome } from './nodes.js';
import { NODE_SPECS } from './specs.js';
import { toNumber } from '../db/values.js';

export interface BinEntry {
  entity: EditedEntity;
  id: string;
  label: string;
  deletedAt: string;
  deletedBy: string;
}

/**
 * Deleting is soft. A node leaves its label for `:Deleted` (keeping every property and relationship), so that no
 * query of the API, the analytics, the exports or the embeds — all of which match on labels — sees it any more;
 * a link becomes a DELETED_COOPERATION. Restoring undoes exactly that.
 */
export async function deleteEntity(tx: ManagedTransaction, entity: EditedEntity, id: string, by: string): Promise<EditOutcome> {
  const where = 'deleteEntity';
  if (entity === 'COOPERATION') {
    const before = await snapshotCooperation(tx, id);
    if (!before) throw new EditError('NOT_FOUND', id, where);
    await tx.run(
      `MATCH (a)-[r:COOPERATES_WITH {id: $id}]->(b)
       CREATE (a)-[d:DELETED_COOPERATION]->(b) SET d = properties(r), d.deletedAt = datetime(), d.deletedBy = $by
       DELETE r`,
      { id, by },
    );
    return { id, change: await recordChange(tx, { by, action: 'DELETE', entity, entityId: id, before, after: null, concerns: linkEnds(before) }) };
  }
  const spec = NODE_SPECS[entity];
  const before = await snapshotNode(tx, spec, id);
  if (!before) throw new EditError('NOT_FOUND', id, where);
  await tx.run(
    `MATCH (n:${spec.label} {id: $id}) REMOVE n:${spec.label} SET n:Deleted, n.deletedLabel = $label, n.deletedAt = datetime(), n.deletedBy = $by`,
    { id, label: spec.label, by },
  );
  return { id, change: await recordChange(tx, { by, action: 'DELETE', entity, entityId: id, before, after: null, concerns: concernsOf(spec, id, before) }) };
}

export async function restoreEntity(tx: ManagedTransaction, entity: EditedEntity, id: string, by: string): Promise<EditOutcome> {
  const where = 'restoreEntity';
  if (entity === 'COOPERATION') {
    if (await snapshotCooperation(tx, id)) throw new EditError('ID_TAKEN', id, where);
    const restored = await tx.run(
      `MATCH (a)-[d:DELETED_COOPERATION {id: $id}]->(b)
       CREATE (a)-[r:COOPERATES_WITH]->(b) SET r = properties(d) REMOVE r.deletedAt, r.deletedBy
       DELETE d RETURN count(r) AS restored`,
      { id },
    );
    if (toNumber(restored.records[0]?.get('restored')) === 0) throw new EditError('NOT_FOUND', id, where);
    const after = (await snapshotCooperation(tx, id)) as Snapshot;
    return { id, change: await recordChange(tx, { by, action: 'RESTORE', entity, entityId: id, before: null, after, concerns: linkEnds(after) }) };
  }
  const spec = NODE_SPECS[entity];
  if (await snapshotNode(tx, spec, id)) throw new EditError('ID_TAKEN', id, where);
  const restored = await tx.run(
    `MATCH (n:Deleted {id: $id}) WHERE n.deletedLabel = $label
     REMOVE n:Deleted, n.deletedLabel, n.deletedAt, n.deletedBy SET n:${spec.label} RETURN count(n) AS restored`,
    { id, label: spec.label },
  );
  if (toNumber(restored.records[0]?.get('restored')) === 0) throw new EditError('NOT_FOUND', id, where);
  const after = await snapshotNode(tx, spec, id);
  return { id, change: await recordChange(tx, { by, action: 'RESTORE', entity, entityId: id, before: null, after, concerns: concernsOf(spec, id, after) }) };
}

/** What the bin holds, the most recently deleted first. */
export async function listBin(tx: ManagedTransaction, limit: number): Promise<BinEntry[]> {
  const result = await tx.run(
    `CALL () {
       MATCH (n:Deleted)
       RETURN CASE n.deletedLabel WHEN 'Actor' THEN 'ACTOR' WHEN 'Resource' THEN 'RESOURCE' WHEN 'Sector' THEN 'SECTOR' ELSE 'PROJECT' END AS entity,
              n.id AS id, coalesce(n.name, n.title, n.id) AS label, n.deletedAt AS deletedAt, n.deletedBy AS deletedBy
       UNION ALL
       MATCH (a)-[d:DELETED_COOPERATION]->(b)
       RETURN 'COOPERATION' AS entity, d.id AS id, coalesce(a.name, a.id) + ' — ' + coalesce(b.name, b.id) AS label, d.deletedAt AS deletedAt, d.deletedBy AS deletedBy
     }
     RETURN entity, id, label, toString(deletedAt) AS deletedAt, deletedBy ORDER BY deletedAt DESC LIMIT $limit`,
    { limit: int(limit) },
  );
  return result.records.map((record) => record.toObject() as BinEntry);
}
