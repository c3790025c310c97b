import type { ManagedTransaction } from 'neo4j-driver';
import { decodeValue, encodeValue, type Encoded } from '../db/values.js';
import { EditError } from './errors.js';
import { recordChange, type ChangeEntry } from './journal.js';
import { snapshotNode, type EditOutcome } from './nodes.js';
import { ACTOR } from './specs.js';

const WHERE = 'mergeActors';

/** The fields an animator may take from the merged actor, field by field; the rest is the kept actor's. */
export const MERGEABLE_FIELDS = [
  'name', 'silo', 'kind', 'ptceRole', 'essMember', 'description', 'website', 'siren', 'siret', 'rna', 'closedInRegistry', 'location',
  'contactName', 'contactEmail', 'contactPhone', 'territoryIds',
] as const;
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

// Relationships the kept actor gains from the merged one (copied: the merged actor keeps its own in the bin, for undo).
const COPIED = [
  { type: 'ACTIVE_IN', target: 'Sector' }, { type: 'OFFERS', target: 'Resource' }, { type: 'NEEDS', target: 'Resource' },
  { type: 'PARTICIPATES_IN', target: 'Project' }, { type: 'CONSENTED', target: 'Consent' }, { type: 'WITHDREW', target: 'Consent' },
] as const;

/** What a merge did, kept on its journal entry so that undoing it puts everything back. */
interface MergeRecord {
  merged: string;
  taken: MergeableField[];
  /** The kept actor's own values of the taken properties, encoded exactly (points, dates). */
  keptValues: Record<string, Encoded>;
  keptTerritories: string[] | null;
  movedLinks: Array<{ id: string; end: 'source' | 'target' }>;
  binnedLinks: string[];
  copied: Array<{ type: string; target: string }>;
  changes: string[];
}

/**
 * Merges actor `merged` into actor `kept`: the fields named in `take` come from `merged`, the others stay; its links
 * move to `kept` (a link between the two goes to the bin), its sectors, resources, projects and consents are added,
 * its history is shown with `kept`'s; then `merged` goes to the bin, marked merged. One journal entry (MERGE)
 * records it all, so that undoing it puts both actors back as they were.
 */
export async function mergeActors(tx: ManagedTransaction, kept: string, merged: string, take: readonly string[], by: string): Promise<EditOutcome> {
  if (kept === merged) throw new EditError('SAME_ACTOR', 'merge', WHERE);
  const unknown = take.find((field) => !(MERGEABLE_FIELDS as readonly string[]).includes(field));
  if (unknown) throw new EditError('NOT_MERGEABLE', unknown, WHERE);
  const [before, other] = [await snapshotNode(tx, ACTOR, kept), await snapshotNode(tx, ACTOR, merged)];
  if (!before) throw new EditError('NOT_FOUND', kept, WHERE);
  if (!other) throw new EditError('NOT_FOUND', merged, WHERE);
  // A person's record and an organisation's are never one: their rules of publication differ.
  if ((before.kind === 'PERSON') !== (other.kind === 'PERSON')) throw new EditError('PERSON_AND_ORGANISATION', 'merge', WHERE);
  const taken = [...new Set(take)] as MergeableField[];
  const properties = taken.filter((field) => field !== 'territoryIds').flatMap((field) => (field === 'location' ? ['location', 'locationApproximate'] : [field]));

  const keptRaw = await tx.run('MATCH (k:Actor {id: $kept}) RETURN properties(k) AS properties', { kept });
  const own = keptRaw.records[0]!.get('properties') as Record<string, unknown>;
  const record: MergeRecord = {
    merged, taken, keptValues: Object.fromEntries(properties.map((field) => [field, encodeValue(own[field] ?? null)])),
    keptTerritories: null, movedLinks: [], binnedLinks: [], copied: [], changes: [],
  };
  await tx.run(
    `MATCH (k:Actor {id: $kept}), (m:Actor {id: $merged}) UNWIND $properties AS field CALL (k, m, field) { SET k[field] = m[field] }`,
    { kept, merged, properties },
  );
  if (taken.includes('territoryIds')) {
    const places = await tx.run('MATCH (k:Actor {id: $kept})-[l:LOCATED_IN]->(t) WITH l, t.id AS id DELETE l RETURN collect(id) AS ids', { kept });
    record.keptTerritories = places.records[0]!.get('ids') as string[];
    await tx.run('MATCH (k:Actor {id: $kept}), (m:Actor {id: $merged})-[:LOCATED_IN]->(t) MERGE (k)-[:LOCATED_IN]->(t)', { kept, merged });
  }
  for (const { type, target } of COPIED) {
    const created = await tx.run(
      `MATCH (m:Actor {id: $merged})-[r:${type}]->(x:${target}), (k:Actor {id: $kept})
       WHERE NOT EXISTS { (k)-[:${type}]->(x) }
       CREATE (k)-[c:${type}]->(x) SET c = properties(r)
       RETURN elementId(x) AS target`,
      { kept, merged },
    );
    record.copied.push(...created.records.map((row) => ({ type, target: row.get('target') as string })));
  }
  // Links: one between the two goes to the bin; the others move, keeping their ids.
  const between = await tx.run(
    `MATCH (a:Actor)-[r:COOPERATES_WITH]->(b:Actor) WHERE (a.id = $kept AND b.id = $merged) OR (a.id = $merged AND b.id = $kept)
     CREATE (a)-[d:DELETED_COOPERATION]->(b) SET d = properties(r), d.deletedAt = datetime(), d.deletedBy = $by
     WITH r, r.id AS id DELETE r RETURN collect(id) AS ids`,
    { kept, merged, by },
  );
  record.binnedLinks = between.records[0]!.get('ids') as string[];
  for (const end of ['source', 'target'] as const) {
    const pattern = end === 'source' ? '(m:Actor {id: $merged})-[r:COOPERATES_WITH]->(o)' : '(o)-[r:COOPERATES_WITH]->(m:Actor {id: $merged})';
    const moved = await tx.run(
      `MATCH ${pattern}, (k:Actor {id: $kept})
       WITH r, o, k, properties(r) AS props DELETE r
       WITH o, k, props CALL (o, k, props) { ${end === 'source' ? 'CREATE (k)-[n:COOPERATES_WITH]->(o)' : 'CREATE (o)-[n:COOPERATES_WITH]->(k)'} SET n = props }
       RETURN props.id AS id`,
      { kept, merged },
    );
    record.movedLinks.push(...moved.records.map((row) => ({ id: row.get('id') as string, end })));
  }
  const history = await tx.run(
    `MATCH (m:Actor {id: $merged})<-[:CONCERNS]-(c:Change), (k:Actor {id: $kept}) WHERE NOT EXISTS { (c)-[:CONCERNS]->(k) }
     CREATE (c)-[:CONCERNS]->(k) RETURN collect(c.id) AS ids`,
    { kept, merged },
  );
  record.changes = history.records[0]!.get('ids') as string[];
  await tx.run(
    `MATCH (m:Actor {id: $merged}) REMOVE m:Actor SET m:Deleted, m.deletedLabel = 'Actor', m.deletedAt = datetime(), m.deletedBy = $by, m.mergedInto = $kept`,
    { merged, kept, by },
  );
  const after = await snapshotNode(tx, ACTOR, kept);
  const change = await recordChange(tx, { by, action: 'MERGE', entity: 'ACTOR', entityId: kept, before, after, concerns: [kept, merged] });
  await tx.run('MATCH (c:Change {id: $id}) SET c.merge = $merge, c.mergedSnapshot = $snapshot', { id: change.id, merge: JSON.stringify(record), snapshot: JSON.stringify(other) });
  return { id: kept, change };
}

/** Undoes a merge: the merged actor out of the bin, its links moved back, what the kept one gained taken away. */
export async function unmerge(tx: ManagedTransaction, change: ChangeEntry, by: string): Promise<EditOutcome> {
  const found = await tx.run('MATCH (c:Change {id: $id}) RETURN c.merge AS merge', { id: change.id });
  const record = JSON.parse(found.records[0]!.get('merge') as string) as MergeRecord;
  const kept = change.entityId;
  const { merged } = record;
  const current = await snapshotNode(tx, ACTOR, kept);
  const restored = await tx.run(
    `MATCH (m:Deleted {id: $merged}) WHERE m.mergedInto = $kept REMOVE m:Deleted, m.deletedLabel, m.deletedAt, m.deletedBy, m.mergedInto SET m:Actor RETURN count(m) AS n`,
    { merged, kept },
  );
  if (Number(restored.records[0]!.get('n')) === 0) throw new EditError('STATE_CHANGED', merged, 'undoChange');
  for (const { id, end } of record.movedLinks) {
    await tx.run(
      `MATCH (a)-[r:COOPERATES_WITH {id: $id}]->(b), (m:Actor {id: $merged})
       WITH r, a, b, m, properties(r) AS props DELETE r
       WITH a, b, m, props CALL (a, b, m, props) { ${end === 'source' ? 'CREATE (m)-[n:COOPERATES_WITH]->(b)' : 'CREATE (a)-[n:COOPERATES_WITH]->(m)'} SET n = props }`,
      { id, merged },
    );
  }
  await tx.run(
    `MATCH (a)-[d:DELETED_COOPERATION]->(b) WHERE d.id IN $ids
     CREATE (a)-[r:COOPERATES_WITH]->(b) SET r = properties(d) REMOVE r.deletedAt, r.deletedBy WITH d DELETE d`,
    { ids: record.binnedLinks },
  );
  for (const { type, target } of record.copied) {
    await tx.run(`MATCH (k:Actor {id: $kept})-[c:${type}]->(x) WHERE elementId(x) = $target DELETE c`, { kept, target });
  }
  if (record.keptTerritories) {
    await tx.run('MATCH (k:Actor {id: $kept})-[l:LOCATED_IN]->() DELETE l', { kept });
    await tx.run('MATCH (k:Actor {id: $kept}) UNWIND $ids AS id MATCH (t:Territory {id: id}) MERGE (k)-[:LOCATED_IN]->(t)', { kept, ids: record.keptTerritories });
  }
  const values = Object.fromEntries(Object.entries(record.keptValues).map(([field, value]) => [field, decodeValue(value)]));
  await tx.run('MATCH (k:Actor {id: $kept}) SET k += $values', { kept, values });
  await tx.run('MATCH (c:Change)-[l:CONCERNS]->(k:Actor {id: $kept}) WHERE c.id IN $ids DELETE l', { kept, ids: record.changes });
  const after = await snapshotNode(tx, ACTOR, kept);
  const undone = await recordChange(tx, { by, action: 'UPDATE', entity: 'ACTOR', entityId: kept, before: current, after, concerns: [kept, merged] });
  return { id: kept, change: undone };
}
