import { describe, expect, it } from 'vitest';
import { translator } from './catalogue.js';

describe('translator', () => {
  it('speaks French by default and English on demand', () => {
    expect(translator('fr').t('view.table')).toBe('Tableau');
    expect(translator('en').t('view.table')).toBe('Table');
  });

  it('fills parameters and formats numbers and dates for the language', () => {
    expect(translator('fr').t('totals.actors', { count: translator('fr').number(1234) })).toBe('1\u202f234 acteurs');
    expect(translator('en').t('totals.actors', { count: translator('en').number(1234) })).toBe('1,234 actors');
    expect(translator('fr').date('2020-06-01')).toBe('1 juin 2020');
    expect(translator('en').date('2020-06-01')).toBe('1 Jun 2020');
  });

  it('names domain values in both languages', () => {
    expect(translator('fr').silo('PRIVATE')).toBe('Privé');
    expect(translator('en').linkKind('MUTUALISATION')).toBe('Shared means');
  });
});

describe('catalogue parts', () => {
  it('give each key in one part only, in both languages', async () => {
    const { CATALOGUE_PARTS } = await import('./catalogue.js');
    const seen = new Map<string, string>();
    for (const [part, messages] of Object.entries(CATALOGUE_PARTS)) {
      expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
      for (const key of Object.keys(messages.fr)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${part}`).toBeUndefined();
        seen.set(key, part);
      }
    }
  });
});
