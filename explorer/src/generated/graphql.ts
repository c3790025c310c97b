/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * Un acteur tel que le saisit un animateur. Sans `id`, un acteur est créé (identifiant tiré du nom) ; avec, il est
 * créé ou modifié. Un champ absent ne change pas ; `null` l'efface. Les listes données remplacent les anciennes.
 * An actor as an animator enters it: an absent field stays as it is, null clears it, a given list replaces the old.
 */
export type ActorInput = {
  /** Fermé au répertoire SIRENE. / Closed in the SIRENE register. */
  closedInRegistry?: boolean | null | undefined;
  /** Date de cet accord (par défaut : aujourd'hui). / When the person agreed (default: today). */
  contactConsentGivenAt?: string | null | undefined;
  /**
   * Finalité pour laquelle la personne a accepté que ses coordonnées soient gardées : obligatoire quand une
   * coordonnée est saisie ou changée (l'accord est enregistré). / The purpose the person agreed to: required when a
   * contact detail is entered or changed; the consent is recorded.
   */
  contactConsentPurpose?: string | null | undefined;
  /** Courriel de contact (donnée personnelle). / Contact e-mail (personal data). */
  contactEmail?: string | null | undefined;
  /** Personne à contacter (donnée personnelle). / Contact person (personal data). */
  contactName?: string | null | undefined;
  /** Téléphone de contact (donnée personnelle). / Contact phone (personal data). */
  contactPhone?: string | null | undefined;
  /** Présentation publique. / Public description. */
  description?: string | null | undefined;
  /** Membre de l'ESS. / ESS member. */
  essMember?: boolean | null | undefined;
  /** Acteur fictif (démonstration). / Fictional actor. */
  fictional?: boolean | null | undefined;
  /** Identifiant (slug) ; absent : tiré du nom. / Id; made from the name when absent. */
  id?: string | null | undefined;
  /** Nature. / Kind. */
  kind?: ActorKind | null | undefined;
  /** Latitude (WGS 84). / Latitude. */
  latitude?: number | null | undefined;
  /** Longitude (WGS 84). / Longitude. */
  longitude?: number | null | undefined;
  /** Nom. / Name. */
  name?: string | null | undefined;
  /** Ressources recherchées. / Resources needed. */
  needs?: Array<ResourceUseInput> | null | undefined;
  /** Ressources offertes. / Resources offered. */
  offers?: Array<ResourceUseInput> | null | undefined;
  /** Cercle du PTCE. / PTCE circle. */
  ptceRole?: PtceRole | null | undefined;
  /** Date de l'accord de publication (par défaut : aujourd'hui). / When the person agreed (default: today). */
  publicationConsentGivenAt?: string | null | undefined;
  /**
   * Finalité de l'accord d'une personne à être publiée (sa fiche, sa commune, ses liens) : l'enregistrer la rend visible
   * du public et des chercheurs. Avec `publicationConsentSource`. / The purpose of a person's consent to be published:
   * recording it shows them to the public and researchers; needs `publicationConsentSource`.
   */
  publicationConsentPurpose?: string | null | undefined;
  /** Où et comment la personne a donné cet accord (formulaire, atelier…). / Where the person agreed (form, workshop…). */
  publicationConsentSource?: string | null | undefined;
  /** Vrai : la personne retire son accord de publication, elle disparaît pour le public. / True: the person withdraws it. */
  publicationConsentWithdrawn?: boolean | null | undefined;
  /** Numéro RNA (W et 9 caractères). / RNA number. */
  rna?: string | null | undefined;
  /** Secteurs (identifiants). / Sector ids. */
  sectorIds?: Array<string> | null | undefined;
  /** Silo. / Silo. */
  silo?: Silo | null | undefined;
  /** SIREN (9 chiffres, clé vérifiée). / SIREN (9 digits, key checked). */
  siren?: string | null | undefined;
  /** SIRET (14 chiffres, clé vérifiée). / SIRET (14 digits, key checked). */
  siret?: string | null | undefined;
  /** Territoires d'implantation, en général la commune (identifiants, ex. commune:24037). / Territory ids. */
  territoryIds?: Array<string> | null | undefined;
  /** Site web (https://…). / Web site. */
  website?: string | null | undefined;
};

/** Nature d'un acteur. / What kind of organisation (or person) an actor is. */
export type ActorKind =
  /** Association loi 1901. / Non-profit association. */
  | 'ASSOCIATION'
  /** Collectif citoyen. / Citizens' collective. */
  | 'CITIZEN_COLLECTIVE'
  /** Collectivité territoriale (commune, département, région). / Local government. */
  | 'COLLECTIVITE'
  /** Entreprise. / Company. */
  | 'COMPANY'
  /** Coopérative (SCOP, SCIC). / Cooperative. */
  | 'COOPERATIVE'
  /** Établissement public de coopération intercommunale. / Inter-municipal body. */
  | 'EPCI'
  /** Fondation. / Foundation. */
  | 'FOUNDATION'
  /** Structure d'insertion par l'activité économique (SIAE). / Work-integration enterprise. */
  | 'INSERTION'
  /** Réseau. / Network. */
  | 'NETWORK'
  /** Personne physique (données personnelles). / A person: personal data. */
  | 'PERSON'
  /** Établissement public ou chambre consulaire. / Public agency or chamber. */
  | 'PUBLIC_AGENCY'
  /** Recherche. / Research body. */
  | 'RESEARCH'
  /** Service de l'État. / State service. */
  | 'STATE_SERVICE'
  /** Formation. / Training body. */
  | 'TRAINING';

/** Calcul de l'intermédiarité : EXACT, ou SAMPLED (estimée sur un échantillon de sources). / How betweenness was computed. */
export type BetweennessMethod =
  | 'EXACT'
  | 'SAMPLED';

/** Nature d'une modification. / What a change did. */
export type ChangeAction =
  /** Création. / Created. */
  | 'CREATE'
  /** Mise à la corbeille (restaurable). / Moved to the bin (restorable). */
  | 'DELETE'
  /** Effacement définitif (droit à l'effacement). / Erased for good (right to erasure). */
  | 'ERASE'
  /** Fusion d'un autre acteur dans celui-ci (réversible). / Another actor merged into this one (reversible). */
  | 'MERGE'
  /** Sortie de la corbeille. / Restored from the bin. */
  | 'RESTORE'
  /** Modification. / Updated. */
  | 'UPDATE';

/** Correspondance d'une colonne du fichier avec un champ. / Maps a file's column to a field. */
export type ColumnMapping = {
  /** Nom de la colonne dans le fichier. / Column name in the file. */
  column: string;
  /** Champ de ActorInput ou CooperationInput. / Field of ActorInput or CooperationInput. */
  field: string;
};

/**
 * Un lien de coopération. Sans `id`, il est créé ; avec, créé ou modifié. Les deux acteurs ne changent pas une fois
 * le lien créé. / A cooperation link; its two actors are fixed once it exists.
 */
export type CooperationInput = {
  /** Montant en euros (≥ 0). / Amount in euros (≥ 0). */
  amount?: number | null | undefined;
  /** Confiance, 0 à 1. / Confidence, 0 to 1. */
  confidence?: number | null | undefined;
  /** Un des deux acteurs. / One actor. */
  from?: string | null | undefined;
  /** Identifiant ; absent : créé. / Id; made up when absent. */
  id?: string | null | undefined;
  /** Intensité, 1 à 3. / Intensity, 1 to 3. */
  intensity?: number | null | undefined;
  /** Nature du lien. / Kind. */
  kind?: CooperationKind | null | undefined;
  /** Remarque libre. / Free note. */
  note?: string | null | undefined;
  /** Origine (par défaut : saisi par un animateur). / Provenance (default: animator). */
  provenance?: Provenance | null | undefined;
  /** Depuis. / Since. */
  since?: string | null | undefined;
  /** L'autre acteur. / The other actor. */
  to?: string | null | undefined;
  /** Jusqu'à (vide : en cours). / Until. */
  until?: string | null | undefined;
};

/** Nature d'une coopération. / What a cooperation link is about. */
export type CooperationKind =
  /** Projet commun. / Joint project. */
  | 'CO_PROJECT'
  /** Financement. / Funding. */
  | 'FUNDING'
  /** Partage de connaissances. / Knowledge sharing. */
  | 'KNOWLEDGE_SHARING'
  /** Adhésion. / Membership. */
  | 'MEMBERSHIP'
  /** Mutualisation de moyens (locaux, personnel, matériel). / Sharing premises, staff or equipment. */
  | 'MUTUALISATION'
  /** Partenariat. / Partnership. */
  | 'PARTNERSHIP'
  /** Fourniture, achat local. / Supply. */
  | 'SUPPLY';

/**
 * Une auto-déclaration : un acteur propose sa fiche, ses ressources et besoins, ses liens. Elle attend qu'un animateur
 * l'accepte. / A self-declaration, waiting for an animator.
 */
export type DeclarationInput = {
  /** La fiche proposée (sans identifiant). / The proposed entry (no id). */
  actor: ActorInput;
  /** Accord pour que les animateurs gardent les coordonnées de contact. / Consent to keep the contact details. */
  consentToContact?: boolean | null | undefined;
  /** Accord pour publier la fiche et les liens (obligatoire). / Consent to publish (required). */
  consentToPublish: boolean;
  /** Laisser vide. / Leave empty (a trap for robots). */
  homepage?: string | null | undefined;
  /** Les liens déclarés. / Declared links. */
  links?: Array<DeclaredLinkInput> | null | undefined;
  /** Adresse pour suivre la proposition (animateurs seulement). / Address to follow up (animators only). */
  submitterEmail: string;
};

/** Un lien qu'un acteur déclare avec un partenaire déjà dans le graphe. / A link an actor declares with a partner. */
export type DeclaredLinkInput = {
  /** Nature du lien. / Kind. */
  kind: CooperationKind;
  /** Remarque. / Note. */
  note?: string | null | undefined;
  /** Identifiant du partenaire. / The partner's id. */
  partnerId: string;
  /** Depuis. / Since. */
  since?: string | null | undefined;
};

/**
 * Ce qu'un animateur modifie. Les modifications passent par les mutations ci-dessous, jamais par des mutations
 * générées : chacune est vérifiée, journalisée (avant / après) et faite dans une seule transaction.
 * What an animator edits: every change goes through these mutations, checked, journaled and atomic.
 */
export type EditedEntity =
  /** Acteur. / Actor. */
  | 'ACTOR'
  /** Lien de coopération. / Cooperation link. */
  | 'COOPERATION'
  /** Projet. / Project. */
  | 'PROJECT'
  /** Ressource. / Resource. */
  | 'RESOURCE'
  /** Secteur. / Sector. */
  | 'SECTOR';

/** Gravité d'un manque : ABSENT (aucun lien entre silos), LOW (loin sous la moyenne). / How severe a gap is. */
export type GapSeverity =
  | 'ABSENT'
  | 'LOW';

/** Format des fichiers importés. / Format of imported files. */
export type ImportFormat =
  /** CSV (séparateur « , » ou « ; », première ligne : les colonnes). / CSV with a header line. */
  | 'CSV'
  /** JSON : une liste d'objets par fichier. / JSON: a list of objects per file. */
  | 'JSON';

/** D'où viennent les fichiers importés : leurs colonnes. / Where imported files come from: their columns. */
export type ImportSource =
  /** L'export JSON d'une carte GoGoCarto (/api/elements.json) : fichier des acteurs, avec une correspondance de ses catégories. / A GoGoCarto map's JSON export. */
  | 'GOGOCARTO'
  /** Les champs de Maillage (ActorInput, CooperationInput), ou une correspondance. / Maillage's own fields, or a mapping. */
  | 'MAILLAGE'
  /** Les subventions au format national SCDL (scdl/subventions) : fichier des liens. / Subsidies in the national SCDL format: the links file. */
  | 'SCDL_SUBSIDIES'
  /** Le répertoire SIRENE de l'INSEE (StockEtablissement, StockUniteLegale, ou l'API SIRENE) : fichier des acteurs. / INSEE's SIRENE register: the actors file. */
  | 'SIRENE';

/** Le regroupement mesuré : par silo ou par nature d'acteur. / Grouped by silo or by kind. */
export type MixingGroup =
  | 'KIND'
  | 'SILO';

/** Le filtre de l'explorateur : quels acteurs et quels liens analyser. Un champ absent garde tout. / The explorer's filter; an absent field keeps everything. */
export type NetworkFilter = {
  /** Le réseau tel qu'il était ce jour-là (liens actifs : since ≤ jour ≤ until). / The network as it stood that day. */
  asOf?: string | null | undefined;
  /** Natures d'acteurs gardées. / Kinds of actors kept. */
  kinds?: Array<ActorKind> | null | undefined;
  /** Natures de liens gardées. / Kinds of links kept. */
  linkKinds?: Array<CooperationKind> | null | undefined;
  /** Le cœur du réseau : les acteurs ayant au moins ce nombre de partenaires dans le cœur (k-cœur, après les autres critères). / The k-core: actors with at least this many partners within it, after the other criteria. */
  minCore?: number | null | undefined;
  /** Cercles du PTCE gardés. / PTCE circles kept. */
  ptceRoles?: Array<PtceRole> | null | undefined;
  /** Secteur, ses sous-secteurs compris. / A sector, its sub-sectors included. */
  sector?: string | null | undefined;
  /** Silos gardés. / Silos kept. */
  silos?: Array<Silo> | null | undefined;
  /** Territoire à tout niveau (commune:24037, epci:200070647…), ses parties comprises. / A territory at any level, its parts included. */
  territory?: string | null | undefined;
};

/** Un participant à un projet. / A project participant. */
export type ParticipationInput = {
  /** Identifiant de l'acteur. / Actor id. */
  actorId: string;
  /** Rôle. / Role. */
  role: ProjectRole;
};

/** Un projet. / A project. */
export type ProjectInput = {
  /** Présentation. / Description. */
  description?: string | null | undefined;
  /** Fin. / End. */
  endDate?: string | null | undefined;
  /** Identifiant ; absent : tiré du titre. / Id; made from the title when absent. */
  id?: string | null | undefined;
  /** Mené en Living Lab. / Run as a Living Lab. */
  livingLab?: boolean | null | undefined;
  /** Participants. / Participants. */
  participants?: Array<ParticipationInput> | null | undefined;
  /** Début. / Start. */
  startDate?: string | null | undefined;
  /** État. / Status. */
  status?: ProjectStatus | null | undefined;
  /** Thèmes. / Themes. */
  themes?: Array<string> | null | undefined;
  /** Titre. / Title. */
  title?: string | null | undefined;
};

/** Rôle d'un acteur dans un projet. / An actor's role in a project. */
export type ProjectRole =
  /** Financeur. / Funder. */
  | 'FUNDER'
  /** Porteur. / Lead. */
  | 'LEAD'
  /** Partenaire. / Partner. */
  | 'PARTNER'
  /** Usager, bénéficiaire. / User. */
  | 'USER';

/** État d'un projet. / Project status. */
export type ProjectStatus =
  /** Terminé. / Completed. */
  | 'COMPLETED'
  /** Idée. / Idea. */
  | 'IDEA'
  /** En cours. / Ongoing. */
  | 'ONGOING'
  /** Suspendu. / On hold. */
  | 'SUSPENDED';

/** État d'une proposition d'auto-déclaration. / Where a self-declaration stands. */
export type ProposalStatus =
  /** Acceptée : l'acteur est dans le graphe. / Accepted into the graph. */
  | 'ACCEPTED'
  /** En attente de modération. / Waiting for moderation. */
  | 'PENDING'
  /** Refusée. / Rejected. */
  | 'REJECTED';

/** D'où vient un lien. / Where a link comes from. */
export type Provenance =
  /** Saisi par un animateur. / Entered by an animator. */
  | 'ANIMATOR'
  /** Observé (document, événement). / Observed. */
  | 'OBSERVED'
  /** Déclaré par l'acteur lui-même. / Declared by the actor. */
  | 'SELF_DECLARED'
  /** Cartographié en atelier (Living Lab). / Mapped together in a workshop. */
  | 'WORKSHOP';

/** Les trois cercles de la charte : adhérents, alliés, partenaires. / The charter's three circles. */
export type PtceRole =
  /** Adhérent du PTCE. / Member. */
  | 'ADHERENT'
  /** Allié. / Ally. */
  | 'ALLIE'
  /** Hors des cercles du PTCE. / Outside the PTCE's circles. */
  | 'NONE'
  /** Partenaire. / Partner. */
  | 'PARTENAIRE';

/**
 * Nature d'une ressource : la charte cite les « ressources humaines, culturelles, naturelles, patrimoniales et
 * économiques ». / What kind of resource.
 */
export type ResourceKind =
  /** Culturelle. / Cultural. */
  | 'CULTURAL'
  /** Économique (financement, marchés). / Economic. */
  | 'ECONOMIC'
  /** Patrimoniale. / Heritage. */
  | 'HERITAGE'
  /** Humaine (bénévoles, compétences, main-d'œuvre). / Human. */
  | 'HUMAN'
  /** Connaissance, savoir-faire. / Knowledge. */
  | 'KNOWLEDGE'
  /** Matérielle (locaux, équipements). / Material. */
  | 'MATERIAL'
  /** Naturelle (foncier, eau, bois). / Natural. */
  | 'NATURAL';

/** Une ressource offerte ou recherchée, avec sa précision. / An offered or needed resource, with a note. */
export type ResourceUseInput = {
  /** Précision. / Note. */
  note?: string | null | undefined;
  /** Identifiant de la ressource. / Resource id. */
  resourceId: string;
};

/** Un secteur. / A sector. */
export type SectorInput = {
  /** Identifiant ; absent : tiré du nom. / Id; made from the name when absent. */
  id?: string | null | undefined;
  /** Codes NAF. / NAF codes. */
  nafCodes?: Array<string> | null | undefined;
  /** Nom. / Name. */
  name?: string | null | undefined;
  /** Nom anglais. / English name. */
  nameEn?: string | null | undefined;
  /** Secteur parent (identifiant). / Parent sector id. */
  parentId?: string | null | undefined;
};

/**
 * Silo : le monde auquel appartient un acteur. La charte veut « sortir des silos Public / Privé / Population ».
 * Silo: the world an actor belongs to; the charter wants to connect the three.
 */
export type Silo =
  /** Population : associations, collectifs citoyens, habitants. / Civil society and inhabitants. */
  | 'POPULATION'
  /** Privé : entreprises, coopératives, structures d'insertion. / Private firms and cooperatives. */
  | 'PRIVATE'
  /** Public : collectivités, EPCI, services de l'État, établissements publics. / Public bodies. */
  | 'PUBLIC';

/** Échelon territorial. / Territorial level. */
export type TerritoryLevel =
  /** Commune (code INSEE). / Municipality. */
  | 'COMMUNE'
  /** Département. / French département. */
  | 'DEPARTEMENT'
  /** Intercommunalité (SIREN). / Inter-municipal body. */
  | 'EPCI'
  /** Pays (Grand Bergeracois). / A grouping of EPCIs. */
  | 'PAYS'
  /** Région. / Region. */
  | 'REGION';

/** Ce que l'atelier garde des participants. / What a workshop keeps of its participants. */
export type WorkshopAnonymity =
  /** Aucun auteur n'est gardé, nulle part. / No author is kept anywhere. */
  | 'ANONYMOUS'
  /** Chacun donne son nom. / Everyone gives their name. */
  | 'NAMED'
  /** Chacun choisit un pseudonyme, effacé à la clôture. / A pseudonym, deleted at closing. */
  | 'PSEUDONYMOUS';

/** Ce que l'animateur change en cours d'atelier. / What the facilitator changes while it runs. */
export type WorkshopControl = {
  /** Suspendre (true) ou rouvrir (false) les entrées. / Pause or reopen joining. */
  pauseJoining?: boolean | null | undefined;
  /** Passer à cette étape. / Move everyone to this step. */
  step?: number | null | undefined;
  /** Commencer (true) un tour « écrire seul » ou révéler (false). / Start a write-alone round, or reveal. */
  writingAlone?: boolean | null | undefined;
};

/** Ce que l'animateur corrige en validant. / What the facilitator corrects when approving. */
export type WorkshopEntryEdits = {
  /** Nature de l'organisation. / Kind. */
  actorKind?: ActorKind | null | undefined;
  /** Commune. / Commune. */
  communeId?: string | null | undefined;
  /** Nature du lien. / Link kind. */
  linkKind?: CooperationKind | null | undefined;
  /** Nom. / Name. */
  name?: string | null | undefined;
  /** Remarque. / Note. */
  note?: string | null | undefined;
  /** Silo. / Silo. */
  silo?: Silo | null | undefined;
};

/** Une contribution d'un participant. / A participant's entry. */
export type WorkshopEntryInput = {
  /** Nature de l'organisation. / Organisation's kind. */
  actorKind?: ActorKind | null | undefined;
  /** Commune de l'organisation. / Commune. */
  communeId?: string | null | undefined;
  /** Extrémité ou organisation : un acteur ou « entry:… ». / End or organisation. */
  from?: string | null | undefined;
  /** Nature. / Kind. */
  kind: WorkshopEntryKind;
  /** Nature du lien. / Link kind. */
  linkKind?: CooperationKind | null | undefined;
  /** Nom de l'organisation ou de la ressource. / Name. */
  name?: string | null | undefined;
  /** Remarque. / Note. */
  note?: string | null | undefined;
  /** Nature de la ressource. / Resource kind. */
  resourceKind?: ResourceKind | null | undefined;
  /** Silo (organisation). / Silo. */
  silo?: Silo | null | undefined;
  /** Autre extrémité (lien). / Other end. */
  to?: string | null | undefined;
};

/** Ce qu'apporte une contribution. / What an entry adds. */
export type WorkshopEntryKind =
  /** Un lien entre deux organisations. / A link between two organisations. */
  | 'LINK'
  /** Ce dont une organisation a besoin. / What an organisation needs. */
  | 'NEED'
  /** Ce qu'une organisation offre. / What an organisation offers. */
  | 'OFFER'
  /** Une organisation (la sienne ou une autre). / An organisation. */
  | 'ORGANISATION';

/** Où en est une contribution. / Where an entry stands. */
export type WorkshopEntryStatus =
  /** Validée : entrera dans le graphe à la clôture. / Approved: enters the graph at closing. */
  | 'APPROVED'
  /** À valider. / To approve. */
  | 'PENDING'
  /** Écartée. / Rejected. */
  | 'REJECTED'
  /** Retirée par son auteur. / Withdrawn by its author. */
  | 'WITHDRAWN';

/** Un nouvel atelier. / A new workshop. */
export type WorkshopInput = {
  /** Anonymat (par défaut : pseudonyme). / Anonymity (default: pseudonymous). */
  anonymity?: WorkshopAnonymity | null | undefined;
  /** Confiance des liens, 0 à 1 (par défaut 0,7). / Links' confidence (default 0.7). */
  confidence?: number | null | undefined;
  /** Date. / Date. */
  date: string;
  /** Modération (par défaut : après validation). / Moderation (default: held). */
  moderation?: WorkshopModeration | null | undefined;
  /** La question posée. / The question asked. */
  question: string;
  /** Les étapes (par défaut celles de Net-Map). / The steps (Net-Map's by default). */
  steps?: Array<string> | null | undefined;
  /** Territoire cartographié. / Territory mapped. */
  territoryId?: string | null | undefined;
  /** Titre. / Title. */
  title: string;
  /** L'étape du vote (par défaut la dernière). / The voting step (default: the last). */
  votingStep?: number | null | undefined;
};

/** Quand les contributions paraissent. / When entries are shown. */
export type WorkshopModeration =
  /** Après validation par l'animateur. / Once the facilitator approves them. */
  | 'HELD'
  /** Aussitôt. / At once. */
  | 'IMMEDIATE';

/** Ce que propose une coopération soumise au vote. / What a proposed cooperation is. */
export type WorkshopProposalKind =
  /** Un lien suggéré par l'analyse des manques. / A link the gap analytics suggest. */
  | 'LINK'
  /** Une offre qui répond à un besoin. / An offer meeting a need. */
  | 'RESOURCE';

/** Où en est un atelier. / Where a workshop stands. */
export type WorkshopStatus =
  /** Clos : n'accepte plus rien. / Closed: accepts nothing. */
  | 'CLOSED'
  /** En cours, on peut rejoindre. / Running, open to join. */
  | 'OPEN'
  /** En cours, entrées fermées. / Running, joining paused. */
  | 'PAUSED';

export type ExplorerActorSummaryFragment = { id: string, name: string, silo: Silo, kind: ActorKind };

export type ExplorerTextFragment = { fr: string, en: string };

export type ExplorerGapsQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
}>;


export type ExplorerGapsQuery = { siloMatrix: { links: number, crossSiloShare: number | null, eiIndex: number | null, expectedEiIndex: number | null, cells: Array<{ from: Silo, to: Silo, links: number, linkedPairs: number, possiblePairs: number, density: number | null }>, silos: Array<{ silo: Silo, actors: number, eiIndex: number | null }>, reasons: Array<{ fr: string, en: string }> }, isolatedActors: { total: number, actors: Array<{ partners: number, actor: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }> }, siloedActors: { total: number, actors: Array<{ partners: number, actor: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }> }, sectorGaps: { total: number, gaps: Array<{ actors: number, severity: GapSeverity, missingLinks: number, sector: { id: string, name: string, nameEn: string | null }, territory: { id: string, name: string } | null, reasons: Array<{ fr: string, en: string }> }> }, resourceMatches: { matchableNeeds: number, unmetNeeds: Array<{ resource: { id: string, name: string }, needers: Array<{ id: string, name: string, silo: Silo, kind: ActorKind }> }>, matches: Array<{ score: number, resource: { id: string, name: string }, offerer: { id: string, name: string, silo: Silo, kind: ActorKind }, needer: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }> }, coverage: { knownShare: number | null, indicative: boolean, note: { fr: string, en: string } }, fragility: { cutPointCount: number, bridgeCount: number, cutPoints: Array<{ cutOff: number, actor: { id: string, name: string, silo: Silo, kind: ActorKind } }>, structuralHoles: Array<{ partners: number, constraint: number, effectiveSize: number, actor: { id: string, name: string, silo: Silo, kind: ActorKind } }>, mixing: Array<{ by: MixingGroup, coefficient: number | null, withinShare: number | null, expectedWithinShare: number | null, reasons: Array<{ fr: string, en: string }> }>, cores: { maxCore: number, levels: Array<{ k: number, actors: number }>, reasons: Array<{ fr: string, en: string }> }, coverage: { indicative: boolean, note: { fr: string, en: string } } }, brokers: { method: BetweennessMethod, coverage: { indicative: boolean, note: { fr: string, en: string } }, methodNote: { fr: string, en: string }, actors: Array<{ rank: number, betweenness: number, actor: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }>, bridges: Array<{ linkIds: Array<string>, cutOff: number, a: { id: string, name: string, silo: Silo, kind: ActorKind }, b: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }> } };

export type ExplorerWhatIfQueryVariables = Exact<{
  actorIds: Array<string> | string;
  filter?: NetworkFilter | null | undefined;
}>;


export type ExplorerWhatIfQuery = { withoutActors: { lostLinkIds: Array<string>, lostCrossSiloLinks: number, removed: Array<{ id: string, name: string, silo: Silo, kind: ActorKind }>, before: { components: number, largestComponent: number, crossSiloLinks: number, eiIndex: number | null }, after: { components: number, largestComponent: number, crossSiloLinks: number, eiIndex: number | null }, cutOff: Array<{ id: string, name: string, silo: Silo, kind: ActorKind }>, siloAccessLost: Array<{ silo: Silo, actor: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }>, risers: Array<{ before: number, after: number, actor: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }>, reasons: Array<{ fr: string, en: string }>, coverage: { indicative: boolean, note: { fr: string, en: string } } } };

export type ExplorerSuggestionsQueryVariables = Exact<{
  actorId: string;
  filter?: NetworkFilter | null | undefined;
}>;


export type ExplorerSuggestionsQuery = { linkSuggestions: Array<{ score: number, actor: { id: string, name: string, silo: Silo, kind: ActorKind }, reasons: Array<{ fr: string, en: string }> }> };

export type ExplorerCentralityQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
}>;


export type ExplorerCentralityQuery = { centrality: { method: BetweennessMethod, scores: Array<{ actorId: string, betweenness: number }> } };

export type ExplorerEditableActorQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerEditableActorQuery = { actors: Array<{ id: string, name: string, silo: Silo, kind: ActorKind, ptceRole: PtceRole, essMember: boolean, description: string | null, website: string | null, siren: string | null, siret: string | null, rna: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, sectors: Array<{ id: string }>, locatedIn: Array<{ id: string }>, offers: Array<{ id: string }>, needs: Array<{ id: string }> }> };

export type ExplorerEditChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerEditChoicesQuery = { territories: Array<{ id: string, name: string }>, resources: Array<{ id: string, name: string }> };

export type ExplorerSaveActorMutationVariables = Exact<{
  input: ActorInput;
}>;


export type ExplorerSaveActorMutation = { saveActor: { id: string, change: { action: ChangeAction } | null } };

export type ExplorerSaveCooperationMutationVariables = Exact<{
  input: CooperationInput;
}>;


export type ExplorerSaveCooperationMutation = { saveCooperation: { id: string, change: { action: ChangeAction } | null } };

export type ExplorerDeleteMutationVariables = Exact<{
  entity: EditedEntity;
  id: string;
}>;


export type ExplorerDeleteMutation = { deleteEntity: { id: string, change: { action: ChangeAction } | null } };

export type ExplorerRestoreMutationVariables = Exact<{
  entity: EditedEntity;
  id: string;
}>;


export type ExplorerRestoreMutation = { restoreEntity: { id: string, change: { action: ChangeAction } | null } };

export type ExplorerHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerHistoryQuery = { history: Array<{ id: string, at: string, by: string, action: ChangeAction, entity: EditedEntity, entityId: string, undoes: string | null, fields: Array<{ field: string, before: string | null, after: string | null }> }> };

export type ExplorerMergeActorsMutationVariables = Exact<{
  kept: string;
  merged: string;
  take: Array<string> | string;
}>;


export type ExplorerMergeActorsMutation = { mergeActors: { id: string, change: { id: string } | null } };

export type ExplorerUndoChangeMutationVariables = Exact<{
  id: string;
}>;


export type ExplorerUndoChangeMutation = { undoChange: { entity: EditedEntity, id: string, change: { id: string } | null } };

export type ExplorerBinQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerBinQuery = { bin: Array<{ entity: EditedEntity, id: string, label: string, deletedAt: string, deletedBy: string }> };

export type ExplorerLikelyDuplicatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerLikelyDuplicatesQuery = { likelyDuplicates: Array<{ score: number, reasons: Array<string>, why: string, a: { id: string, name: string }, b: { id: string, name: string } }> };

export type ExplorerFreshnessQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerFreshnessQuery = { freshness: { coverageMonths: number, needDays: number, staleActors: { total: number, items: Array<{ lastChangedBy: string | null, lastChangedAt: string | null, actor: { id: string, name: string, updatedAt: string | null } }> }, unofferedNeeds: { total: number, items: Array<{ since: string, days: number, actor: { id: string, name: string }, resource: { id: string, name: string } }> }, isolatedActors: { total: number, items: Array<{ actor: { id: string, name: string } }> }, cutPoints: { total: number, items: Array<{ cutOff: number, actor: { id: string, name: string } }> } } };

export type ExplorerProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerProposalsQuery = { proposals: Array<{ id: string, name: string, submittedAt: string, submitterEmail: string, declaration: string, consentToContact: boolean, likelyDuplicates: Array<{ why: string, actor: { id: string, name: string } }> }> };

export type ExplorerAcceptMutationVariables = Exact<{
  id: string;
}>;


export type ExplorerAcceptMutation = { acceptProposal: { id: string, change: { action: ChangeAction } | null } };

export type ExplorerRejectMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type ExplorerRejectMutation = { rejectProposal: { id: string, status: ProposalStatus } };

export type ExplorerImportColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerImportColumnsQuery = { importColumns: { actors: Array<string>, links: Array<string> } };

export type ExplorerImportMutationVariables = Exact<{
  actors?: string | null | undefined;
  links?: string | null | undefined;
  format?: ImportFormat | null | undefined;
  source?: ImportSource | null | undefined;
  dryRun?: boolean | null | undefined;
  mapping?: Array<ColumnMapping> | ColumnMapping | null | undefined;
}>;


export type ExplorerImportMutation = { importData: { dryRun: boolean, committed: boolean, rows: number, created: number, updated: number, unchanged: number, problems: Array<{ file: string, line: number, field: string | null, reason: string, message: string }>, notices: Array<{ file: string, line: number, field: string | null, reason: string, message: string }> } };

export type ExplorerProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerProjectsQuery = { projects: Array<{ id: string, title: string, status: ProjectStatus, description: string | null, startDate: string | null, endDate: string | null, themes: Array<string>, livingLab: boolean, participantsConnection: { edges: Array<{ properties: { role: ProjectRole }, node: { id: string } }> } }> };

export type ExplorerSaveProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type ExplorerSaveProjectMutation = { saveProject: { id: string, change: { action: ChangeAction } | null } };

export type ExplorerSaveSectorMutationVariables = Exact<{
  input: SectorInput;
}>;


export type ExplorerSaveSectorMutation = { saveSector: { id: string, change: { action: ChangeAction } | null } };

export type ExplorerNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerNetworkQuery = { network: { actors: Array<{ id: string, name: string, silo: Silo, kind: ActorKind, ptceRole: PtceRole, essMember: boolean, fictional: boolean, sectorIds: Array<string>, territoryIds: Array<string>, location: { latitude: number, longitude: number } | null }>, links: Array<{ id: string, source: string, target: string, kind: CooperationKind, since: string | null, until: string | null, provenance: Provenance, intensity: number | null }>, sectors: Array<{ id: string, name: string, parent: string | null }>, territories: Array<{ id: string, name: string, level: TerritoryLevel, partOf: Array<string> }>, layout: { x: Array<number>, y: Array<number> } | null } };

export type ExplorerActorDetailsQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerActorDetailsQuery = { actors: Array<{ id: string, description: string | null, website: string | null, offers: Array<{ id: string, name: string }>, needs: Array<{ id: string, name: string }>, projects: Array<{ id: string, title: string }> }> };

export type ExplorerLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ExplorerLoginMutation = { login: { token: string, expiresAt: string, roles: Array<string> } };

export type ExplorerLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ExplorerLogoutMutation = { logout: boolean };

export type ExplorerChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ExplorerChangePasswordMutation = { changePassword: { token: string, expiresAt: string, roles: Array<string> } };

export type WorkshopLiveSubscriptionVariables = Exact<{
  code: string;
}>;


export type WorkshopLiveSubscription = { workshopLive: { revision: number, step: number, status: WorkshopStatus, writingAlone: boolean, participants: number } };

export type WorkshopFieldsFragment = { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number };

export type WorkshopEntryFieldsFragment = { id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null };

export type WorkshopProposalFieldsFragment = { id: string, kind: WorkshopProposalKind, fromName: string, fromSilo: Silo, toName: string, toSilo: Silo, resource: string | null, reason: string | null, votes: number, mine: boolean };

export type WorkshopByCodeQueryVariables = Exact<{
  code: string;
}>;


export type WorkshopByCodeQuery = { workshopByCode: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number } | null };

export type WorkshopCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkshopCommunesQuery = { territories: Array<{ id: string, name: string }> };

export type JoinWorkshopMutationVariables = Exact<{
  code: string;
  name?: string | null | undefined;
  consent: boolean;
  stayInTouch?: boolean | null | undefined;
  contact?: string | null | undefined;
}>;


export type JoinWorkshopMutation = { joinWorkshop: { session: string, workshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number } } };

export type MyWorkshopQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkshopQuery = { myWorkshop: { workshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number }, organisation: { id: string, name: string, silo: Silo | null, commune: string | null, proposed: boolean } | null, entries: Array<{ id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null }> } };

export type WorkshopLookupQueryVariables = Exact<{
  text: string;
}>;


export type WorkshopLookupQuery = { workshopLookup: Array<{ id: string, name: string, silo: Silo | null, commune: string | null, proposed: boolean }> };

export type ChooseWorkshopOrganisationMutationVariables = Exact<{
  ref: string;
}>;


export type ChooseWorkshopOrganisationMutation = { chooseWorkshopOrganisation: { organisation: { id: string, name: string, silo: Silo | null, commune: string | null, proposed: boolean } | null } };

export type AddWorkshopEntryMutationVariables = Exact<{
  input: WorkshopEntryInput;
}>;


export type AddWorkshopEntryMutation = { addWorkshopEntry: { id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null } };

export type ChangeWorkshopEntryMutationVariables = Exact<{
  id: string;
  input: WorkshopEntryInput;
}>;


export type ChangeWorkshopEntryMutation = { changeWorkshopEntry: { id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null } };

export type WithdrawWorkshopEntryMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawWorkshopEntryMutation = { withdrawWorkshopEntry: { id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null } };

export type WorkshopProposalsQueryVariables = Exact<{
  code: string;
}>;


export type WorkshopProposalsQuery = { workshopProposals: Array<{ id: string, kind: WorkshopProposalKind, fromName: string, fromSilo: Silo, toName: string, toSilo: Silo, resource: string | null, reason: string | null, votes: number, mine: boolean }> };

export type VoteWorkshopProposalMutationVariables = Exact<{
  id: string;
  vote: boolean;
}>;


export type VoteWorkshopProposalMutation = { voteWorkshopProposal: Array<{ id: string, kind: WorkshopProposalKind, fromName: string, fromSilo: Silo, toName: string, toSilo: Silo, resource: string | null, reason: string | null, votes: number, mine: boolean }> };

export type WorkshopBoardQueryVariables = Exact<{
  code: string;
}>;


export type WorkshopBoardQuery = { workshopBoard: { workshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number }, entries: Array<{ id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null }>, actors: Array<{ id: string, name: string, silo: Silo }>, counters: { participants: number, organisations: number, links: number, crossSiloShare: number | null } } | null };

export type WorkshopsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkshopsQuery = { workshops: Array<{ id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number }> };

export type CreateWorkshopMutationVariables = Exact<{
  input: WorkshopInput;
}>;


export type CreateWorkshopMutation = { createWorkshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number } };

export type WorkshopConsoleQueryVariables = Exact<{
  id: string;
}>;


export type WorkshopConsoleQuery = { workshopConsole: { workshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number }, entries: Array<{ id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null }>, contacts: Array<{ name: string | null, contact: string }> } };

export type ControlWorkshopMutationVariables = Exact<{
  id: string;
  control: WorkshopControl;
}>;


export type ControlWorkshopMutation = { controlWorkshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number } };

export type ApproveWorkshopEntryMutationVariables = Exact<{
  id: string;
  edits?: WorkshopEntryEdits | null | undefined;
}>;


export type ApproveWorkshopEntryMutation = { approveWorkshopEntry: { id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null } };

export type RejectWorkshopEntryMutationVariables = Exact<{
  id: string;
}>;


export type RejectWorkshopEntryMutation = { rejectWorkshopEntry: { id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null } };

export type MergeWorkshopEntryMutationVariables = Exact<{
  id: string;
  actorId: string;
}>;


export type MergeWorkshopEntryMutation = { mergeWorkshopEntry: { id: string, kind: WorkshopEntryKind, status: WorkshopEntryStatus, hidden: boolean, name: string | null, silo: Silo | null, actorKind: ActorKind | null, communeId: string | null, from: string | null, fromName: string | null, to: string | null, toName: string | null, linkKind: CooperationKind | null, resourceKind: ResourceKind | null, note: string | null, mergedWith: string | null, mergedWithName: string | null, author: string | null } };

export type WorkshopMatchesQueryVariables = Exact<{
  name: string;
  communeId?: string | null | undefined;
}>;


export type WorkshopMatchesQuery = { workshopMatches: Array<{ id: string, name: string, commune: string | null, sameCommune: boolean }> };

export type CloseWorkshopMutationVariables = Exact<{
  id: string;
}>;


export type CloseWorkshopMutation = { closeWorkshop: { actorsCreated: number, linksCreated: number, resourcesAdded: number, workshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number } } };

export type WorkshopSummaryQueryVariables = Exact<{
  id: string;
}>;


export type WorkshopSummaryQuery = { workshopSummary: { participantsTotal: number, actorsAdded: number, linksAdded: number, resourcesAdded: number, crossSiloShareBefore: number | null, crossSiloShareAfter: number | null, addedActorIds: Array<string>, addedLinkIds: Array<string>, workshop: { id: string, code: string, title: string, date: string, territoryId: string | null, question: string, steps: Array<string>, step: number, votingStep: number, anonymity: WorkshopAnonymity, moderation: WorkshopModeration, status: WorkshopStatus, writingAlone: boolean, confidence: number, participants: number, revision: number }, participantsBySilo: Array<{ silo: Silo | null, participants: number }>, matchedNeeds: Array<{ need: string, neededBy: string, offeredBy: Array<string> }>, voted: Array<{ proposalId: string, from: string, to: string, resource: string | null, votes: number }> } };

export type WorkshopTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkshopTerritoriesQuery = { territories: Array<{ id: string, name: string, level: TerritoryLevel }> };

export type DeclareChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclareChoicesQuery = { territories: Array<{ id: string, name: string }>, resources: Array<{ id: string, name: string }>, actors: Array<{ id: string, name: string }> };

export type DeclareEntryMutationVariables = Exact<{
  input: DeclarationInput;
}>;


export type DeclareEntryMutation = { declare: { id: string, message: string } };

export type ExplorerAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerAccountsQuery = { accounts: Array<{ email: string, roles: Array<string>, disabled: boolean }> };

export type ExplorerCreateAccountMutationVariables = Exact<{
  email: string;
  password: string;
  roles: Array<string> | string;
}>;


export type ExplorerCreateAccountMutation = { createAccount: { email: string } };

export type ExplorerSaveEmbedViewMutationVariables = Exact<{
  name: string;
  title: string;
  query: string;
}>;


export type ExplorerSaveEmbedViewMutation = { createEmbedViews: { embedViews: Array<{ name: string }> } };

export const ExplorerActorSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerActorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ExplorerActorSummaryFragment, unknown>;
export const ExplorerTextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ExplorerTextFragment, unknown>;
export const WorkshopFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<WorkshopFieldsFragment, unknown>;
export const WorkshopEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<WorkshopEntryFieldsFragment, unknown>;
export const WorkshopProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromSilo"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"toSilo"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<WorkshopProposalFieldsFragment, unknown>;
export const ExplorerGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siloMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"linkedPairs"}},{"kind":"Field","name":{"kind":"Name","value":"possiblePairs"}},{"kind":"Field","name":{"kind":"Name","value":"density"}}]}},{"kind":"Field","name":{"kind":"Name","value":"silos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"eiIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"crossSiloShare"}},{"kind":"Field","name":{"kind":"Name","value":"eiIndex"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEiIndex"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolatedActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"siloedActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"missingLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchableNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"unmetNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knownShare"}},{"kind":"Field","name":{"kind":"Name","value":"indicative"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fragility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cutPointCount"}},{"kind":"Field","name":{"kind":"Name","value":"cutPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"structuralHoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mixing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"coefficient"}},{"kind":"Field","name":{"kind":"Name","value":"withinShare"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWithinShare"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxCore"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicative"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicative"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"methodNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkIds"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerActorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ExplorerGapsQuery, ExplorerGapsQueryVariables>;
export const ExplorerWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withoutActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actorIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"largestComponent"}},{"kind":"Field","name":{"kind":"Name","value":"crossSiloLinks"}},{"kind":"Field","name":{"kind":"Name","value":"eiIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"largestComponent"}},{"kind":"Field","name":{"kind":"Name","value":"crossSiloLinks"}},{"kind":"Field","name":{"kind":"Name","value":"eiIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"lostCrossSiloLinks"}},{"kind":"Field","name":{"kind":"Name","value":"siloAccessLost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicative"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerActorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ExplorerWhatIfQuery, ExplorerWhatIfQueryVariables>;
export const ExplorerSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerActorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerText"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerActorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ExplorerSuggestionsQuery, ExplorerSuggestionsQueryVariables>;
export const ExplorerCentralityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerCentrality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centrality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerCentralityQuery, ExplorerCentralityQueryVariables>;
export const ExplorerEditableActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEditableActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ptceRole"}},{"kind":"Field","name":{"kind":"Name","value":"essMember"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"rna"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locatedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEditableActorQuery, ExplorerEditableActorQueryVariables>;
export const ExplorerEditChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEditChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"COMMUNE"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExplorerEditChoicesQuery, ExplorerEditChoicesQueryVariables>;
export const ExplorerSaveActorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerSaveActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveActor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSaveActorMutation, ExplorerSaveActorMutationVariables>;
export const ExplorerSaveCooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerSaveCooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSaveCooperationMutation, ExplorerSaveCooperationMutationVariables>;
export const ExplorerDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditedEntity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerDeleteMutation, ExplorerDeleteMutationVariables>;
export const ExplorerRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditedEntity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerRestoreMutation, ExplorerRestoreMutationVariables>;
export const ExplorerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"EnumValue","value":"ACTOR"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"undoes"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerHistoryQuery, ExplorerHistoryQueryVariables>;
export const ExplorerMergeActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerMergeActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merged"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kept"}}},{"kind":"Argument","name":{"kind":"Name","value":"merged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merged"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerMergeActorsMutation, ExplorerMergeActorsMutationVariables>;
export const ExplorerUndoChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerUndoChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerUndoChangeMutation, ExplorerUndoChangeMutationVariables>;
export const ExplorerBinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerBin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}}]}}]}}]} as unknown as DocumentNode<ExplorerBinQuery, ExplorerBinQueryVariables>;
export const ExplorerLikelyDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerLikelyDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"likelyDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"why"}}]}}]}}]} as unknown as DocumentNode<ExplorerLikelyDuplicatesQuery, ExplorerLikelyDuplicatesQueryVariables>;
export const ExplorerFreshnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerFreshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freshness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageMonths"}},{"kind":"Field","name":{"kind":"Name","value":"needDays"}},{"kind":"Field","name":{"kind":"Name","value":"staleActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unofferedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolatedActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerFreshnessQuery, ExplorerFreshnessQueryVariables>;
export const ExplorerProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submitterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"}},{"kind":"Field","name":{"kind":"Name","value":"consentToContact"}},{"kind":"Field","name":{"kind":"Name","value":"likelyDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"why"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerProposalsQuery, ExplorerProposalsQueryVariables>;
export const ExplorerAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAcceptMutation, ExplorerAcceptMutationVariables>;
export const ExplorerRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExplorerRejectMutation, ExplorerRejectMutationVariables>;
export const ExplorerImportColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerImportColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"links"}}]}}]}}]} as unknown as DocumentNode<ExplorerImportColumnsQuery, ExplorerImportColumnsQueryVariables>;
export const ExplorerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actors"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"links"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnMapping"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actors"}}},{"kind":"Argument","name":{"kind":"Name","value":"links"},"value":{"kind":"Variable","name":{"kind":"Name","value":"links"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerImportMutation, ExplorerImportMutationVariables>;
export const ExplorerProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"livingLab"}},{"kind":"Field","name":{"kind":"Name","value":"participantsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerProjectsQuery, ExplorerProjectsQueryVariables>;
export const ExplorerSaveProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerSaveProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSaveProjectMutation, ExplorerSaveProjectMutationVariables>;
export const ExplorerSaveSectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerSaveSector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSaveSectorMutation, ExplorerSaveSectorMutationVariables>;
export const ExplorerNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ptceRole"}},{"kind":"Field","name":{"kind":"Name","value":"essMember"}},{"kind":"Field","name":{"kind":"Name","value":"fictional"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"territoryIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const ExplorerActorDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerActorDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerActorDetailsQuery, ExplorerActorDetailsQueryVariables>;
export const ExplorerLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ExplorerLoginMutation, ExplorerLoginMutationVariables>;
export const ExplorerLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<ExplorerLogoutMutation, ExplorerLogoutMutationVariables>;
export const ExplorerChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ExplorerChangePasswordMutation, ExplorerChangePasswordMutationVariables>;
export const WorkshopLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkshopLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopLive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<WorkshopLiveSubscription, WorkshopLiveSubscriptionVariables>;
export const WorkshopByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<WorkshopByCodeQuery, WorkshopByCodeQueryVariables>;
export const WorkshopCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"COMMUNE"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkshopCommunesQuery, WorkshopCommunesQueryVariables>;
export const JoinWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stayInTouch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"consent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consent"}}},{"kind":"Argument","name":{"kind":"Name","value":"stayInTouch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stayInTouch"}}},{"kind":"Argument","name":{"kind":"Name","value":"contact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<JoinWorkshopMutation, JoinWorkshopMutationVariables>;
export const MyWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<MyWorkshopQuery, MyWorkshopQueryVariables>;
export const WorkshopLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopLookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}}]}}]} as unknown as DocumentNode<WorkshopLookupQuery, WorkshopLookupQueryVariables>;
export const ChooseWorkshopOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseWorkshopOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseWorkshopOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}}]}}]}}]} as unknown as DocumentNode<ChooseWorkshopOrganisationMutation, ChooseWorkshopOrganisationMutationVariables>;
export const AddWorkshopEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkshopEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkshopEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<AddWorkshopEntryMutation, AddWorkshopEntryMutationVariables>;
export const ChangeWorkshopEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeWorkshopEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeWorkshopEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<ChangeWorkshopEntryMutation, ChangeWorkshopEntryMutationVariables>;
export const WithdrawWorkshopEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawWorkshopEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawWorkshopEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<WithdrawWorkshopEntryMutation, WithdrawWorkshopEntryMutationVariables>;
export const WorkshopProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromSilo"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"toSilo"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<WorkshopProposalsQuery, WorkshopProposalsQueryVariables>;
export const VoteWorkshopProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteWorkshopProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteWorkshopProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"vote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"fromSilo"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"toSilo"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<VoteWorkshopProposalMutation, VoteWorkshopProposalMutationVariables>;
export const WorkshopBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"crossSiloShare"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<WorkshopBoardQuery, WorkshopBoardQueryVariables>;
export const WorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<WorkshopsQuery, WorkshopsQueryVariables>;
export const CreateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<CreateWorkshopMutation, CreateWorkshopMutationVariables>;
export const WorkshopConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopConsole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<WorkshopConsoleQuery, WorkshopConsoleQueryVariables>;
export const ControlWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ControlWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"control"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopControl"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"control"},"value":{"kind":"Variable","name":{"kind":"Name","value":"control"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<ControlWorkshopMutation, ControlWorkshopMutationVariables>;
export const ApproveWorkshopEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveWorkshopEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edits"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntryEdits"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveWorkshopEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"edits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edits"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<ApproveWorkshopEntryMutation, ApproveWorkshopEntryMutationVariables>;
export const RejectWorkshopEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectWorkshopEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectWorkshopEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<RejectWorkshopEntryMutation, RejectWorkshopEntryMutationVariables>;
export const MergeWorkshopEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeWorkshopEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeWorkshopEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"communeId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"}},{"kind":"Field","name":{"kind":"Name","value":"mergedWithName"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]} as unknown as DocumentNode<MergeWorkshopEntryMutation, MergeWorkshopEntryMutationVariables>;
export const WorkshopMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"communeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"sameCommune"}}]}}]}}]} as unknown as DocumentNode<WorkshopMatchesQuery, WorkshopMatchesQueryVariables>;
export const CloseWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"linksCreated"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesAdded"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<CloseWorkshopMutation, CloseWorkshopMutationVariables>;
export const WorkshopSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantsBySilo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"silo"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"actorsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"linksAdded"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesAdded"}},{"kind":"Field","name":{"kind":"Name","value":"crossSiloShareBefore"}},{"kind":"Field","name":{"kind":"Name","value":"crossSiloShareAfter"}},{"kind":"Field","name":{"kind":"Name","value":"matchedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"neededBy"}},{"kind":"Field","name":{"kind":"Name","value":"offeredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedActorIds"}},{"kind":"Field","name":{"kind":"Name","value":"addedLinkIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"votingStep"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writingAlone"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<WorkshopSummaryQuery, WorkshopSummaryQueryVariables>;
export const WorkshopTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EPCI"},{"kind":"EnumValue","value":"COMMUNE"}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<WorkshopTerritoriesQuery, WorkshopTerritoriesQueryVariables>;
export const DeclareChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeclareChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"COMMUNE"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeclareChoicesQuery, DeclareChoicesQueryVariables>;
export const DeclareEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DeclareEntryMutation, DeclareEntryMutationVariables>;
export const ExplorerAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<ExplorerAccountsQuery, ExplorerAccountsQueryVariables>;
export const ExplorerCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ExplorerCreateAccountMutation, ExplorerCreateAccountMutationVariables>;
export const ExplorerSaveEmbedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerSaveEmbedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Slug"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmbedViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"embedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSaveEmbedViewMutation, ExplorerSaveEmbedViewMutationVariables>;