import type { ManagedTransaction } from 'neo4j-driver';
import type { EditedEntity } from '@maillage/schema';
import { deleteEntity, restoreEntity } from './bin.js';
import { snapshotCooperation } from './cooperation.js';
import { EditError } from './errors.js';
import { CHANGE_FIELDS, fieldChanges, toChangeEntry, type ChangeEntry, type Snapshot } from './journal.js';
import { snapshotNode, type EditOutcome } from './nodes.js';
import { PUBLICATION_SNAPSHOT_FIELD } from './publication.js';
import { unmerge } from './merge.js';
import { applyEdit } from './service.js';
import { CONTACT_FIELDS, NODE_SPECS } from './specs.js';
import { sameJson } from './values.js';

const WHERE = 'undoChange';

// Consents and contact details change only by recording or withdrawing them, with the person's word: never by undo.
const NOT_UNDONE: readonly string[] = [PUBLICATION_SNAPSHOT_FIELD, ...CONTACT_FIELDS];

async function changeOf(tx: ManagedTransaction, id: string): Promise<ChangeEntry> {
  const found = await tx.run(`MATCH (c:Change {id: $id}) RETURN ${CHANGE_FIELDS}`, { id });
  if (found.records.length === 0) throw new EditError('NOT_FOUND', id, WHERE);
  return toChangeEntry(found.records[0]!.toObject());
}

/**
 * The object's entries after this one: any of them stands in the way (undoing it would undo them silently). After a
 * merge, any change concerning the kept actor does (its links moved with it).
 */
async function laterChanges(tx: ManagedTransaction, change: ChangeEntry): Promise<number> {
  const result = await tx.run(
    change.action === 'MERGE'
      ? 'MATCH (c:Change)-[:CONCERNS]->(:Actor {id: $entityId}) WHERE c.at > datetime($at) AND c.id <> $id RETURN count(DISTINCT c) AS later'
      : 'MATCH (c:Change {entity: $entity, entityId: $entityId}) WHERE c.at > datetime($at) AND c.id <> $id RETURN count(c) AS later',
    { entity: change.entity, entityId: change.entityId, at: change.at, id: change.id },
  );
  return Number(result.records[0]!.get('later'));
}

async function snapshotNow(tx: ManagedTransaction, change: ChangeEntry): Promise<Snapshot | null> {
  return change.entity === 'COOPERATION' ? snapshotCooperation(tx, change.entityId) : snapshotNode(tx, NODE_SPECS[change.entity], change.entityId);
}

/** The input that gives back the fields an update changed: their values before it (location as its coordinates). */
function inputRestoring(change: ChangeEntry): Record<string, unknown> {
  const input: Record<string, unknown> = { id: change.entityId };
  for (const { field } of fieldChanges(change.before, change.after)) {
    if (NOT_UNDONE.includes(field)) throw new EditError('CANNOT_UNDO', field, WHERE);
    const value = change.before?.[field] ?? null;
    if (field === 'location') {
      const point = value as { latitude: number; longitude: number } | null;
      Object.assign(input, { latitude: point?.latitude ?? null, longitude: point?.longitude ?? null });
    } else if (field !== 'locationApproximate') {
      input[field] = value;
    }
  }
  return input;
}

/**
 * Reverts one journal entry with a new one that gives back the state before it: a creation or a restoration goes to
 * the bin, a deletion comes back from it, an update gets its changed fields' former values, a merge is taken apart. Refused, saying why, when
 * later changes of the same object stand in the way, when the object is no longer as the entry left it, or when the
 * entry is an erasure or changed a consent. The new entry records which one it undoes.
 */
export async function undoChange(tx: ManagedTransaction, changeId: string, by: string): Promise<EditOutcome & { entity: EditedEntity }> {
  const change = await changeOf(tx, changeId);
  if (change.action === 'ERASE') throw new EditError('CANNOT_UNDO', 'ERASE', WHERE);
  const later = await laterChanges(tx, change);
  if (later > 0) throw new EditError('LATER_CHANGES', String(later), WHERE);
  const now = await snapshotNow(tx, change);
  if (change.action !== 'DELETE' && !(now && sameJson(now, change.after!))) throw new EditError('STATE_CHANGED', change.entityId, WHERE);
  const outcome = change.action === 'DELETE'
    ? await restoreEntity(tx, change.entity, change.entityId, by)
    : change.action === 'MERGE'
      ? await unmerge(tx, change, by)
      : change.action === 'UPDATE'
        ? await applyEdit(tx, change.entity, inputRestoring(change), by)
        : await deleteEntity(tx, change.entity, change.entityId, by);
  if (outcome.change) {
    await tx.run('MATCH (c:Change {id: $id}) SET c.undoes = $undone', { id: outcome.change.id, undone: change.id });
    outcome.change = { ...outcome.change, undoes: change.id };
  }
  return { ...outcome, entity: change.entity };
}
