import type { WorkshopAnonymity, WorkshopEntryKind, WorkshopEntryStatus, WorkshopModeration, WorkshopStatus } from '@maillage/schema';
import { plain, toNumber } from '../db/values.js';

export interface WorkshopRecord {
  id: string;
  code: string;
  title: string;
  date: string;
  territoryId: string | null;
  question: string;
  steps: string[];
  step: number;
  votingStep: number;
  anonymity: WorkshopAnonymity;
  moderation: WorkshopModeration;
  status: WorkshopStatus;
  writingAlone: boolean;
  confidence: number;
  participants: number;
  /** Bumped by every write to the workshop: what the live events compare. */
  revision: number;
}

export interface EntryRecord {
  id: string;
  workshopId: string;
  participantId: string | null;
  kind: WorkshopEntryKind;
  status: WorkshopEntryStatus;
  hidden: boolean;
  name: string | null;
  silo: string | null;
  actorKind: string | null;
  communeId: string | null;
  from: string | null;
  to: string | null;
  linkKind: string | null;
  resourceKind: string | null;
  note: string | null;
  mergedWith: string | null;
  author: string | null;
  fromName: string | null;
  toName: string | null;
  mergedWithName: string | null;
}

/** Cypher's projection of a workshop `w`, with the participants who joined it. */
export const WORKSHOP_FIELDS = `w {.id, .code, .title, date: toString(w.date), .territoryId, .question, .steps, .step, votingStep: coalesce(w.votingStep, size(w.steps) - 1), .anonymity, .moderation,
  .status, .writingAlone, .confidence, revision: coalesce(w.revision, 0), participants: COUNT { (joined:WorkshopParticipant {workshopId: w.id}) WHERE joined.tokenHash IS NOT NULL }} AS workshop`;

/** The name a reference stands for: a graph actor's (never a person's), or that of an organisation proposed. */
function refName(ref: string): string {
  return `coalesce(head(COLLECT { MATCH (named:Actor {id: ${ref}}) WHERE named.kind <> 'PERSON' RETURN named.name }),
    head(COLLECT { MATCH (proposed:WorkshopEntry {id: substring(${ref}, 6)}) WHERE ${ref} STARTS WITH 'entry:' RETURN proposed.name }))`;
}

/** Cypher's projection of an entry `e`, with its author's name when the workshop keeps one (`p`, optional). */
export const entryMap = (author: string): string => `e {.*, author: ${author}, fromName: ${refName('e.from')}, toName: ${refName('e.to')}, mergedWithName: ${refName('e.mergedWith')}}`;
export const ENTRY_FIELDS = `${entryMap('p.name')} AS entry`;

export function toWorkshop(row: unknown): WorkshopRecord {
  const record = plain(row) as Record<string, unknown>;
  return { ...record, step: toNumber(record.step) ?? 0, votingStep: toNumber(record.votingStep) ?? 0, participants: toNumber(record.participants) ?? 0, revision: toNumber(record.revision) ?? 0 } as unknown as WorkshopRecord;
}

const ENTRY_KEYS = ['id', 'workshopId', 'participantId', 'kind', 'status', 'hidden', 'name', 'silo', 'actorKind', 'communeId', 'from', 'to', 'linkKind', 'resourceKind', 'note', 'mergedWith', 'author', 'fromName', 'toName', 'mergedWithName'] as const;

export function toEntry(row: unknown): EntryRecord {
  const record = plain(row) as Record<string, unknown>;
  return Object.fromEntries(ENTRY_KEYS.map((key) => [key, record[key] ?? (key === 'hidden' ? false : null)])) as unknown as EntryRecord;
}
