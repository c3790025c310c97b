import { describe, expect, it } from 'vitest';
import { tinyNetwork } from '../testing.js';
import { resourceMatches } from './resourceMatches.js';

describe('resourceMatches', () => {
  const network = tinyNetwork(
    [
      { id: 'farm', silo: 'PRIVATE', offers: ['land'], sectors: ['food'] },
      { id: 'near', silo: 'POPULATION', needs: ['land'], sectors: ['food'] },
      { id: 'far', silo: 'POPULATION', needs: ['land'], territories: ['c3'] },
      { id: 'partner', needs: ['land'] },
      { id: 'friend', needs: ['land'] },
      { id: 'go-between' },
      { id: 'someone', kind: 'PERSON', silo: 'POPULATION', needs: ['land'] },
    ],
    [['farm', 'partner'], ['farm', 'go-between'], ['go-between', 'friend']],
  );

  it('pairs an offer with a need between actors not yet linked, the closest and most alike first', () => {
    const { matches, matchableNeeds } = resourceMatches(network);
    // near and far; partner is linked, friend has a partner in common, someone is a person.
    expect(matchableNeeds).toBe(2);
    expect(matches.map((match) => [match.offerer.id, match.needer.id])).toEqual([['farm', 'near'], ['farm', 'far']]);
    // 1 for the need, 1 same commune and 1 for proximity within it, 0.5 for one shared sector, 1 across silos.
    expect(matches[0]!.score).toBeCloseTo(4.5);
    expect(matches[0]!.reasons.map((reason) => reason.fr)).toEqual([
      'FARM offre « Terres agricoles », dont NEAR a besoin.',
      'Même commune : Commune Un.',
      'Secteur commun : Alimentation.',
      'Relierait les silos Privé et Population.',
    ]);
    expect(matches[1]!.score).toBeCloseTo(2);
  });

  it('leaves out actors already linked, directly or through a common partner', () => {
    const needers = resourceMatches(network).matches.map((match) => match.needer.id);
    expect(needers).not.toContain('partner');
    expect(needers).not.toContain('friend');
  });

  it('leaves people out unless asked', () => {
    expect(resourceMatches(network).matches.map((match) => match.needer.id)).not.toContain('someone');
    expect(resourceMatches(network, { includePeople: true }).matches.map((match) => match.needer.id)).toContain('someone');
  });

  it('lists the needs nobody in the selection offers to meet', () => {
    const lonely = tinyNetwork([{ id: 'a', needs: ['kitchen', 'land'] }, { id: 'b', needs: ['kitchen'] }, { id: 'c', offers: ['land'] }], []);
    expect(resourceMatches(lonely).unmetNeeds.map((need) => [need.resource.id, need.needers.map((actor) => actor.id)])).toEqual([['kitchen', ['a', 'b']]]);
    expect(resourceMatches(network).unmetNeeds).toEqual([]);
  });

  it('keeps the best `limit` matches', () => {
    const best = resourceMatches(network, { limit: 1 });
    expect(best.matches.map((match) => match.needer.id)).toEqual(['near']);
    expect(best.matchableNeeds).toBe(2);
  });
});
