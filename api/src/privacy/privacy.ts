import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { EditError } from '../editing/index.js';
import { actorOrBinned, recordChange } from '../editing/journal.js';
import { toNumber } from '../db/integers.js';
import { plain, type Plain } from '../editing/values.js';

/** An actor in the graph or in the bin: what the rights of access and erasure apply to. */
const ACTOR = actorOrBinned('a', '$id');

/**
 * Everything Maillage holds about one actor, for the right of access: its record (contact fields included), its
 * links, resources, projects, the consents it gave, the proposals it made and the journal entries about it.
 */
export async function personalData(driver: Driver, database: string, id: string): Promise<Record<string, Plain>> {
  const { records } = await driver.executeQuery(
    `${ACTOR}
     RETURN a {.*, labels: labels(a)} AS actor,
       COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Sector) RETURN s.name } AS sectors,
       COLLECT { MATCH (a)-[:LOCATED_IN]->(t:Territory) RETURN t.name } AS territories,
       COLLECT { MATCH (a)-[r:OFFERS|NEEDS]->(x:Resource) RETURN {relation: type(r), resource: x.name, note: r.note} } AS resources,
       COLLECT { MATCH (a)-[r:COOPERATES_WITH|DELETED_COOPERATION]-(p) RETURN r {.*, relation: type(r), partner: p.name} } AS links,
       COLLECT { MATCH (a)-[r:PARTICIPATES_IN]->(p:Project) RETURN {project: p.title, role: r.role} } AS projects,
       COLLECT { MATCH (a)-[:CONSENTED]->(c:Consent) RETURN c {.*} } AS consents,
       COLLECT { MATCH (p:Proposal {actorId: a.id}) RETURN p {.*} } AS proposals,
       COLLECT { MATCH (a)<-[:CONCERNS]-(c:Change) RETURN c {.*} ORDER BY c.at } AS journal`,
    { id },
    { database, routing: 'READ' },
  );
  if (!records[0]) throw new EditError('NOT_FOUND', id, 'personalData');
  return { exportedAt: new Date().toISOString(), ...(plain(records[0].toObject()) as Record<string, Plain>) };
}

/**
 * The right to erasure, in one transaction: the actor goes for good (not to the bin), with its links, consents
 * and proposals; journal entries about it lose their details and its id (a pseudonym stands in); an ERASE entry
 * records that it happened, and by whom. Backups made afterwards hold nothing of it.
 */
export async function eraseActor(driver: Driver, database: string, id: string, by: string): Promise<string> {
  const pseudonym = `erased-${randomUUID()}`;
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const found = await tx.run(`${ACTOR} RETURN count(a) AS n`, { id });
      if (toNumber(found.records[0]?.get('n')) === 0) throw new EditError('NOT_FOUND', id, 'eraseActor');
      await tx.run(
        `${ACTOR}
         OPTIONAL MATCH (a)<-[:CONCERNS]-(c:Change)
         SET c.before = null, c.after = null, c.entityId = CASE WHEN c.entityId = $id THEN $pseudonym ELSE c.entityId END`,
        { id, pseudonym },
      );
      await tx.run('MATCH (c:Change {entityId: $id}) SET c.before = null, c.after = null, c.entityId = $pseudonym', { id, pseudonym });
      await tx.run(
        `${ACTOR}
         OPTIONAL MATCH (a)-[:CONSENTED]->(consent:Consent) DETACH DELETE consent
         WITH DISTINCT a OPTIONAL MATCH (p:Proposal {actorId: a.id}) DETACH DELETE p
         WITH DISTINCT a DETACH DELETE a`,
        { id },
      );
      await recordChange(tx, { by, action: 'ERASE', entity: 'ACTOR', entityId: pseudonym, before: null, after: null, concerns: [] });
    });
    return pseudonym;
  } finally {
    await session.close();
  }
}
