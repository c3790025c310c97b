import { describe, expect, it } from 'vitest';
import { authorInWords, dayInWords, FRESHNESS_TEXTS, joined } from './texts.js';

describe('the desk texts', () => {
  it('say days in both languages', () => {
    expect(dayInWords('2025-03-03')).toEqual({ fr: '3 mars 2025', en: '3 March 2025' });
    expect(dayInWords('2025-03-03T23:30:00.000Z')).toEqual({ fr: '3 mars 2025', en: '3 March 2025' });
  });

  it('name who changed a record without an address', () => {
    expect(authorInWords('anne@example.org')).toEqual({ fr: 'un animateur', en: 'an animator' });
    expect(authorInWords('import:anne@example.org')).toEqual({ fr: 'un import', en: 'an import' });
    expect(authorInWords('workshop:abc')).toEqual({ fr: 'un atelier', en: 'a workshop' });
  });

  it('say why a record or a need is on the desk', () => {
    expect(FRESHNESS_TEXTS.stale(12, '2023-01-05T08:00:00Z', { at: '2023-01-05T08:00:00Z', by: authorInWords('x@y.fr') })).toEqual({
      fr: 'Fiche non revue depuis le 5 janvier 2023 (plus de 12 mois) ; dernière modification le 5 janvier 2023 par un animateur.',
      en: 'Record not reviewed since 5 January 2023 (over 12 months); last changed on 5 January 2023 by an animator.',
    });
    expect(FRESHNESS_TEXTS.stale(12, null, null).en).toBe('Record not reviewed since long ago (over 12 months); no change in the journal.');
    expect(FRESHNESS_TEXTS.need('Jardin', 'Local', '2025-05-01', 45)).toEqual({
      fr: 'Jardin recherche « Local » depuis le 1 mai 2025 (45 jours) et aucun acteur ne l\'offre.',
      en: 'Jardin has needed "Local" since 1 May 2025 (45 days) and no actor offers it.',
    });
    expect(joined([{ fr: 'Un.', en: 'One.' }, { fr: 'Deux.', en: 'Two.' }])).toEqual({ fr: 'Un. Deux.', en: 'One. Two.' });
  });
});
