import { normaliseWorkshopCode, WORKSHOP_CODE_ALPHABET } from '@maillage/schema';
import { describe, expect, it } from 'vitest';
import { randomWorkshopCode } from './code.js';

describe('workshop codes', () => {
  it('have six characters, none that looks like another', () => {
    for (const [a, b] of [['0', 'O'], ['1', 'I'], ['I', 'L'], ['2', 'Z'], ['5', 'S'], ['8', 'B'], ['U', 'V'], ['0', 'D']]) {
      expect(WORKSHOP_CODE_ALPHABET.includes(a!) && WORKSHOP_CODE_ALPHABET.includes(b!), `${a}/${b}`).toBe(false);
    }
    const codes = Array.from({ length: 200 }, randomWorkshopCode);
    for (const code of codes) expect(normaliseWorkshopCode(code)).toBe(code);
    expect(new Set(codes).size).toBeGreaterThan(195);
  });

  it('are read as typed on a phone: lower case, spaces and dashes aside', () => {
    expect(normaliseWorkshopCode('ka7 - 3mx')).toBe('KA73MX');
    expect(normaliseWorkshopCode('KA73M')).toBeNull();
    expect(normaliseWorkshopCode('KA73MO')).toBeNull();
  });
});
