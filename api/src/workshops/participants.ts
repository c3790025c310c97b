import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTRY_REF } from './entries.js';
import type { WorkshopRef } from './lookup.js';
import { WorkshopError } from './errors.js';
import { toWorkshop, WORKSHOP_FIELDS, type WorkshopRecord } from './records.js';
import { WORKSHOP_LIMITS } from './workshops.js';

export interface Participant {
  id: string;
  workshopId: string;
}

/** Only the token's hash is stored: a copy of the database opens no participant's session. */
const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Joins a workshop by its code, without an account: a session for this workshop only. The name asked depends on
 * the anonymity: a name, a pseudonym (both deleted at closing unless the participant asks to stay in touch), or
 * none at all, and then none is stored even when one is given.
 */
export interface JoinRequest {
  code: string;
  name?: string | null;
  consent: boolean;
  /** Kept after closing with `contact`, for the facilitators only, when the participant asks to stay in touch. */
  stayInTouch?: boolean | null;
  contact?: string | null;
}

export async function joinWorkshop(driver: Driver, database: string, { code, name: typedName, consent, stayInTouch, contact: typedContact }: JoinRequest): Promise<{ session: string; workshop: WorkshopRecord }> {
  const where = 'joinWorkshop';
  if (!consent) throw new WorkshopError('CONSENT_REQUIRED', where, 'consent');
  const contact = stayInTouch ? typedContact?.trim() || null : null;
  if (stayInTouch && !contact) throw new WorkshopError('REQUIRED', where, 'contact');
  if (contact && contact.length > WORKSHOP_LIMITS.name) throw new WorkshopError('TOO_LONG', where, 'contact');
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(`MATCH (w:Workshop {code: $code}) SET w.revision = coalesce(w.revision, 0) + 1 RETURN ${WORKSHOP_FIELDS}`, { code });
      if (!found.records[0]) throw new WorkshopError('UNKNOWN_CODE', where, 'code');
      const workshop = toWorkshop(found.records[0].get('workshop'));
      if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
      if (workshop.status === 'PAUSED') throw new WorkshopError('JOINING_PAUSED', where);
      const name = workshop.anonymity === 'ANONYMOUS' ? null : typedName?.trim() || null;
      if (workshop.anonymity !== 'ANONYMOUS' && !name) throw new WorkshopError('NAME_REQUIRED', where, workshop.anonymity === 'PSEUDONYMOUS' ? 'pseudonym' : 'name');
      if (name && name.length > WORKSHOP_LIMITS.name) throw new WorkshopError('TOO_LONG', where, 'name');
      const token = randomBytes(24).toString('base64url');
      await tx.run(
        'CREATE (:WorkshopParticipant {id: $id, workshopId: $workshopId, tokenHash: $hash, name: $name, stayInTouch: $stay, contact: $contact, joinedAt: datetime()})',
        { id: randomUUID(), workshopId: workshop.id, hash: hashOf(token), name, stay: contact !== null, contact },
      );
      return { session: token, workshop: { ...workshop, participants: workshop.participants + 1 } };
    });
  } finally {
    await session.close();
  }
}

/** The participant a session token stands for, or null (no token, an unknown one, or a closed workshop's). */
export async function participantOf(driver: Driver, database: string, token: string | undefined): Promise<Participant | null> {
  if (!token) return null;
  const { records } = await driver.executeQuery(
    'MATCH (p:WorkshopParticipant {tokenHash: $hash}) RETURN p.id AS id, p.workshopId AS workshopId',
    { hash: hashOf(token) },
    { database, routing: 'READ' },
  );
  const row = records[0];
  return row ? { id: row.get('id') as string, workshopId: row.get('workshopId') as string } : null;
}

export function requireParticipant(participant: Participant | null, where: string): Participant {
  if (!participant) throw new WorkshopError('NO_SESSION', where);
  return participant;
}

export interface Contact {
  name: string | null;
  contact: string;
}

/** Those who asked to stay in touch: for the facilitators, the only trace of participants kept after closing. */
export async function contactsOf(driver: Driver, database: string, workshopId: string): Promise<Contact[]> {
  const { records } = await driver.executeQuery(
    'MATCH (p:WorkshopParticipant {workshopId: $workshopId, stayInTouch: true}) RETURN p.name AS name, p.contact AS contact ORDER BY p.joinedAt',
    { workshopId },
    { database, routing: 'READ' },
  );
  return records.map((record) => record.toObject() as unknown as Contact);
}

/**
 * The organisation a participant speaks for (an actor or `entry:<id>`): what the summary counts by silo. Kept on the
 * session, so deleted with it at closing.
 */
export async function chooseOrganisation(tx: ManagedTransaction, participant: Participant, ref: string): Promise<void> {
  await tx.run('MATCH (p:WorkshopParticipant {id: $id}) SET p.organisation = $ref', { id: participant.id, ref });
}

/** The participant's own organisation, as the lookup names it, if they chose one. */
export async function organisationOf(driver: Driver, database: string, participant: Participant): Promise<WorkshopRef | null> {
  const { records } = await driver.executeQuery(
    `MATCH (p:WorkshopParticipant {id: $id}) WHERE p.organisation IS NOT NULL
     OPTIONAL MATCH (a:Actor {id: p.organisation}) OPTIONAL MATCH (e:WorkshopEntry {id: substring(p.organisation, size($prefix))}) WHERE p.organisation STARTS WITH $prefix
     RETURN p.organisation AS id, coalesce(a.name, e.name) AS name, coalesce(a.silo, e.silo) AS silo, null AS commune, e IS NOT NULL AS proposed`,
    { id: participant.id, prefix: ENTRY_REF },
    { database, routing: 'READ' },
  );
  return records[0] && records[0].get('name') ? (records[0].toObject() as unknown as WorkshopRef) : null;
}
