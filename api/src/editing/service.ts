import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { undoChange } from './undo.js';
import { mergeActors } from './merge.js';
import { bumpGraphVersion, type EditedEntity } from '@maillage/schema';
import { deleteEntity, listBin, restoreEntity, type BinEntry } from './bin.js';
import { saveCooperation } from './cooperation.js';
import { EditError } from './errors.js';
import { historyOf, journal } from './history.js';
import type { ChangeEntry } from './journal.js';
import { saveNode, type EditOutcome } from './nodes.js';
import { NODE_SPECS } from './specs.js';

export type EditInput = Record<string, unknown>;

/** One edit of any kind, inside a transaction that another caller (an import, a moderation) may share. */
export function applyEdit(tx: ManagedTransaction, entity: EditedEntity, input: EditInput, by: string): Promise<EditOutcome> {
  return entity === 'COOPERATION' ? saveCooperation(tx, input, by) : saveNode(tx, NODE_SPECS[entity], input, by);
}

/** Neo4j's own refusal (a unique id taken by a concurrent write) told as an edit error. */
function constraintToEditError(where: string) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new EditError('ID_TAKEN', 'id', where);
    throw error;
  };
}

/** Every write of the graph's content: one transaction per edit, the journal entry inside it. */
export class EditingService {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private write<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    return session.executeWrite(async (tx) => {
      const result = await work(tx);
      await bumpGraphVersion(tx);
      return result;
    }).catch(constraintToEditError(where)).finally(() => session.close());
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    return session.executeRead(work).finally(() => session.close());
  }

  save(entity: EditedEntity, input: EditInput, by: string): Promise<EditOutcome> {
    return this.write(`save ${entity}`, (tx) => applyEdit(tx, entity, input, by));
  }

  /** Several edits, all or nothing: the first refusal rolls back the others. */
  saveAll(edits: { entity: EditedEntity; input: EditInput }[], by: string): Promise<EditOutcome[]> {
    return this.write('import', async (tx) => {
      const outcomes: EditOutcome[] = [];
      for (const edit of edits) outcomes.push(await applyEdit(tx, edit.entity, edit.input, by));
      return outcomes;
    });
  }

  delete(entity: EditedEntity, id: string, by: string): Promise<EditOutcome> {
    return this.write('deleteEntity', (tx) => deleteEntity(tx, entity, id, by));
  }

  restore(entity: EditedEntity, id: string, by: string): Promise<EditOutcome> {
    return this.write('restoreEntity', (tx) => restoreEntity(tx, entity, id, by));
  }

  /** Merges one actor into another (see merge.ts). */
  merge(kept: string, merged: string, take: readonly string[], by: string): Promise<EditOutcome> {
    return this.write('mergeActors', (tx) => mergeActors(tx, kept, merged, take, by));
  }

  /** Reverts one journal entry (see undo.ts). */
  undo(changeId: string, by: string): Promise<EditOutcome & { entity: EditedEntity }> {
    return this.write('undoChange', (tx) => undoChange(tx, changeId, by));
  }

  history(entity: EditedEntity, id: string, limit: number): Promise<ChangeEntry[]> {
    return this.read((tx) => historyOf(tx, entity, id, limit));
  }

  changes(range: { since?: string | null; until?: string | null }, limit: number, withoutPeople = false): Promise<ChangeEntry[]> {
    return this.read((tx) => journal(tx, range, limit, withoutPeople));
  }

  bin(limit: number): Promise<BinEntry[]> {
    return this.read((tx) => listBin(tx, limit));
  }
}
