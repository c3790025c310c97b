import type { ActorKind, CooperationKind, Provenance, PtceRole, Silo } from '../generated/types.js';
import { KIND_NAMES, LINK_KIND_NAMES, PROVENANCE_NAMES, ROLE_NAMES, SILO_NAMES, type Lang } from './names.js';

/** Messages by key, in both languages; English must name every French key. */
export type Messages<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** One feature's part of a catalogue: the English is checked against the French, key by key. */
export function bilingual<const F extends Record<string, string>>(fr: F, en: { readonly [K in keyof F]: string }): Messages<Extract<keyof F, string>> {
  return { fr, en };
}

export interface Translator<K extends string> {
  lang: Lang;
  t(key: K, params?: Record<string, string | number>): string;
  silo(silo: Silo): string;
  kind(kind: ActorKind): string;
  linkKind(kind: CooperationKind): string;
  provenance(provenance: Provenance): string;
  role(role: PtceRole): string;
  number(value: number): string;
  date(iso: string): string;
}

/** A translator over a catalogue: `{name}` placeholders filled, numbers and dates formatted for the language. */
export function createTranslator<K extends string>(messages: Messages<K>): (lang: Lang) => Translator<K> {
  return (lang) => {
    const numbers = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');
    const dates = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      lang,
      t: (key, params = {}) => messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)),
      silo: (silo) => SILO_NAMES[lang][silo],
      kind: (kind) => KIND_NAMES[lang][kind],
      linkKind: (kind) => LINK_KIND_NAMES[lang][kind],
      provenance: (provenance) => PROVENANCE_NAMES[lang][provenance],
      role: (role) => ROLE_NAMES[lang][role],
      number: (value) => numbers.format(value),
      date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    };
  };
}
