import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { bumpGraphVersion } from '@maillage/schema';
import { EditError } from '../editing/index.js';
import { actorOrBinned, recordChange } from '../editing/journal.js';
import { plain, type Plain } from '../db/values.js';

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
       COLLECT { MATCH (a)-[r:CONSENTED|WITHDREW]->(c:Consent) RETURN c {.*, standing: type(r) = 'CONSENTED'} } AS consents,
       COLLECT { MATCH (p:Proposal {actorId: a.id}) RETURN p {.*} } AS proposals,
       COLLECT { MATCH (a)<-[:CONCERNS]-(c:Change) RETURN c {.*} ORDER BY c.at } AS journal`,
    { id },
    { database, routing: 'READ' },
  );
  if (!records[0]) throw new EditError('NOT_FOUND', id, 'personalData');
  return { exportedAt: new Date().toISOString(), ...(plain(records[0].toObject()) as Record<string, Plain>) };
}

/**
 * What else holds the actor's addresses or id: the other proposals sent from those addresses (pending or rejected),
 * the links that name the actor in others' proposals, and the throttle counts kept under those addresses.
 */
async function eraseTraces(tx: ManagedTransaction, id: string): Promise<void> {
  const found = await tx.run(
    `${ACTOR}
     RETURN [email IN COLLECT { MATCH (p:Proposal {actorId: a.id}) RETURN p.submitterEmail } + [a.contactEmail] WHERE email IS NOT NULL | toLower(email)] AS emails`,
    { id },
  );
  const emails = (found.records[0]?.get('emails') as string[] | undefined) ?? [];
  await tx.run(
    `MATCH (p:Proposal) WHERE p.submitterEmail IN $emails AND p.status IN ['PENDING', 'REJECTED'] DETACH DELETE p`,
    { emails },
  );
  await tx.run(
    `MATCH (t:Throttle) WHERE any(email IN $emails WHERE t.key ENDS WITH ':' + email) DELETE t`,
    { emails },
  );
  const naming = await tx.run('MATCH (p:Proposal) WHERE p.declaration CONTAINS $needle RETURN p.id AS id, p.declaration AS declaration', { needle: JSON.stringify(id) });
  for (const record of naming.records) {
    const declaration = JSON.parse(record.get('declaration') as string) as { links?: { partnerId?: string }[] };
    declaration.links = (declaration.links ?? []).filter((link) => link.partnerId !== id);
    await tx.run('MATCH (p:Proposal {id: $proposal}) SET p.declaration = $declaration', { proposal: record.get('id'), declaration: JSON.stringify(declaration) });
  }
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
      const found = await tx.run(`${ACTOR} RETURN a.kind = 'PERSON' OR a:WasPerson AS person`, { id });
      if (!found.records[0]) throw new EditError('NOT_FOUND', id, 'eraseActor');
      const person = found.records[0].get('person') === true;
      // The researchers' journal leaves out what was ever about a person: the entries stay marked once the node is gone.
      await tx.run(
        `${ACTOR}
         OPTIONAL MATCH (a)<-[:CONCERNS]-(c:Change)
         SET c.before = null, c.after = null, c.entityId = CASE WHEN c.entityId = $id THEN $pseudonym ELSE c.entityId END,
             c.aboutPerson = coalesce(c.aboutPerson, false) OR $person`,
        { id, pseudonym, person },
      );
      await tx.run('MATCH (c:Change {entityId: $id}) SET c.before = null, c.after = null, c.entityId = $pseudonym, c.aboutPerson = coalesce(c.aboutPerson, false) OR $person', { id, pseudonym, person });
      await eraseTraces(tx, id);
      await tx.run(
        `${ACTOR}
         OPTIONAL MATCH (a)-[:CONSENTED|WITHDREW]->(consent:Consent) DETACH DELETE consent
         WITH DISTINCT a OPTIONAL MATCH (p:Proposal {actorId: a.id}) DETACH DELETE p
         WITH DISTINCT a DETACH DELETE a`,
        { id },
      );
      await recordChange(tx, { by, action: 'ERASE', entity: 'ACTOR', entityId: pseudonym, before: null, after: null, concerns: [] });
      await bumpGraphVersion(tx);
    });
    return pseudonym;
  } finally {
    await session.close();
  }
}
