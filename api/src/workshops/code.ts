import { randomInt } from 'node:crypto';
import { WORKSHOP_CODE_ALPHABET, WORKSHOP_CODE_LENGTH } from '@maillage/schema';

/** A new join code, drawn by the system's cryptographic generator: a code is the only key to join. */
export function randomWorkshopCode(): string {
  return Array.from({ length: WORKSHOP_CODE_LENGTH }, () => WORKSHOP_CODE_ALPHABET[randomInt(WORKSHOP_CODE_ALPHABET.length)]).join('');
}
