import { inputFields } from '@maillage/schema';
import { describe, expect, it } from 'vitest';
import { CellError, convertCell } from './cells.js';

const field = (name: string) => inputFields('ActorInput').find((item) => item.name === name)!;

describe('import cells', () => {
  it('read spreadsheet habits: oui/non, decimal commas, lists, INSEE codes, enum names in any case', () => {
    expect(convertCell(field('essMember'), 'Oui')).toBe(true);
    expect(convertCell(field('latitude'), '44,85')).toBe(44.85);
    expect(convertCell(field('sectorIds'), 'alimentation; mobilite |energie')).toEqual(['alimentation', 'mobilite', 'energie']);
    expect(convertCell(field('territoryIds'), '24037;2A004;epci:200070647')).toEqual(['commune:24037', 'commune:2A004', 'epci:200070647']);
    expect(convertCell(field('silo'), 'population')).toBe('POPULATION');
    expect(convertCell(field('offers'), 'bois-local')).toEqual([{ resourceId: 'bois-local' }]);
    expect(convertCell(field('name'), '  ')).toBeUndefined();
  });

  it('refuse what is not of the field’s type, saying what was expected', () => {
    expect(() => convertCell(field('essMember'), 'peut-être')).toThrow(CellError);
    expect(() => convertCell(field('silo'), 'MARCHE')).toThrow(/attendu PUBLIC, PRIVATE, POPULATION/);
    expect(() => convertCell(field('latitude'), 'nord')).toThrow(/n'est pas un nombre/);
    expect(() => convertCell(field('essMember'), 1)).toThrow(/oui ou non attendu/);
  });
});
