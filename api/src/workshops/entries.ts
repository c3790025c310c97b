import { randomUUID } from 'node:crypto';
import type { WorkshopEntryInput } from '@maillage/schema';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { WorkshopError } from './errors.js';
import type { Participant } from './participants.js';
import { ENTRY_FIELDS, toEntry, type EntryRecord, type WorkshopRecord } from './records.js';
import { lockedWorkshop, WORKSHOP_LIMITS } from './workshops.js';

/** How a link or a resource names an organisation proposed in the same workshop. */
export const ENTRY_REF = 'entry:';

type EntryProperties = Record<string, string | null>;

const FIELDS_BY_KIND = {
  ORGANISATION: { required: ['name', 'silo', 'actorKind'], optional: ['communeId', 'note'] },
  LINK: { required: ['from', 'to', 'linkKind'], optional: ['note'] },
  OFFER: { required: ['from', 'name', 'resourceKind'], optional: ['note'] },
  NEED: { required: ['from', 'name', 'resourceKind'], optional: ['note'] },
} as const;
const ALL_FIELDS = ['name', 'silo', 'actorKind', 'communeId', 'from', 'to', 'linkKind', 'resourceKind', 'note'] as const;

/** The entry's properties for its kind (the others cleared), each checked; enums are checked by GraphQL. */
export function entryProperties(input: WorkshopEntryInput, where: string): EntryProperties {
  const fields = FIELDS_BY_KIND[input.kind];
  const properties: EntryProperties = Object.fromEntries(ALL_FIELDS.map((field) => [field, null]));
  for (const field of [...fields.required, ...fields.optional] as (typeof ALL_FIELDS)[number][]) {
    const value = input[field]?.trim() || null;
    if (value && value.length > (field === 'note' ? WORKSHOP_LIMITS.note : WORKSHOP_LIMITS.name)) throw new WorkshopError('TOO_LONG', where, field);
    properties[field] = value;
  }
  for (const field of fields.required) if (!properties[field]) throw new WorkshopError('REQUIRED', where, field);
  // A workshop maps organisations: a person would be personal data on a public screen.
  if (properties.actorKind === 'PERSON') throw new WorkshopError('ORGANISATIONS_ONLY', where, 'actorKind');
  if (input.kind === 'LINK' && properties.from === properties.to) throw new WorkshopError('SAME_ACTOR', where, 'to');
  return properties;
}

/** Every organisation an entry names is an actor of the graph or an organisation proposed in this workshop. */
async function checkReferences(tx: ManagedTransaction, workshopId: string, properties: EntryProperties, where: string): Promise<void> {
  for (const field of ['from', 'to'] as const) {
    const ref = properties[field];
    if (ref) await assertOrganisation(tx, workshopId, ref, field, where);
  }
  if (properties.communeId) await assertCommune(tx, properties.communeId, where);
}

/** `ref` names an organisation of the graph (never a person) or one proposed in this workshop and still standing. */
export async function assertOrganisation(tx: ManagedTransaction, workshopId: string, ref: string, field: string, where: string): Promise<void> {
  const query = ref.startsWith(ENTRY_REF)
    ? `MATCH (e:WorkshopEntry {id: $id, workshopId: $workshopId, kind: 'ORGANISATION'}) WHERE NOT e.status IN ['REJECTED', 'WITHDRAWN'] RETURN count(e) > 0 AS found`
    : "MATCH (a:Actor {id: $id}) WHERE a.kind <> 'PERSON' RETURN count(a) > 0 AS found";
  const { records } = await tx.run(query, { id: ref.startsWith(ENTRY_REF) ? ref.slice(ENTRY_REF.length) : ref, workshopId });
  if (records[0]?.get('found') !== true) throw new WorkshopError('UNKNOWN_REFERENCE', where, field);
}

export async function assertCommune(tx: ManagedTransaction, id: string, where: string): Promise<void> {
  const { records } = await tx.run("MATCH (t:Territory {id: $id, level: 'COMMUNE'}) RETURN count(t) > 0 AS found", { id });
  if (records[0]?.get('found') !== true) throw new WorkshopError('UNKNOWN_REFERENCE', where, 'communeId');
}

function open(workshop: WorkshopRecord, where: string): void {
  if (workshop.status === 'CLOSED') throw new WorkshopError('CLOSED', where);
}

/** Shown at once, or held for the facilitator, as the workshop says; hidden from the projector in a write-alone round. */
function arrivalStatus(workshop: WorkshopRecord): { status: string; hidden: boolean } {
  return { status: workshop.moderation === 'IMMEDIATE' ? 'APPROVED' : 'PENDING', hidden: workshop.writingAlone };
}

/** One write transaction of the workshop's, on its own session. */
export async function write<T>(driver: Driver, database: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

export function addEntry(driver: Driver, database: string, participant: Participant, input: WorkshopEntryInput): Promise<EntryRecord> {
  const where = 'addWorkshopEntry';
  const properties = entryProperties(input, where);
  return write(driver, database, async (tx) => {
    const workshop = await lockedWorkshop(tx, participant.workshopId, where);
    open(workshop, where);
    await checkReferences(tx, workshop.id, properties, where);
    const { records } = await tx.run(
      `MATCH (p:WorkshopParticipant {id: $participantId})
       CREATE (e:WorkshopEntry) SET e = $properties, e.id = $id, e.workshopId = $workshopId, e.participantId = p.id, e.kind = $kind,
         e.status = $arrival.status, e.hidden = $arrival.hidden, e.step = $step, e.createdAt = datetime(), e.updatedAt = datetime()
       RETURN ${ENTRY_FIELDS}`,
      { properties, id: randomUUID(), workshopId: workshop.id, participantId: participant.id, kind: input.kind, arrival: arrivalStatus(workshop), step: workshop.step },
    );
    return toEntry(records[0]!.get('entry'));
  });
}

/** The participant's own entry, still theirs to change (not withdrawn, rejected or merged by the facilitator). */
async function ownEntry(tx: ManagedTransaction, participant: Participant, id: string, where: string): Promise<EntryRecord> {
  const { records } = await tx.run(`MATCH (e:WorkshopEntry {id: $id, workshopId: $workshopId}) OPTIONAL MATCH (p:WorkshopParticipant {id: e.participantId}) RETURN ${ENTRY_FIELDS}`, { id, workshopId: participant.workshopId });
  if (!records[0]) throw new WorkshopError('NOT_FOUND', where, id);
  const entry = toEntry(records[0].get('entry'));
  if (entry.participantId !== participant.id) throw new WorkshopError('NOT_YOURS', where, id);
  if (entry.status === 'WITHDRAWN' || entry.status === 'REJECTED' || entry.mergedWith) throw new WorkshopError('ALREADY_DECIDED', where, id);
  return entry;
}

export function changeEntry(driver: Driver, database: string, participant: Participant, id: string, input: WorkshopEntryInput): Promise<EntryRecord> {
  const where = 'changeWorkshopEntry';
  const properties = entryProperties(input, where);
  return write(driver, database, async (tx) => {
    const workshop = await lockedWorkshop(tx, participant.workshopId, where);
    open(workshop, where);
    await ownEntry(tx, participant, id, where);
    await checkReferences(tx, workshop.id, properties, where);
    // A changed entry is looked at again when the workshop holds entries for approval.
    const { records } = await tx.run(
      `MATCH (e:WorkshopEntry {id: $id}) SET e += $properties, e.kind = $kind, e.status = $status, e.updatedAt = datetime()
       WITH e OPTIONAL MATCH (p:WorkshopParticipant {id: e.participantId}) RETURN ${ENTRY_FIELDS}`,
      { id, properties, kind: input.kind, status: arrivalStatus(workshop).status },
    );
    return toEntry(records[0]!.get('entry'));
  });
}

export function withdrawEntry(driver: Driver, database: string, participant: Participant, id: string): Promise<EntryRecord> {
  const where = 'withdrawWorkshopEntry';
  return write(driver, database, async (tx) => {
    open(await lockedWorkshop(tx, participant.workshopId, where), where);
    await ownEntry(tx, participant, id, where);
    const { records } = await tx.run(
      `MATCH (e:WorkshopEntry {id: $id}) SET e.status = 'WITHDRAWN', e.updatedAt = datetime()
       WITH e OPTIONAL MATCH (p:WorkshopParticipant {id: e.participantId}) RETURN ${ENTRY_FIELDS}`,
      { id },
    );
    return toEntry(records[0]!.get('entry'));
  });
}

export async function entriesOf(driver: Driver, database: string, participant: Participant): Promise<EntryRecord[]> {
  const { records } = await driver.executeQuery(
    `MATCH (e:WorkshopEntry {workshopId: $workshopId, participantId: $participantId}) OPTIONAL MATCH (p:WorkshopParticipant {id: e.participantId})
     RETURN ${ENTRY_FIELDS} ORDER BY e.createdAt DESC`,
    { workshopId: participant.workshopId, participantId: participant.id },
    { database, routing: 'READ' },
  );
  return records.map((record) => toEntry(record.get('entry')));
}
