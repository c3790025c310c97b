import { describe, expect, it } from 'vitest';
import type { Network, NetworkActor, NetworkLink } from '../graph/types.js';
import { withPending } from './pending.js';
import { fieldErrors } from './errors.js';

const actor = (id: string): NetworkActor => ({ id, name: id, silo: 'PUBLIC', kind: 'EPCI', ptceRole: 'NONE', essMember: false, fictional: true, location: null, sectors: [], territories: [] });
const link = (id: string, source: string, target: string): NetworkLink => ({ id, source, target, kind: 'FUNDING', since: null, until: null, provenance: 'ANIMATOR', intensity: 1 });
const network: Network = { actors: [actor('a'), actor('b'), actor('c')], links: [link('ab', 'a', 'b'), link('bc', 'b', 'c')], sectors: [] };

describe('pending edits', () => {
  it('show renames, new and changed links, and deletions before the API confirms them', () => {
    const shown = withPending(network, [
      { type: 'actor', actor: { id: 'a', name: 'Renommé' } },
      { type: 'link', link: { ...link('ab', 'a', 'b'), kind: 'SUPPLY' } },
      { type: 'link', link: link('ac', 'a', 'c') },
      { type: 'delete-actor', id: 'c' },
    ]);
    expect(shown.actors.map((item) => item.name)).toEqual(['Renommé', 'b']);
    expect(shown.links).toEqual([{ ...link('ab', 'a', 'b'), kind: 'SUPPLY' }]);
    expect(withPending(network, [])).toBe(network);
  });

  it('are refused field by field, in the reader’s language', () => {
    const error = { errors: [{ message: 'saveActor : le champ « name » est obligatoire. / saveActor: name is required.', extensions: { field: 'name' } }, { message: 'x : « sectorIds: y » désigne un objet inconnu. / x: unknown.', extensions: { field: 'sectorIds: y' } }] };
    expect(fieldErrors(error, 'fr')).toEqual([{ field: 'name', message: 'saveActor : le champ « name » est obligatoire.' }, { field: 'sectorIds', message: 'x : « sectorIds: y » désigne un objet inconnu.' }]);
    expect(fieldErrors(new Error('Failed to fetch'), 'en')).toEqual([{ field: null, message: 'Failed to fetch' }]);
  });
});
