import type { ActorKind, CooperationKind, Provenance, PtceRole, Silo } from '../graph/types.js';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

// One catalogue for every user-facing text: French first, English second.
const fr = {
  'app.title': 'Maillage — réseau de coopération',
  'app.subtitle': 'Grand Bergeracois',
  'lang.switch': 'English',
  'lang.label': 'Langue',
  'state.loading': 'Chargement du réseau…',
  'state.error': "Le réseau n'a pas pu être chargé : {message}. Vérifiez que l'API répond, puis réessayez.",
  'state.retry': 'Réessayer',
  'state.emptyNetwork': "Le graphe ne contient encore aucun acteur. Chargez les données d'exemple avec « npm run seed ».",
  'state.emptySelection': 'Aucun acteur ne correspond aux filtres. Cochez au moins un silo.',
  'filters.title': 'Filtres',
  'filters.silos': 'Silos',
  'filters.date': 'Liens actifs au',
  'filters.dateAll': 'toutes dates',
  'filters.year': 'Année (fin d’année)',
  'filters.yearAll': 'Toutes les années',
  'filters.territory': 'Territoire',
  'filters.territoryAll': 'Tout le territoire',
  'filters.sector': 'Secteur',
  'filters.sectorAll': 'Tous les secteurs',
  'filters.kinds': 'Natures d’acteurs',
  'filters.roles': 'Cercles du PTCE',
  'filters.linkKinds': 'Natures de liens',
  'filters.crossSilo': 'Seulement les liens entre silos',
  'filters.partners': 'Montrer aussi leurs partenaires',
  'filters.reset': 'Tout réafficher',
  'layout.label': 'Disposition',
  'size.label': 'Taille des nœuds',
  'size.degree': 'Nombre de liens',
  'size.uniform': 'Identique',
  'layout.force': 'Réseau (forces)',
  'layout.silo': 'Regroupé par silo',
  'layout.sector': 'Regroupé par secteur',
  'layout.territory': 'Regroupé par territoire',
  'layout.geo': 'Carte du territoire',
  'layout.elsewhere': 'Hors EPCI',
  'layout.noSector': 'Sans secteur',
  'layout.noLocation': 'Sans position',
  'export.png': 'Exporter en PNG',
  'export.svg': 'Exporter en SVG',
  'detail.focus1': 'Voisinage direct',
  'detail.focus2': 'Voisinage à 2 liens',
  'detail.unfocus': 'Tout réafficher',
  'detail.focused': 'Vue centrée sur {name} ({hops} lien(s))',
  'legend.context': 'Contour pointillé : partenaire hors filtres',
  'search.label': 'Rechercher un acteur',
  'search.placeholder': 'Nom d’un acteur…',
  'search.none': 'Aucun acteur trouvé',
  'view.graph': 'Réseau',
  'view.table': 'Tableau',
  'view.label': 'Affichage',
  'totals.actors': '{count} acteurs',
  'totals.links': '{count} liens',
  'totals.crossSilo': '{share} % de liens entre silos',
  'legend.title': 'Légende',
  'legend.silos': 'Couleur : silo',
  'legend.shape': 'Forme : nature',
  'legend.lines': 'Trait : origine du lien',
  'legend.size': 'Taille : nombre de liens',
  'detail.close': 'Fermer',
  'detail.links': 'Coopérations ({count})',
  'detail.noLinks': 'Aucune coopération connue : un acteur isolé.',
  'detail.sectors': 'Secteurs',
  'detail.territory': 'Territoire',
  'detail.offers': 'Ressources offertes',
  'detail.needs': 'Ressources recherchées',
  'detail.projects': 'Projets',
  'detail.since': 'depuis {date}',
  'detail.fictional': 'Acteur fictif (données de démonstration)',
  'detail.ess': "Membre de l'ESS",
  'detail.website': 'Site web',
  'detail.none': '—',
  'table.caption': 'Acteurs affichés, triables par colonne',
  'table.name': 'Nom',
  'table.silo': 'Silo',
  'table.kind': 'Nature',
  'table.territory': 'Territoire',
  'table.degree': 'Liens',
  'table.sortBy': 'Trier par {column}',
} as const;

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  'app.title': 'Maillage — cooperation network',
  'app.subtitle': 'Grand Bergeracois',
  'lang.switch': 'Français',
  'lang.label': 'Language',
  'state.loading': 'Loading the network…',
  'state.error': 'The network could not be loaded: {message}. Check that the API answers, then try again.',
  'state.retry': 'Try again',
  'state.emptyNetwork': 'The graph holds no actor yet. Load the sample data with "npm run seed".',
  'state.emptySelection': 'No actor matches the filters. Tick at least one silo.',
  'filters.title': 'Filters',
  'filters.silos': 'Silos',
  'filters.date': 'Links active on',
  'filters.dateAll': 'any date',
  'filters.year': 'Year (at its end)',
  'filters.yearAll': 'Every year',
  'filters.territory': 'Territory',
  'filters.territoryAll': 'The whole territory',
  'filters.sector': 'Sector',
  'filters.sectorAll': 'Every sector',
  'filters.kinds': 'Kinds of actors',
  'filters.roles': 'PTCE circles',
  'filters.linkKinds': 'Kinds of links',
  'filters.crossSilo': 'Only links across silos',
  'filters.partners': 'Also show their partners',
  'filters.reset': 'Show everything',
  'layout.label': 'Layout',
  'size.label': 'Node size',
  'size.degree': 'Number of links',
  'size.uniform': 'All alike',
  'layout.force': 'Network (forces)',
  'layout.silo': 'Grouped by silo',
  'layout.sector': 'Grouped by sector',
  'layout.territory': 'Grouped by territory',
  'layout.geo': 'Map of the territory',
  'layout.elsewhere': 'Outside any EPCI',
  'layout.noSector': 'No sector',
  'layout.noLocation': 'No location',
  'export.png': 'Export as PNG',
  'export.svg': 'Export as SVG',
  'detail.focus1': 'Direct neighbourhood',
  'detail.focus2': 'Neighbourhood within 2 links',
  'detail.unfocus': 'Show everything',
  'detail.focused': 'View centred on {name} ({hops} link(s))',
  'legend.context': 'Dotted outline: partner outside the filters',
  'search.label': 'Find an actor',
  'search.placeholder': 'Name of an actor…',
  'search.none': 'No actor found',
  'view.graph': 'Network',
  'view.table': 'Table',
  'view.label': 'View',
  'totals.actors': '{count} actors',
  'totals.links': '{count} links',
  'totals.crossSilo': '{share}% of links across silos',
  'legend.title': 'Legend',
  'legend.silos': 'Colour: silo',
  'legend.shape': 'Shape: kind',
  'legend.lines': 'Line: where the link comes from',
  'legend.size': 'Size: number of links',
  'detail.close': 'Close',
  'detail.links': 'Cooperations ({count})',
  'detail.noLinks': 'No known cooperation: an isolated actor.',
  'detail.sectors': 'Sectors',
  'detail.territory': 'Territory',
  'detail.offers': 'Resources offered',
  'detail.needs': 'Resources needed',
  'detail.projects': 'Projects',
  'detail.since': 'since {date}',
  'detail.fictional': 'Fictional actor (demonstration data)',
  'detail.ess': 'Social and solidarity economy member',
  'detail.website': 'Web site',
  'detail.none': '—',
  'table.caption': 'Actors shown, sortable by column',
  'table.name': 'Name',
  'table.silo': 'Silo',
  'table.kind': 'Kind',
  'table.territory': 'Territory',
  'table.degree': 'Links',
  'table.sortBy': 'Sort by {column}',
};

const SILO_NAMES: Record<Lang, Record<Silo, string>> = {
  fr: { PUBLIC: 'Public', PRIVATE: 'Privé', POPULATION: 'Population' },
  en: { PUBLIC: 'Public', PRIVATE: 'Private', POPULATION: 'Population' },
};

const KIND_NAMES: Record<Lang, Record<ActorKind, string>> = {
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

const LINK_KIND_NAMES: Record<Lang, Record<CooperationKind, string>> = {
  fr: {
    PARTNERSHIP: 'Partenariat', MUTUALISATION: 'Mutualisation', FUNDING: 'Financement', SUPPLY: 'Fourniture',
    MEMBERSHIP: 'Adhésion', CO_PROJECT: 'Projet commun', KNOWLEDGE_SHARING: 'Partage de connaissances',
  },
  en: {
    PARTNERSHIP: 'Partnership', MUTUALISATION: 'Shared means', FUNDING: 'Funding', SUPPLY: 'Supply',
    MEMBERSHIP: 'Membership', CO_PROJECT: 'Joint project', KNOWLEDGE_SHARING: 'Knowledge sharing',
  },
};

const PROVENANCE_NAMES: Record<Lang, Record<Provenance, string>> = {
  fr: { ANIMATOR: 'saisi par un animateur', OBSERVED: 'observé', SELF_DECLARED: 'auto-déclaré' },
  en: { ANIMATOR: 'entered by an animator', OBSERVED: 'observed', SELF_DECLARED: 'self-declared' },
};

const ROLE_NAMES: Record<Lang, Record<PtceRole, string>> = {
  fr: { ADHERENT: 'Adhérent du PTCE', ALLIE: 'Allié du PTCE', PARTENAIRE: 'Partenaire du PTCE', NONE: 'Hors des cercles du PTCE' },
  en: { ADHERENT: 'PTCE member', ALLIE: 'PTCE ally', PARTENAIRE: 'PTCE partner', NONE: 'Outside the PTCE circles' },
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { fr, en };

export interface Translator {
  lang: Lang;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  silo(silo: Silo): string;
  kind(kind: ActorKind): string;
  linkKind(kind: CooperationKind): string;
  provenance(provenance: Provenance): string;
  role(role: PtceRole): string;
  number(value: number): string;
  date(iso: string): string;
}

export function translator(lang: Lang): Translator {
  const numbers = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const dates = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    lang,
    t: (key, params = {}) =>
      MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)),
    silo: (silo) => SILO_NAMES[lang][silo],
    kind: (kind) => KIND_NAMES[lang][kind],
    linkKind: (kind) => LINK_KIND_NAMES[lang][kind],
    provenance: (provenance) => PROVENANCE_NAMES[lang][provenance],
    role: (role) => ROLE_NAMES[lang][role],
    number: (value) => numbers.format(value),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
  };
}
