import { grandBergeracois } from '@maillage/seeds';
import { describe, expect, it } from 'vitest';
import { likelyDuplicatePairs, type DuplicateCandidate } from './match.js';
import { nearness } from './read.js';

// Precision and recall of the duplicates' check (docs/animators.md quotes them): the seed's organisations (which
// hold no duplicate), plus near-duplicates written as they arrive in practice — another case, accents dropped, a
// legal form added or dropped, words in another order, a typo, a word dropped, the neighbouring commune — and look-alikes that are
// other organisations. Each variant is a true pair with its original; any other pair found is a false one.
const seed = grandBergeracois();
const centres = new Map(seed.territories.flatMap((territory) => (territory.centre ? [[territory.id, [territory.centre.latitude, territory.centre.longitude] as const]] : [])));
const near = nearness(centres);
const neighbourOf = (commune: string): string => [...centres.keys()].find((other) => other !== commune && near(commune, other) === 'NEIGHBOUR') ?? commune;

const strip = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
const VARIANTS: Array<(name: string) => string> = [
  (name) => strip(name).toUpperCase(),
  (name) => `${name} SAS`,
  (name) => name.split(' ').reverse().join(' '),
  // A typo: two letters swapped in the middle of the longest word.
  (name) => {
    const words = name.split(' ');
    const longest = words.reduce((best, word, i) => (word.length > words[best]!.length ? i : best), 0);
    const word = words[longest]!;
    const at = Math.floor(word.length / 2);
    words[longest] = word.length > 4 ? `${word.slice(0, at - 1)}${word[at]}${word[at - 1]}${word.slice(at + 1)}` : `${word}e`;
    return words.join(' ');
  },
  (name) => `Association ${name.toLowerCase()}`,
  // A word dropped, as a hurried entry does (« Jardins Partagés de la Catte » → « Jardins Partagés Catte »).
  (name) => {
    const words = name.split(' ');
    return words.length > 2 ? words.filter((_, i) => i !== 1).join(' ') : name;
  },
];

// Other organisations that merely look alike: the check must not take them for the seed's.
const LOOK_ALIKES = ['Ressourcerie Bergeracoise', 'AMAP de Lalinde', 'Jardins Partagés de Bergerac', 'Vélo Solidaire', 'Théâtre de Bergerac', 'Épicerie Solidaire du Pourpre'];

function evaluate(): { truePairs: number; found: number; correct: number; precision: number; recall: number } {
  const organisations = seed.actors.filter((actor) => actor.kind !== 'PERSON' && actor.kind !== 'COLLECTIVITE');
  const base: DuplicateCandidate[] = seed.actors.map((actor) => ({ id: actor.id, name: actor.name, siren: null, siret: null, communes: [actor.territory] }));
  const variants: DuplicateCandidate[] = organisations.slice(0, 60).map((actor, i) => ({
    id: `variant-${i}-${actor.id}`, name: VARIANTS[i % VARIANTS.length]!(actor.name), siren: null, siret: null,
    communes: [i % 3 === 0 ? neighbourOf(actor.territory) : actor.territory],
  }));
  const lookAlikes: DuplicateCandidate[] = LOOK_ALIKES.map((name, i) => ({ id: `other-${i}`, name, siren: null, siret: null, communes: ['commune:24037'] }));
  const truth = new Set(variants.map((variant) => [variant.id, variant.id.replace(/^variant-\d+-/, '')].sort().join('|')));
  const pairs = likelyDuplicatePairs([...base, ...variants, ...lookAlikes], near).map((pair) => [pair.a.id, pair.b.id].sort().join('|'));
  const correct = pairs.filter((pair) => truth.has(pair)).length;
  return { truePairs: truth.size, found: pairs.length, correct, precision: pairs.length ? correct / pairs.length : 1, recall: correct / truth.size };
}

describe('the duplicates’ check, on the seed and 60 near-duplicates', () => {
  it('finds most of them and few others (precision ≥ 0.9, recall ≥ 0.8)', () => {
    const result = evaluate();
    console.warn(`[duplicates] ${result.correct} of ${result.truePairs} near-duplicates found, ${result.found - result.correct} other pairs: precision ${result.precision.toFixed(2)}, recall ${result.recall.toFixed(2)}`);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
  });
});
