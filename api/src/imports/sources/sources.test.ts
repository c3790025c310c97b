import { describe, expect, it } from 'vitest';
import { readCategoryMapping } from './gogocarto.js';
import { kindFromLegalCategory } from './legalCategories.js';
import { nameKey } from '../../duplicates/names.js';

describe('open data sources, their pure parts', () => {
  it('reads a kind and a silo from a SIRENE legal category, and never a person', () => {
    expect(kindFromLegalCategory('9220')).toEqual({ kind: 'ASSOCIATION', silo: 'POPULATION' });
    expect(kindFromLegalCategory('5458')).toEqual({ kind: 'COOPERATIVE', silo: 'PRIVATE' });
    expect(kindFromLegalCategory('5710')).toEqual({ kind: 'COMPANY', silo: 'PRIVATE' });
    expect(kindFromLegalCategory('7210')).toEqual({ kind: 'COLLECTIVITE', silo: 'PUBLIC' });
    expect(kindFromLegalCategory('7346')).toEqual({ kind: 'EPCI', silo: 'PUBLIC' });
    expect(kindFromLegalCategory('7120')).toEqual({ kind: 'STATE_SERVICE', silo: 'PUBLIC' });
    expect(kindFromLegalCategory('7389')).toEqual({ kind: 'PUBLIC_AGENCY', silo: 'PUBLIC' });
    expect(kindFromLegalCategory('1000')).toBeNull();
  });

  it('sees two spellings of one name as the same, legal forms, accents, case and order aside', () => {
    expect(nameKey("SCIC L'Assiette Locale")).toBe(nameKey('Assiette locale (SCIC)'));
    expect(nameKey('Association Les Jardins Partagés de la Catte')).toBe(nameKey('JARDINS PARTAGES CATTE'));
    expect(nameKey('Recyclerie du Pourpre')).not.toBe(nameKey('Ressourcerie du Pourpre'));
  });

  it('reads a map category’s mapping as a sector and a kind', () => {
    expect(readCategoryMapping('agriculture/cooperative')).toEqual({ sector: 'agriculture', kind: 'COOPERATIVE' });
    expect(readCategoryMapping('culture')).toEqual({ sector: 'culture', kind: null });
    expect(readCategoryMapping('culture/MARCHE')).toBeNull();
  });
});
