import { describe, expect, it } from 'vitest';
import { feedEntries } from './entries.js';
import type { DeskActor, FreshnessDesk } from './types.js';

const actor = (id: string, name: string, updatedAt: string | null = '2023-01-05T08:00:00Z'): DeskActor =>
  ({ id, name, silo: 'POPULATION', kind: 'ASSOCIATION', updatedAt, href: `/?actor=${id}` });

const DESK: FreshnessDesk = {
  today: '2025-06-15',
  coverageMonths: 12,
  needDays: 30,
  staleActors: { total: 3, items: [{ actor: actor('vieux', 'Vieux club'), lastChangedBy: 'anne@example.org', lastChangedAt: '2023-01-05T08:00:00.000Z', why: 'fr / en' }] },
  unofferedNeeds: { total: 1, items: [{ actor: actor('jardin', 'Jardin <partagé>'), resource: { id: 'local', name: 'Local & atelier' }, since: '2025-05-01', days: 45, why: 'fr / en' }] },
  isolatedActors: { total: 1, items: [{ actor: actor('seul', 'Seul', null), why: 'Seul n’a aucun lien. / Seul has no link.' }] },
  cutPoints: { total: 1, items: [{ actor: actor('pont', 'Pont'), cutOff: 4, why: 'Sans Pont… / Without Pont…' }] },
};

describe('feed entries', () => {
  it('make one entry an item, list after list, each with a stable id, its link and a date', () => {
    const entries = feedEntries(DESK);
    expect(entries.map((entry) => [entry.id, entry.kind, entry.href, entry.updated])).toEqual([
      ['urn:maillage:freshness:stale:vieux', 'stale', '/?actor=vieux', '2023-01-05T08:00:00.000Z'],
      ['urn:maillage:freshness:need:jardin:local', 'need', '/?actor=jardin', '2025-05-01T00:00:00.000Z'],
      // No date for the record: the desk's day.
      ['urn:maillage:freshness:isolated:seul', 'isolated', '/?actor=seul', '2025-06-15T00:00:00.000Z'],
      ['urn:maillage:freshness:cut-point:pont', 'cut-point', '/?actor=pont', '2023-01-05T08:00:00.000Z'],
    ]);
  });

  it('are titled in French and summed up in French then English', () => {
    const entries = feedEntries(DESK);
    expect(entries.map((entry) => entry.title)).toEqual([
      'À revoir : Vieux club', 'Besoin sans offre : Jardin <partagé> — Local & atelier', 'Acteur isolé : Seul', 'Point de fragilité : Pont (4 acteurs coupés)',
    ]);
    expect(entries.every((entry) => entry.summary.includes(' / '))).toBe(true);
    expect(entries[1]!.resource).toEqual({ id: 'local', name: 'Local & atelier' });
  });

  it('never carry who changed a record: an account address stays on the desk', () => {
    expect(JSON.stringify(feedEntries(DESK))).not.toContain('@');
  });

  it('name a person only as "une personne / a person": a feed leaves Maillage', () => {
    const person: DeskActor = { ...actor('personne-1', 'Claude Témoin'), kind: 'PERSON' };
    const desk: FreshnessDesk = { ...DESK, isolatedActors: { total: 1, items: [{ actor: person, why: 'Claude Témoin n’a aucun lien. / Claude Témoin has no link.' }] } };
    const entry = feedEntries(desk).find((item) => item.kind === 'isolated')!;
    expect(entry).toMatchObject({ title: 'Acteur isolé : une personne', summary: 'une personne n’a aucun lien. / a person has no link.', actor: { name: 'une personne' } });
    expect(JSON.stringify(feedEntries(desk))).not.toContain('Claude');
  });
});
