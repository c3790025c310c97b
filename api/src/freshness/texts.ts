/** A sentence in French and in English. */
export interface Bilingual {
  fr: string;
  en: string;
}

const FR_DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const EN_DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** A day (or the day of a date-time) in words: « 3 mars 2025 » / "3 March 2025". */
export function dayInWords(value: string): Bilingual {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return { fr: FR_DAY.format(date), en: EN_DAY.format(date) };
}

/** French, then English, as every message of the API. */
export function bothLanguages(text: Bilingual): string {
  return `${text.fr} / ${text.en}`;
}

/** Several sentences of the analytics (reasons), each language kept together. */
export function joined(texts: readonly Bilingual[]): Bilingual {
  return { fr: texts.map((text) => text.fr).join(' '), en: texts.map((text) => text.en).join(' ') };
}

/**
 * Who made a journal entry, as a feed may say it: an import or a workshop by its kind, anyone else "an animator" — a
 * feed leaves the desk for other tools, and an account's address is personal data (the desk itself names it).
 */
export function authorInWords(by: string): Bilingual {
  if (by.startsWith('import:')) return { fr: 'un import', en: 'an import' };
  if (by.startsWith('workshop:')) return { fr: 'un atelier', en: 'a workshop' };
  if (by.startsWith('moderation:')) return { fr: 'une auto-déclaration acceptée', en: 'an accepted self-declaration' };
  return { fr: 'un animateur', en: 'an animator' };
}

export const FRESHNESS_TEXTS = {
  /** The feeds' own name and description, the same in Atom and JSON Feed. */
  feed: {
    title: 'Maillage — À revoir / Needs a look',
    description: 'Fiches à revoir, besoins sans offre, acteurs isolés, points de fragilité. / Records to review, needs without an offer, isolated actors, cut points.',
  },
  /** How a feed names a person. */
  person: { fr: 'une personne', en: 'a person' },
  stale: (months: number, updatedAt: string | null, last: { at: string; by: Bilingual } | null): Bilingual => {
    const since = updatedAt ? dayInWords(updatedAt) : null;
    const when = last ? dayInWords(last.at) : null;
    return {
      fr: `Fiche non revue depuis ${since ? `le ${since.fr}` : 'longtemps'} (plus de ${months} mois)${last ? ` ; dernière modification le ${when!.fr} par ${last.by.fr}` : ' ; aucune modification au journal'}.`,
      en: `Record not reviewed since ${since ? since.en : 'long ago'} (over ${months} months)${last ? `; last changed on ${when!.en} by ${last.by.en}` : '; no change in the journal'}.`,
    };
  },
  need: (actor: string, resource: string, since: string, days: number): Bilingual => ({
    fr: `${actor} recherche « ${resource} » depuis le ${dayInWords(since).fr} (${days} jours) et aucun acteur ne l'offre.`,
    en: `${actor} has needed "${resource}" since ${dayInWords(since).en} (${days} days) and no actor offers it.`,
  }),
  titles: {
    stale: (name: string): string => `À revoir : ${name}`,
    need: (name: string, resource: string): string => `Besoin sans offre : ${name} — ${resource}`,
    isolated: (name: string): string => `Acteur isolé : ${name}`,
    cutPoint: (name: string, cutOff: number): string => `Point de fragilité : ${name} (${cutOff} acteur${cutOff > 1 ? 's' : ''} coupé${cutOff > 1 ? 's' : ''})`,
  },
};
