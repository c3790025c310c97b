import { describe, expect, it } from 'vitest';
import { boardCounters } from './counters.js';
import type { EntryRecord } from './records.js';

const entry = (fields: Partial<EntryRecord>): EntryRecord => ({
  id: 'x', workshopId: 'w', participantId: null, kind: 'ORGANISATION', status: 'APPROVED', hidden: false, name: null, silo: null, actorKind: null,
  communeId: null, from: null, to: null, linkKind: null, resourceKind: null, note: null, mergedWith: null, author: null, fromName: null, toName: null, mergedWithName: null, ...fields,
});

describe('boardCounters', () => {
  it('counts organisations, links and the share of links across silos, merged organisations taking their actor’s silo', () => {
    const entries = [
      entry({ id: 'o1', silo: 'POPULATION' }),
      entry({ id: 'o2', silo: 'PRIVATE', mergedWith: 'mairie' }),
      entry({ id: 'l1', kind: 'LINK', from: 'entry:o1', to: 'mairie' }),
      entry({ id: 'l2', kind: 'LINK', from: 'entry:o2', to: 'mairie' }),
      entry({ id: 'l3', kind: 'LINK', from: 'entry:o1', to: 'unknown' }),
    ];
    expect(boardCounters(entries, new Map([['mairie', 'PUBLIC']]), 4)).toEqual({ participants: 4, organisations: 2, links: 3, crossSiloShare: 0.5 });
  });

  it('has no share while no link has two known ends', () => {
    expect(boardCounters([entry({ id: 'o1', silo: 'PUBLIC' })], new Map(), 1).crossSiloShare).toBeNull();
  });
});
