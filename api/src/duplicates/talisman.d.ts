// talisman ships CommonJS without types: the two functions the duplicates' check uses.
declare module 'talisman/keyers/fingerprint' {
  /** The fingerprint keyer: lower case, accents folded, punctuation dropped, unique words sorted. */
  const fingerprint: (text: string) => string;
  export default fingerprint;
}

declare module 'talisman/metrics/jaro-winkler' {
  /** Jaro-Winkler similarity, 0 (nothing alike) to 1 (the same). */
  export function similarity(a: string, b: string): number;
}
