import { randomUUID } from 'node:crypto';
import type { WorkshopControl, WorkshopInput } from '@maillage/schema';
import { int, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { randomWorkshopCode } from './code.js';
import { WorkshopError } from './errors.js';
import { toWorkshop, WORKSHOP_FIELDS, type WorkshopRecord } from './records.js';

/** After Net-Map (Schiffer): who is here, the links, what is offered and needed, what to start together. */
export const NET_MAP_STEPS = [
  'Qui est là, et avec qui travaillez-vous ? / Who is here, and whom do you work with?',
  'Les liens et leur nature. / The links and their kind.',
  'Ce que vous offrez, ce dont vous avez besoin. / What you offer, what you need.',
  'Les coopérations à lancer. / The cooperations you would start.',
];
export const WORKSHOP_LIMITS = { title: 200, question: 1_000, step: 300, steps: 12, name: 200, note: 1_000 } as const;

function checkText(where: string, field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (!text) {
    if (required) throw new WorkshopError('REQUIRED', where, field);
    return null;
  }
  if (text.length > max) throw new WorkshopError('TOO_LONG', where, field);
  return text;
}

/** A new workshop, open to join, at its first step; its code drawn again on the rare clash. */
export async function createWorkshop(driver: Driver, database: string, input: WorkshopInput, by: string): Promise<WorkshopRecord> {
  const where = 'createWorkshop';
  const steps = (input.steps?.length ? input.steps : NET_MAP_STEPS).map((step, index) => checkText(where, `steps[${index}]`, step, WORKSHOP_LIMITS.step, true)!);
  if (steps.length > WORKSHOP_LIMITS.steps) throw new WorkshopError('TOO_LONG', where, 'steps');
  const votingStep = input.votingStep ?? steps.length - 1;
  if (votingStep < 0 || votingStep >= steps.length) throw new WorkshopError('BAD_STEP', where, String(votingStep));
  const workshop = {
    id: `workshop-${randomUUID()}`,
    title: checkText(where, 'title', input.title, WORKSHOP_LIMITS.title, true),
    question: checkText(where, 'question', input.question, WORKSHOP_LIMITS.question, true),
    date: input.date,
    territoryId: input.territoryId ?? null,
    steps,
    votingStep: int(votingStep),
    anonymity: input.anonymity ?? 'PSEUDONYMOUS',
    moderation: input.moderation ?? 'HELD',
    confidence: input.confidence ?? 0.7,
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const { records } = await driver.executeQuery(
        `OPTIONAL MATCH (t:Territory {id: $workshop.territoryId})
         WITH t WHERE $workshop.territoryId IS NULL OR t IS NOT NULL
         CREATE (w:Workshop) SET w = $workshop, w.code = $code, w.date = date($workshop.date), w.step = 0, w.status = 'OPEN',
           w.writingAlone = false, w.createdBy = $by, w.createdAt = datetime()
         RETURN ${WORKSHOP_FIELDS}`,
        { workshop, code: randomWorkshopCode(), by },
        { database },
      );
      if (!records[0]) throw new WorkshopError('UNKNOWN_REFERENCE', where, 'territoryId');
      return toWorkshop(records[0].get('workshop'));
    } catch (error) {
      const clash = (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
      if (!clash || attempt >= 4) throw error;
    }
  }
}

export async function workshopByCode(driver: Driver, database: string, code: string): Promise<WorkshopRecord | null> {
  const { records } = await driver.executeQuery(`MATCH (w:Workshop {code: $code}) RETURN ${WORKSHOP_FIELDS}`, { code }, { database, routing: 'READ' });
  return records[0] ? toWorkshop(records[0].get('workshop')) : null;
}

export async function workshopById(driver: Driver, database: string, id: string, where: string): Promise<WorkshopRecord> {
  const { records } = await driver.executeQuery(`MATCH (w:Workshop {id: $id}) RETURN ${WORKSHOP_FIELDS}`, { id }, { database, routing: 'READ' });
  if (!records[0]) throw new WorkshopError('NOT_FOUND', where, id);
  return toWorkshop(records[0].get('workshop'));
}

export async function listWorkshops(driver: Driver, database: string, limit: number): Promise<WorkshopRecord[]> {
  const { records } = await driver.executeQuery(`MATCH (w:Workshop) WITH w ORDER BY w.date DESC, w.createdAt DESC LIMIT $limit RETURN ${WORKSHOP_FIELDS}`, { limit: int(limit) }, { database, routing: 'READ' });
  return records.map((record) => toWorkshop(record.get('workshop')));
}

/**
 * The workshop, locked for the rest of the caller's transaction (a closing and an entry never cross), its revision
 * bumped: every process's live events see the change (live.ts).
 */
export async function lockedWorkshop(tx: ManagedTransaction, id: string, where: string): Promise<WorkshopRecord> {
  const { records } = await tx.run(`MATCH (w:Workshop {id: $id}) SET w.revision = coalesce(w.revision, 0) + 1 RETURN ${WORKSHOP_FIELDS}`, { id });
  if (!records[0]) throw new WorkshopError('NOT_FOUND', where, id);
  return toWorkshop(records[0].get('workshop'));
}

export async function readWorkshop(tx: ManagedTransaction, id: string, where: string): Promise<WorkshopRecord> {
  const { records } = await tx.run(`MATCH (w:Workshop {id: $id}) RETURN ${WORKSHOP_FIELDS}`, { id });
  if (!records[0]) throw new WorkshopError('NOT_FOUND', where, id);
  return toWorkshop(records[0].get('workshop'));
}

/** Moves everyone to a step, pauses or reopens joining, starts a write-alone round or reveals it. */
export async function controlWorkshop(tx: ManagedTransaction, id: string, control: WorkshopControl): Promise<WorkshopRecord> {
  const where = 'controlWorkshop';
  const workshop = await lockedWorkshop(tx, id, where);
  if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
  if (control.step != null && (control.step < 0 || control.step >= workshop.steps.length)) throw new WorkshopError('BAD_STEP', where, String(control.step));
  const changes: Record<string, unknown> = {};
  if (control.step != null) changes.step = int(control.step);
  if (control.pauseJoining != null) changes.status = control.pauseJoining ? 'PAUSED' : 'OPEN';
  if (control.writingAlone != null) changes.writingAlone = control.writingAlone;
  // The reveal: what was written alone shows at once.
  if (control.writingAlone === false) await tx.run('MATCH (e:WorkshopEntry {workshopId: $id, hidden: true}) SET e.hidden = false', { id });
  const { records } = await tx.run(`MATCH (w:Workshop {id: $id}) SET w += $changes RETURN ${WORKSHOP_FIELDS}`, { id, changes });
  return toWorkshop(records[0]!.get('workshop'));
}
