// How two spellings of one organisation's name are seen as the same: accents, case, punctuation, legal forms and
// word order set aside. Used to match imported rows to actors (subsidies, other maps).

const LEGAL_FORMS = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'snc', 'scop', 'scic', 'sca', 'gie', 'gaec', 'earl', 'cuma', 'sel', 'selarl',
  'association', 'asso', 'ste', 'societe', 'cooperative', 'mutuelle', 'fondation', 'et', 'de', 'des', 'du', 'la', 'le', 'les', "l", "d",
]);

/** The words of a name that identify it, sorted: « SCIC L'Assiette Locale » and « Assiette locale (SCIC) » alike. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD').replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !LEGAL_FORMS.has(word))
    .sort()
    .join(' ');
}
