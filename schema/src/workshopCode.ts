// A workshop's join code is read off a projector and typed on a phone: six characters from an alphabet without
// the look-alikes (0/O/D, 1/I/L, 2/Z, 5/S, 8/B, U/V), upper-case, so that what one reads is what one types.
export const WORKSHOP_CODE_ALPHABET = 'ACEFGHJKMNPQRTWXY34679';
export const WORKSHOP_CODE_LENGTH = 6;

/** The code as typed (spaces, dashes, lower case aside), or null when it cannot be one. */
export function normaliseWorkshopCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== WORKSHOP_CODE_LENGTH) return null;
  return [...code].every((character) => WORKSHOP_CODE_ALPHABET.includes(character)) ? code : null;
}
