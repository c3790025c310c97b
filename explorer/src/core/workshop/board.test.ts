import { describe, expect, it } from 'vitest';
import { boardElements, nodeOf, placeNear, percent, type Board, type Entry } from './board.js';

const entry = (fields: Partial<Entry>): Entry => ({
  id: 'x', kind: 'ORGANISATION', status: 'APPROVED', hidden: false, name: null, silo: null, actorKind: null, communeId: null, from: null, to: null,
  linkKind: null, resourceKind: null, note: null, mergedWith: null, author: null, fromName: null, toName: null, mergedWithName: null, ...fields,
});

const board = (entries: Entry[], actors: Board['actors'] = []): Board => ({
  workshop: {} as Board['workshop'], entries, actors, counters: { participants: 0, organisations: 0, links: 0, crossSiloShare: null },
});

describe('boardElements', () => {
  it('adds proposed organisations, the graph actors the links name, and the links whose two ends are shown', () => {
    const elements = boardElements(board([
      entry({ id: 'o1', name: 'Jardin (fictif)', silo: 'POPULATION', actorKind: 'ASSOCIATION' }),
      entry({ id: 'o2', name: 'Doublon', silo: 'PUBLIC', mergedWith: 'mairie' }),
      entry({ id: 'l1', kind: 'LINK', from: 'entry:o1', to: 'entry:o2', linkKind: 'FUNDING' }),
      entry({ id: 'l2', kind: 'LINK', from: 'entry:o1', to: 'far' }),
      entry({ id: 'l3', kind: 'LINK', from: 'entry:o1', to: 'entry:held' }),
    ], [{ id: 'far', name: 'Loin', silo: 'PRIVATE' }]), new Set(['mairie']));
    expect(elements.map((element) => [element.group, element.data.id, element.data.source ?? null, element.data.target ?? null])).toEqual([
      ['nodes', 'entry:o1', null, null], ['nodes', 'far', null, null], ['edges', 'entry:l1', 'entry:o1', 'mairie'], ['edges', 'entry:l2', 'entry:o1', 'far'],
    ]);
    expect(elements.every((element) => element.classes === 'workshop')).toBe(true);
  });

  it('names the merged actor for a merged organisation', () => {
    expect(nodeOf('entry:o2', [entry({ id: 'o2', mergedWith: 'mairie' })])).toBe('mairie');
    expect(nodeOf('mairie', [])).toBe('mairie');
  });
});

describe('placeNear', () => {
  it('puts a newcomer beside its partners, and newcomers without partners on a spiral, never on one another', () => {
    const near = placeNear([{ x: 0, y: 0 }, { x: 100, y: 0 }], { x: 500, y: 500 }, 0);
    expect(Math.hypot(near.x - 50, near.y)).toBeCloseTo(60);
    const alone = [0, 1, 2].map((nth) => placeNear([], { x: 0, y: 0 }, nth));
    expect(new Set(alone.map((point) => `${Math.round(point.x)},${Math.round(point.y)}`)).size).toBe(3);
  });
});

describe('percent', () => {
  it('reads a share, or a dash', () => {
    expect(percent(0.5, 'fr')).toMatch(/^50\s%$/);
    expect(percent(null, 'en')).toBe('—');
  });
});
