import { describe, expect, it } from 'vitest';
import { tinyNetwork } from '../testing.js';
import { linkSuggestions } from './linkSuggestions.js';

// `me` cooperates with a and b; c is a partner of both (two common partners), d of a only.
const network = tinyNetwork(
  [
    { id: 'me', silo: 'PRIVATE', offers: ['kitchen'], territories: ['c3'] },
    { id: 'a', territories: ['c3'] },
    { id: 'b', territories: ['c3'] },
    { id: 'c', silo: 'POPULATION', territories: ['c2'] },
    { id: 'd', silo: 'PRIVATE', territories: ['c2'] },
    { id: 'cook', silo: 'PRIVATE', needs: ['kitchen'], territories: ['c2'] },
    { id: 'neighbour', silo: 'PRIVATE', territories: ['c3'] },
    { id: 'stranger', silo: 'PRIVATE', territories: ['c2'] },
    { id: 'person', kind: 'PERSON', silo: 'POPULATION', territories: ['c3'] },
  ],
  [['me', 'a'], ['me', 'b'], ['a', 'c'], ['b', 'c'], ['a', 'd'], ['a', 'person']],
);
const position = network.index.get('me')!;

describe('linkSuggestions', () => {
  it('ranks by common partners (Adamic–Adar), place, resources, with a bonus for crossing silos', () => {
    const suggestions = linkSuggestions(network, position);
    expect(suggestions.map((suggestion) => suggestion.actor.id)).toEqual(['c', 'neighbour', 'cook', 'd']);
    const [c, neighbour, cook, d] = suggestions;
    // c: through a (4 partners) and b (2): 1/ln 4 + 1/ln 2, times 1.5 for joining Private and Population.
    expect(c!.adamicAdar).toBeCloseTo(1 / Math.log(4) + 1 / Math.log(2));
    expect(c!.score).toBeCloseTo((1 / Math.log(4) + 1 / Math.log(2)) * 1.5);
    expect(c!.commonPartners).toBe(2);
    expect(d!.score).toBeCloseTo(1 / Math.log(4));
    // Same commune: 1 for the place and 1 for proximity; a need it meets: 1.
    expect(neighbour!.score).toBeCloseTo(2);
    expect(cook).toMatchObject({ score: 1, resourceFits: 1 });
  });

  it('gives its reasons in both languages', () => {
    const [c] = linkSuggestions(network, position);
    expect(c!.reasons.map((reason) => reason.fr)).toEqual([
      '2 partenaires communs : A, B.',
      'Relierait les silos Privé et Population.',
    ]);
    const cook = linkSuggestions(network, position).find((s) => s.actor.id === 'cook')!;
    expect(cook.reasons[0]!.en).toBe('ME offers “Cuisine partagée”, which COOK needs.');
  });

  it('never suggests a person, unless asked, nor an actor already linked, nor one with nothing in common', () => {
    const ids = linkSuggestions(network, position).map((suggestion) => suggestion.actor.id);
    expect(ids).not.toContain('person');
    expect(ids).not.toContain('a');
    expect(ids).not.toContain('stranger');
    expect(linkSuggestions(network, position, { includePeople: true }).map((suggestion) => suggestion.actor.id)).toContain('person');
  });

  it('keeps the best `limit`', () => {
    expect(linkSuggestions(network, position, { limit: 2 }).map((suggestion) => suggestion.actor.id)).toEqual(['c', 'neighbour']);
  });
});
