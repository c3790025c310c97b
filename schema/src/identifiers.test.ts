import { describe, expect, it } from 'vitest';
import { compactIdentifier, isRna, isSiren, isSiret } from './identifiers.js';

describe('registry identifiers', () => {
  it('checks a SIREN by its Luhn key', () => {
    // INSEE's own examples: the SIREN of a well-known company, then one digit changed.
    expect(isSiren('552100554')).toBe(true);
    expect(isSiren('552100555')).toBe(false);
    expect(isSiren('55210055')).toBe(false);
    expect(isSiren(compactIdentifier('552 100 554'))).toBe(true);
  });

  it('checks a SIRET by its Luhn key, La Poste’s by the sum of its digits', () => {
    expect(isSiret('55210055400013')).toBe(true);
    expect(isSiret('55210055400014')).toBe(false);
    // 3+5+6 + 0+0+0+0+1 = 15: a multiple of 5, though not a valid Luhn key.
    expect(isSiret('35600000000001')).toBe(true);
    expect(isSiret('35600000000002')).toBe(false);
  });

  it('checks the form of an RNA number', () => {
    expect(isRna('W243001234')).toBe(true);
    expect(isRna('W2A1001234')).toBe(true);
    expect(isRna('243001234')).toBe(false);
    expect(isRna(compactIdentifier('w24 300 1234'))).toBe(true);
  });
});
