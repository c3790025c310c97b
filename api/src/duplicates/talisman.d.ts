// talisman ships CommonJS without types or an exports map: the two functions the duplicates' check uses, by their
// file names (Node's ESM loader needs the .js that a bundler would add).
declare module 'talisman/keyers/fingerprint.js' {
  /** The fingerprint keyer: lower case, accents folded, punctuation dropped, unique words sorted. */
  const fingerprint: (text: string) => string;
  export default fingerprint;
}

declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity, 0 (nothing alike) to 1 (the same). */
  export function similarity(a: string, b: string): number;
}
