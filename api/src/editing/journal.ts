import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ChangeAction, EditedEntity } from '@maillage/schema';
import { CONTACT_FIELDS } from './specs.js';
import { plain, type Plain } from '../db/values.js';

export type Snapshot = Record<string, Plain>;

export interface ChangeEntry {
  id: string;
  at: string;
  by: string;
  action: ChangeAction;
  entity: EditedEntity;
  entityId: string;
  before: Snapshot | null;
  after: Snapshot | null;
  /** The entry this one undoes, when it is an undo. */
  undoes?: string | null;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * A Cypher subquery binding `variable` to the actor whose id is `id`, in the graph or in the bin; `scope` lists
 * the outer variables it reads (Cypher 5's `CALL (…)`).
 */
export function actorOrBinned(variable: string, id: string, scope = ''): string {
  return `CALL (${scope}) { MATCH (${variable}:Actor {id: ${id}}) RETURN ${variable}
    UNION MATCH (${variable}:Deleted {id: ${id}}) WHERE ${variable}.deletedLabel = 'Actor' RETURN ${variable} }`;
}

/** The fields whose value differs between two snapshots, each as JSON before and after. */
export function fieldChanges(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const json = (snapshot: Snapshot | null, field: string): string | null => (snapshot && snapshot[field] !== undefined && snapshot[field] !== null ? JSON.stringify(snapshot[field]) : null);
  return fields.map((field) => ({ field, before: json(before, field), after: json(after, field) })).filter((change) => change.before !== change.after);
}

/**
 * Writes one journal entry in the edit's own transaction: it exists exactly when the edit does. `concerns` links
 * it to the actors it is about, so that an actor's history also shows its links' changes.
 */
export async function recordChange(
  tx: ManagedTransaction,
  change: Omit<ChangeEntry, 'id' | 'at'> & { concerns: string[] },
): Promise<ChangeEntry> {
  const id = randomUUID();
  const result = await tx.run(
    `CREATE (c:Change {id: $id, at: datetime(), by: $by, action: $action, entity: $entity, entityId: $entityId, before: $before, after: $after})
     WITH c
     CALL (c) {
       UNWIND $concerns AS actorId
       ${actorOrBinned('n', 'actorId', 'actorId')}
       MERGE (c)-[:CONCERNS]->(n)
     }
     CALL (c) {
       MATCH (c)-[:CONCERNS]->(n)
       WHERE n.kind = 'PERSON' OR n:WasPerson OR (n.id = $entityId AND $wasPerson)
       SET n:WasPerson
       WITH DISTINCT n
       MATCH (n)<-[:CONCERNS]-(entry:Change)
       SET entry.aboutPerson = true
     }
     RETURN toString(c.at) AS at`,
    {
      id, by: change.by, action: change.action, entity: change.entity, entityId: change.entityId,
      wasPerson: change.entity === 'ACTOR' && (change.before?.kind === 'PERSON' || change.after?.kind === 'PERSON'),
      before: change.before ? JSON.stringify(change.before) : null, after: change.after ? JSON.stringify(change.after) : null,
      concerns: [...new Set(change.concerns)],
    },
  );
  return { id, at: result.records[0]!.get('at') as string, by: change.by, action: change.action, entity: change.entity, entityId: change.entityId, before: change.before, after: change.after };
}

export function toChangeEntry(row: Record<string, unknown>): ChangeEntry {
  const parse = (text: unknown): Snapshot | null => (typeof text === 'string' ? (JSON.parse(text) as Snapshot) : null);
  return {
    id: row.id as string,
    at: String(plain(row.at)),
    by: row.by as string,
    action: row.action as ChangeAction,
    entity: row.entity as EditedEntity,
    entityId: row.entityId as string,
    before: parse(row.before),
    after: parse(row.after),
    undoes: (row.undoes as string | null | undefined) ?? null,
  };
}

/**
 * True for a journal entry `c` about anyone who is or ever was a person: what researchers' journal leaves out. An
 * actor once saved as a person keeps the label `WasPerson`, and every entry about it is marked `aboutPerson`, which
 * stays when the actor is erased.
 */
export const CONCERNS_A_PERSON = "(coalesce(c.aboutPerson, false) OR EXISTS { MATCH (c)-[:CONCERNS]->(p) WHERE p.kind = 'PERSON' OR p:WasPerson })";

export const CHANGE_FIELDS = 'c.id AS id, c.at AS at, c.by AS by, c.action AS action, c.entity AS entity, c.entityId AS entityId, c.before AS before, c.after AS after, c.undoes AS undoes';

/**
 * The journal as researchers read it: no contact field, and who made a change is only "an animator" (the
 * address of a member of staff is personal data too). Changes that concern a person are left out by the query.
 */
export function withoutPersonalData(change: ChangeEntry): ChangeEntry {
  const strip = (snapshot: Snapshot | null): Snapshot | null => (snapshot ? Object.fromEntries(Object.entries(snapshot).filter(([field]) => !(CONTACT_FIELDS as readonly string[]).includes(field))) : null);
  return { ...change, by: change.by.startsWith('import:') ? 'import' : 'animator', before: strip(change.before), after: strip(change.after) };
}
