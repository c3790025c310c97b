import { describe, expect, it } from 'vitest';
import { DuplicateIndex, duplicateMatch, likelyDuplicatePairs, type DuplicateCandidate } from './match.js';
import { nameKey, nameSimilarity } from './names.js';
import { nearness } from './read.js';

const near = nearness(new Map([['c1', [44.85, 0.48]], ['c2', [44.86, 0.52]], ['c3', [45.2, 1.1]]] as const));
const actor = (id: string, name: string, communes = ['c1'], ids: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ id, name, siren: null, siret: null, communes, ...ids });

describe('names', () => {
  it('sets accents, case, legal forms, elisions and word order aside', () => {
    expect(nameKey("SCIC L'Assiette Locale")).toBe(nameKey('Assiette locale (SCIC)'));
    expect(nameKey('Association Les Jardins Partagés de la Catte')).toBe(nameKey('JARDINS PARTAGES CATTE'));
    expect(nameKey("AMAP d'Eymet")).toBe('amap eymet');
  });

  it('scores a typo high, another word low', () => {
    expect(nameSimilarity('Recyclerie Bergeracoise', 'Recylcerie Bergeracoise')).toBeGreaterThan(0.92);
    expect(nameSimilarity('Recyclerie du Pourpre', 'Ressourcerie du Pourpre')).toBeLessThan(0.92);
    expect(nameSimilarity('AMAP du Pourpre', "AMAP d'Eymet")).toBeLessThan(0.92);
  });
});

describe('duplicateMatch', () => {
  it('says the same SIRET, then the same SIREN, before any name', () => {
    expect(duplicateMatch(actor('a', 'X', [], { siret: '55210055400013' }), actor('b', 'Y', [], { siret: '55210055400013' }), near)).toEqual({ score: 1, reasons: ['SAME_SIRET'] });
    expect(duplicateMatch(actor('a', 'X', [], { siren: '552100554' }), actor('b', 'Y', [], { siret: '55210055400021' }), near)).toEqual({ score: 0.95, reasons: ['SAME_SIREN'] });
    // Two registered units are two actors, however alike their names.
    expect(duplicateMatch(actor('a', 'Atelier', ['c1'], { siren: '552100554' }), actor('b', 'Atelier', ['c1'], { siren: '732829320' }), near)).toBeNull();
  });

  it('needs alike names in the same or a neighbouring commune', () => {
    expect(duplicateMatch(actor('a', 'Ferme de la Catte'), actor('b', 'FERME CATTE', ['c2']), near)).toEqual({ score: 1, reasons: ['SAME_NAME', 'NEIGHBOURING_COMMUNE'] });
    expect(duplicateMatch(actor('a', 'Ferme de la Catte'), actor('b', 'Ferme de la Catte', ['c3']), near)).toBeNull();
  });

  it('finds pairs within blocks, and one actor’s likely duplicates through the index', () => {
    const actors = [actor('a', 'Ferme de la Catte'), actor('b', 'La ferme Catte', ['c2']), actor('c', 'Vélo Pourpre'), actor('d', 'Velo-Pourpre')];
    expect(likelyDuplicatePairs(actors, near).map((pair) => [pair.a.id, pair.b.id])).toEqual([['a', 'b'], ['c', 'd']]);
    expect(new DuplicateIndex(actors, near).of(actor('new', 'VELO POURPRE')).map((found) => found.actor.id)).toEqual(['c', 'd']);
  });
});
