import type { ActorKind, CooperationKind, Provenance, PtceRole, Silo } from '../generated/types.js';

/** The product's languages: French first, English second. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A text in both languages. */
export type Bilingual<T> = Readonly<Record<Lang, T>>;

// The short names people read for the SDL's values (the SDL's descriptions, in generated/vocabulary.ts, explain them).

export const SILO_NAMES: Bilingual<Record<Silo, string>> = {
  fr: { PUBLIC: 'Public', PRIVATE: 'Privé', POPULATION: 'Population' },
  en: { PUBLIC: 'Public', PRIVATE: 'Private', POPULATION: 'Population' },
};

export const KIND_NAMES: Bilingual<Record<ActorKind, string>> = {
  fr: {
    COLLECTIVITE: 'Collectivité', EPCI: 'EPCI', STATE_SERVICE: "Service de l'État", PUBLIC_AGENCY: 'Établissement public',
    ASSOCIATION: 'Association', COOPERATIVE: 'Coopérative', COMPANY: 'Entreprise', INSERTION: "Structure d'insertion",
    RESEARCH: 'Recherche', TRAINING: 'Formation', CITIZEN_COLLECTIVE: 'Collectif citoyen', NETWORK: 'Réseau',
    FOUNDATION: 'Fondation', PERSON: 'Personne',
  },
  en: {
    COLLECTIVITE: 'Local government', EPCI: 'Inter-municipal body', STATE_SERVICE: 'State service',
    PUBLIC_AGENCY: 'Public agency', ASSOCIATION: 'Association', COOPERATIVE: 'Cooperative', COMPANY: 'Company',
    INSERTION: 'Work-integration enterprise', RESEARCH: 'Research', TRAINING: 'Training', CITIZEN_COLLECTIVE: "Citizens' collective",
    NETWORK: 'Network', FOUNDATION: 'Foundation', PERSON: 'Person',
  },
};

export const LINK_KIND_NAMES: Bilingual<Record<CooperationKind, string>> = {
  fr: {
    PARTNERSHIP: 'Partenariat', MUTUALISATION: 'Mutualisation', FUNDING: 'Financement', SUPPLY: 'Fourniture',
    MEMBERSHIP: 'Adhésion', CO_PROJECT: 'Projet commun', KNOWLEDGE_SHARING: 'Partage de connaissances',
  },
  en: {
    PARTNERSHIP: 'Partnership', MUTUALISATION: 'Shared means', FUNDING: 'Funding', SUPPLY: 'Supply',
    MEMBERSHIP: 'Membership', CO_PROJECT: 'Joint project', KNOWLEDGE_SHARING: 'Knowledge sharing',
  },
};

export const PROVENANCE_NAMES: Bilingual<Record<Provenance, string>> = {
  fr: { ANIMATOR: 'saisi par un animateur', OBSERVED: 'observé', SELF_DECLARED: 'auto-déclaré', WORKSHOP: 'cartographié en atelier' },
  en: { ANIMATOR: 'entered by an animator', OBSERVED: 'observed', SELF_DECLARED: 'self-declared', WORKSHOP: 'mapped in a workshop' },
};

export const ROLE_NAMES: Bilingual<Record<PtceRole, string>> = {
  fr: { ADHERENT: 'Adhérent du PTCE', ALLIE: 'Allié du PTCE', PARTENAIRE: 'Partenaire du PTCE', NONE: 'Hors des cercles du PTCE' },
  en: { ADHERENT: 'PTCE member', ALLIE: 'PTCE ally', PARTENAIRE: 'PTCE partner', NONE: 'Outside the PTCE circles' },
};
