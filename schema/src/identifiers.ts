// The French registry identifiers an actor may carry, checked the same way on the server and in the explorer.

/** Spaces and dots people type inside numbers ("552 100 554", "W24.300.1234") are set aside. */
export function compactIdentifier(text: string): string {
  return text.replace(/[\s.]/g, '').toUpperCase();
}

/** The Luhn key: every second digit from the right doubled, the digits of the result summed, a multiple of 10. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// La Poste's establishments share SIREN 356 000 000 and are too many for the Luhn key: INSEE checks their SIRET
// by the sum of their digits, a multiple of 5 (the registry's own exception).
const LA_POSTE = '356000000';

/** A SIREN (a legal unit, nine digits, Luhn key). */
export function isSiren(text: string): boolean {
  return /^\d{9}$/.test(text) && luhn(text);
}

/** A SIRET (an establishment: its SIREN and five more digits, Luhn key, La Poste's exception). */
export function isSiret(text: string): boolean {
  if (!/^\d{14}$/.test(text)) return false;
  if (text.startsWith(LA_POSTE)) return [...text].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  return luhn(text);
}

/** An RNA number (the national register of associations): W and nine characters, the département's code first. */
export function isRna(text: string): boolean {
  return /^W[0-9][0-9AB][0-9]{7}$/.test(text);
}

export const IDENTIFIER_CHECKS = { siren: isSiren, siret: isSiret, rna: isRna } as const;
export type IdentifierField = keyof typeof IDENTIFIER_CHECKS;
