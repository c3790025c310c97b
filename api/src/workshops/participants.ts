import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
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
export async function joinWorkshop(driver: Driver, database: string, code: string, typedName: string | null | undefined, consent: boolean): Promise<{ session: string; workshop: WorkshopRecord }> {
  const where = 'joinWorkshop';
  if (!consent) throw new WorkshopError('CONSENT_REQUIRED', where, 'consent');
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(`MATCH (w:Workshop {code: $code}) RETURN ${WORKSHOP_FIELDS}`, { code });
      if (!found.records[0]) throw new WorkshopError('UNKNOWN_CODE', where, 'code');
      const workshop = toWorkshop(found.records[0].get('workshop'));
      if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
      if (workshop.status === 'PAUSED') throw new WorkshopError('JOINING_PAUSED', where);
      const name = workshop.anonymity === 'ANONYMOUS' ? null : typedName?.trim() || null;
      if (workshop.anonymity !== 'ANONYMOUS' && !name) throw new WorkshopError('NAME_REQUIRED', where, workshop.anonymity === 'PSEUDONYMOUS' ? 'pseudonym' : 'name');
      if (name && name.length > WORKSHOP_LIMITS.name) throw new WorkshopError('TOO_LONG', where, 'name');
      const token = randomBytes(24).toString('base64url');
      await tx.run(
        'CREATE (:WorkshopParticipant {id: $id, workshopId: $workshopId, tokenHash: $hash, name: $name, joinedAt: datetime()})',
        { id: randomUUID(), workshopId: workshop.id, hash: hashOf(token), name },
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
