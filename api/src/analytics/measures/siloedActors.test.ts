import { describe, expect, it } from 'vitest';
import { tinyNetwork } from '../testing.js';
import { isolatedActors, siloedActors } from './siloedActors.js';

const network = tinyNetwork(
  [{ id: 'hub', silo: 'PRIVATE' }, { id: 'v1', silo: 'PRIVATE' }, { id: 'v2', silo: 'PRIVATE' }, { id: 'open', silo: 'PRIVATE' }, { id: 'p1' }, { id: 'alone', silo: 'POPULATION' }],
  [['hub', 'v1'], ['hub', 'v2'], ['open', 'v1'], ['open', 'p1']],
);

describe('isolated and siloed actors', () => {
  it('finds the actors with no link', () => {
    expect(isolatedActors(network).map((gap) => gap.actor.id)).toEqual(['alone']);
    expect(isolatedActors(network)[0]!.reasons[0]!.fr).toBe("ALONE n'a aucun lien de coopération dans cette sélection.");
  });

  it('finds the actors whose partners are all of their own silo, the best connected first', () => {
    const siloed = siloedActors(network);
    expect(siloed.map((gap) => [gap.actor.id, gap.partners])).toEqual([['hub', 2], ['v1', 2], ['v2', 1]]);
    expect(siloed[0]!.reasons[0]).toEqual({
      fr: 'Les 2 partenaires de HUB sont tous du silo Privé.',
      en: 'All 2 partners of HUB are in the Private silo.',
    });
    expect(siloed[2]!.reasons[0]!.en).toBe('The only partner of V2 is in the Private silo.');
  });

  it('judges within the selection: a partner filtered out no longer counts', () => {
    const privateOnly = tinyNetwork(
      [{ id: 'open', silo: 'PRIVATE' }, { id: 'v1', silo: 'PRIVATE' }, { id: 'p1' }],
      [['open', 'v1'], ['open', 'p1']],
      { silos: ['PRIVATE'] },
    );
    expect(siloedActors(privateOnly).map((gap) => gap.actor.id)).toEqual(['open', 'v1']);
  });
});
