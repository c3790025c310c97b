import type { DuplicateMatch, DuplicateReason } from './match.js';

const REASONS: Record<DuplicateReason, { fr: string; en: string }> = {
  SAME_SIRET: { fr: 'même SIRET', en: 'same SIRET' },
  SAME_SIREN: { fr: 'même SIREN (une même unité légale)', en: 'same SIREN (one legal unit)' },
  SAME_NAME: { fr: 'même nom, formes juridiques et accents mis à part', en: 'same name, legal forms and accents aside' },
  SIMILAR_NAME: { fr: 'noms très proches', en: 'very close names' },
  SAME_COMMUNE: { fr: 'même commune', en: 'same commune' },
  NEIGHBOURING_COMMUNE: { fr: 'communes voisines', en: 'neighbouring communes' },
};

/** Why two actors look like one, in one language: « noms très proches (0,94), même commune ». */
export function duplicateReasons(match: DuplicateMatch, lang: 'fr' | 'en'): string {
  return match.reasons.map((reason) => (reason === 'SIMILAR_NAME'
    ? `${REASONS[reason][lang]} (${new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(match.score)})`
    : REASONS[reason][lang])).join(', ');
}

/** Why, in French then English. */
export function duplicateWhy(match: DuplicateMatch): string {
  return `${duplicateReasons(match, 'fr')} / ${duplicateReasons(match, 'en')}`;
}
