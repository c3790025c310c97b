import fingerprint from 'talisman/keyers/fingerprint.js';
import { similarity as jaroWinkler } from 'talisman/metrics/jaro-winkler.js';

// How two spellings of one organisation's name are seen as the same: accents, case, punctuation, French elisions,
// legal forms and little words set aside (« SCIC L'Assiette Locale » and « Assiette locale (SCIC) » alike), then
// talisman's fingerprint (its words, unique and sorted) and Jaro-Winkler similarity, word by word, for what typing changes.

const SET_ASIDE = new Set([
  // Legal forms and kinds of bodies a name may carry or drop.
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'snc', 'scop', 'scic', 'sca', 'gie', 'gaec', 'earl', 'cuma', 'sel', 'selarl', 'ei', 'eirl',
  'association', 'asso', 'ste', 'societe', 'cooperative', 'coop', 'mutuelle', 'fondation', 'cie', 'compagnie',
  // Little words.
  'et', 'de', 'des', 'du', 'la', 'le', 'les', 'au', 'aux', 'en', 'a', 'pour', 'sur', 'the', 'of', 'and',
]);

/** The words of a name that identify it, accents and case aside, sorted: the name's key. */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFD').replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    // French elisions: l'atelier, d'Eymet, qu'…
    .replace(/\b(?:l|d|qu|j|s|n|m|c)['’]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !SET_ASIDE.has(word));
  return fingerprint(words.join(' '));
}

/**
 * How alike two names are, 0 to 1: 1 when their keys are the same, else each word matched with its closest word of
 * the other name (Jaro-Winkler: a typo, a letter missing) and the matches averaged, both ways, the lower kept
 * (Monge-Elkan): « Recyclerie Bergeracoise » and « Recylcerie Bergeracoise » are alike; « CUMA Bergeracoise » and
 * « Gaule Bergeracoise » are not, for all the word they share.
 */
export function nameSimilarity(a: string, b: string): number {
  const [keyA, keyB] = [nameKey(a), nameKey(b)];
  if (keyA === '' || keyB === '') return 0;
  if (keyA === keyB) return 1;
  const [wordsA, wordsB] = [keyA.split(' '), keyB.split(' ')];
  return Math.min(mongeElkan(wordsA, wordsB), mongeElkan(wordsB, wordsA));
}

function mongeElkan(words: string[], others: string[]): number {
  const total = words.reduce((sum, word) => sum + Math.max(...others.map((other) => jaroWinkler(word, other))), 0);
  return total / words.length;
}
