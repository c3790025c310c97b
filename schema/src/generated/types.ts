export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  /** The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `"4"`) or integer (such as `4`) input value will be accepted as an ID. */
  ID: { input: string; output: string; }
  /** The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text. */
  String: { input: string; output: string; }
  /** The `Boolean` scalar type represents `true` or `false`. */
  Boolean: { input: boolean; output: boolean; }
  /** The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1. */
  Int: { input: number; output: number; }
  /** The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point). */
  Float: { input: number; output: number; }
  Confidence: { input: number; output: number; }
  /** A date, represented as a 'yyyy-mm-dd' string */
  Date: { input: string; output: string; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
  EmbedQuery: { input: unknown; output: unknown; }
  Intensity: { input: number; output: number; }
  Slug: { input: unknown; output: unknown; }
  WorkshopCode: { input: unknown; output: unknown; }
};

/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type Actor = {
  __typename?: 'Actor';
  /** Fermé au répertoire SIRENE (établissement ou unité cessés). / Closed in the SIRENE register. */
  closedInRegistry: Maybe<Scalars['Boolean']['output']>;
  consentsConnection: ActorConsentsConnection;
  /** Courriel de contact — donnée personnelle, animateurs seulement. / Contact e-mail: animators only. */
  contactEmail: Maybe<Scalars['String']['output']>;
  /** Personne à contacter — donnée personnelle, animateurs seulement. / Contact person: animators only. */
  contactName: Maybe<Scalars['String']['output']>;
  /** Téléphone de contact — donnée personnelle, animateurs seulement. / Contact phone: animators only. */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** Partenaires de coopération, dans les deux sens (COOPERATES_WITH). / Cooperation partners, either direction. */
  cooperatesWith: Array<Actor>;
  cooperatesWithConnection: ActorCooperatesWithConnection;
  /** Date de création de la fiche. / When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Présentation publique. / Public description. */
  description: Maybe<Scalars['String']['output']>;
  /** Membre de l'économie sociale et solidaire (ESS). / Member of the social and solidarity economy. */
  essMember: Scalars['Boolean']['output'];
  /** Acteur fictif (données de démonstration). / A fictional actor (demonstration data). */
  fictional: Scalars['Boolean']['output'];
  /** Identifiant stable (slug). / Stable identifier. */
  id: Scalars['ID']['output'];
  /** Nature de l'acteur. / What kind of actor. */
  kind: ActorKind;
  /** Territoire d'implantation, en général la commune (LOCATED_IN). / Where the actor is located. */
  locatedIn: Array<Territory>;
  locatedInConnection: ActorLocatedInConnection;
  /** Position (WGS 84). / Location. */
  location: Maybe<Point>;
  /** Vrai si la position est approchée (centre de la commune). / True when the location is approximate. */
  locationApproximate: Maybe<Scalars['Boolean']['output']>;
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Ressources recherchées (NEEDS). / Resources needed. */
  needs: Array<Resource>;
  needsConnection: ActorNeedsConnection;
  /** Ressources offertes (OFFERS). / Resources offered. */
  offers: Array<Resource>;
  offersConnection: ActorOffersConnection;
  /** Projets (PARTICIPATES_IN). / Projects the actor takes part in. */
  projects: Array<Project>;
  projectsConnection: ActorProjectsConnection;
  /** D'où vient la fiche, quand elle vient d'un atelier (WORKSHOP). / Where the record comes from, when from a workshop. */
  provenance: Maybe<Provenance>;
  /** Cercle du PTCE. / PTCE circle. */
  ptceRole: PtceRole;
  /** Numéro d'une association au RNA (W et 9 caractères). / An association's RNA number (W and 9 characters). */
  rna: Maybe<Scalars['String']['output']>;
  /** Secteurs, filières (ACTIVE_IN). / Sectors the actor is active in. */
  sectors: Array<Sector>;
  sectorsConnection: ActorSectorsConnection;
  /** Silo de l'acteur. / The actor's silo. */
  silo: Silo;
  /** SIREN de l'unité légale, au répertoire SIRENE (9 chiffres). / The legal unit's SIREN (9 digits). */
  siren: Maybe<Scalars['String']['output']>;
  /** SIRET de l'établissement (14 chiffres : le SIREN et 5 de plus). / The establishment's SIRET (14 digits). */
  siret: Maybe<Scalars['String']['output']>;
  /** Dernière modification de la fiche. / When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Site web. / Web site. */
  website: Maybe<Scalars['String']['output']>;
  /** La date de cet atelier. / That workshop's date. */
  workshopDate: Maybe<Scalars['Date']['output']>;
  /** L'atelier où la fiche a été proposée. / The workshop the record was proposed in. */
  workshopId: Maybe<Scalars['ID']['output']>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorConsentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorConsentsConnectionSort>>;
  where?: InputMaybe<ActorConsentsConnectionWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorCooperatesWithArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorCooperatesWithConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorCooperatesWithConnectionSort>>;
  where?: InputMaybe<ActorCooperatesWithConnectionWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorLocatedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritorySort>>;
  where?: InputMaybe<TerritoryWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorLocatedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorLocatedInConnectionSort>>;
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorNeedsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ResourceSort>>;
  where?: InputMaybe<ResourceWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorNeedsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorNeedsConnectionSort>>;
  where?: InputMaybe<ActorNeedsConnectionWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorOffersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ResourceSort>>;
  where?: InputMaybe<ResourceWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorOffersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorOffersConnectionSort>>;
  where?: InputMaybe<ActorOffersConnectionWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorProjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorProjectsConnectionSort>>;
  where?: InputMaybe<ActorProjectsConnectionWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorSectorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorSort>>;
  where?: InputMaybe<SectorWhere>;
};


/**
 * Acteur de l'écosystème : organisation ou personne. Les liens de coopération sont non orientés :
 * `cooperatesWith` trouve un lien quel que soit le sens dans lequel il est enregistré.
 * Une personne (kind PERSON) n'existe pour le public et les chercheurs qu'avec un accord de publication enregistré ;
 * les animateurs voient tout le monde.
 * An actor of the ecosystem. Cooperation links are undirected in meaning. A person (kind PERSON) exists for the public
 * and researchers only with a recorded consent to publication; animators see everyone.
 */
export type ActorSectorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSectorsConnectionSort>>;
  where?: InputMaybe<ActorSectorsConnectionWhere>;
};

export type ActorActorCooperatesWithAggregateSelection = {
  __typename?: 'ActorActorCooperatesWithAggregateSelection';
  count: CountConnection;
  edge: Maybe<ActorActorCooperatesWithEdgeAggregateSelection>;
  node: Maybe<ActorActorCooperatesWithNodeAggregateSelection>;
};

export type ActorActorCooperatesWithEdgeAggregateSelection = {
  __typename?: 'ActorActorCooperatesWithEdgeAggregateSelection';
  amount: FloatAggregateSelection;
  note: StringAggregateSelection;
};

export type ActorActorCooperatesWithNodeAggregateSelection = {
  __typename?: 'ActorActorCooperatesWithNodeAggregateSelection';
  contactEmail: StringAggregateSelection;
  contactName: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  rna: StringAggregateSelection;
  siren: StringAggregateSelection;
  siret: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  website: StringAggregateSelection;
};

export type ActorAggregate = {
  __typename?: 'ActorAggregate';
  count: Count;
  node: ActorAggregateNode;
};

export type ActorAggregateNode = {
  __typename?: 'ActorAggregateNode';
  contactEmail: StringAggregateSelection;
  contactName: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  rna: StringAggregateSelection;
  siren: StringAggregateSelection;
  siret: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  website: StringAggregateSelection;
};

export type ActorConsentConsentsAggregateSelection = {
  __typename?: 'ActorConsentConsentsAggregateSelection';
  count: CountConnection;
  node: Maybe<ActorConsentConsentsNodeAggregateSelection>;
};

export type ActorConsentConsentsNodeAggregateSelection = {
  __typename?: 'ActorConsentConsentsNodeAggregateSelection';
  scope: StringAggregateSelection;
};

export type ActorConsentsConnection = {
  __typename?: 'ActorConsentsConnection';
  aggregate: ActorConsentConsentsAggregateSelection;
};

export type ActorConsentsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorConsentsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorConsentsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorConsentsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ActorConsentsNodeAggregationWhereInput>;
};

export type ActorConsentsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorConsentsConnections */
  aggregate?: InputMaybe<ActorConsentsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorConsentsConnections match this filter */
  all?: InputMaybe<ActorConsentsConnectionWhere>;
  /** Return Actors where none of the related ActorConsentsConnections match this filter */
  none?: InputMaybe<ActorConsentsConnectionWhere>;
  /** Return Actors where one of the related ActorConsentsConnections match this filter */
  single?: InputMaybe<ActorConsentsConnectionWhere>;
  /** Return Actors where some of the related ActorConsentsConnections match this filter */
  some?: InputMaybe<ActorConsentsConnectionWhere>;
};

export type ActorConsentsConnectionSort = {
  node?: InputMaybe<ConsentSort>;
};

export type ActorConsentsConnectionWhere = {
  AND?: InputMaybe<Array<ActorConsentsConnectionWhere>>;
  NOT?: InputMaybe<ActorConsentsConnectionWhere>;
  OR?: InputMaybe<Array<ActorConsentsConnectionWhere>>;
  node?: InputMaybe<ConsentWhere>;
};

export type ActorConsentsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorConsentsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorConsentsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorConsentsNodeAggregationWhereInput>>;
  scope?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorCooperatesWithConnection = {
  __typename?: 'ActorCooperatesWithConnection';
  aggregate: ActorActorCooperatesWithAggregateSelection;
  edges: Array<ActorCooperatesWithRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorCooperatesWithConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorCooperatesWithConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorCooperatesWithConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorCooperatesWithConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<CooperationAggregationWhereInput>;
  node?: InputMaybe<ActorCooperatesWithNodeAggregationWhereInput>;
};

export type ActorCooperatesWithConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorCooperatesWithConnections */
  aggregate?: InputMaybe<ActorCooperatesWithConnectionAggregateInput>;
  /** Return Actors where all of the related ActorCooperatesWithConnections match this filter */
  all?: InputMaybe<ActorCooperatesWithConnectionWhere>;
  /** Return Actors where none of the related ActorCooperatesWithConnections match this filter */
  none?: InputMaybe<ActorCooperatesWithConnectionWhere>;
  /** Return Actors where one of the related ActorCooperatesWithConnections match this filter */
  single?: InputMaybe<ActorCooperatesWithConnectionWhere>;
  /** Return Actors where some of the related ActorCooperatesWithConnections match this filter */
  some?: InputMaybe<ActorCooperatesWithConnectionWhere>;
};

export type ActorCooperatesWithConnectionSort = {
  edge?: InputMaybe<CooperationSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorCooperatesWithConnectionWhere = {
  AND?: InputMaybe<Array<ActorCooperatesWithConnectionWhere>>;
  NOT?: InputMaybe<ActorCooperatesWithConnectionWhere>;
  OR?: InputMaybe<Array<ActorCooperatesWithConnectionWhere>>;
  edge?: InputMaybe<CooperationWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorCooperatesWithNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorCooperatesWithNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorCooperatesWithNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorCooperatesWithNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  rna?: InputMaybe<StringScalarAggregationFilters>;
  siren?: InputMaybe<StringScalarAggregationFilters>;
  siret?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorCooperatesWithRelationship = {
  __typename?: 'ActorCooperatesWithRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Cooperation;
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorIndexEdge = {
  __typename?: 'ActorIndexEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
  score: Scalars['Float']['output'];
};

/** The input for sorting a Fulltext query on an index of Actor */
export type ActorIndexSort = {
  node?: InputMaybe<ActorSort>;
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of Actor */
export type ActorIndexWhere = {
  node?: InputMaybe<ActorWhere>;
  score?: InputMaybe<FloatWhere>;
};

/**
 * Un acteur tel que le saisit un animateur. Sans `id`, un acteur est créé (identifiant tiré du nom) ; avec, il est
 * créé ou modifié. Un champ absent ne change pas ; `null` l'efface. Les listes données remplacent les anciennes.
 * An actor as an animator enters it: an absent field stays as it is, null clears it, a given list replaces the old.
 */
export type ActorInput = {
  /** Fermé au répertoire SIRENE. / Closed in the SIRENE register. */
  closedInRegistry?: InputMaybe<Scalars['Boolean']['input']>;
  /** Date de cet accord (par défaut : aujourd'hui). / When the person agreed (default: today). */
  contactConsentGivenAt?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Finalité pour laquelle la personne a accepté que ses coordonnées soient gardées : obligatoire quand une
   * coordonnée est saisie ou changée (l'accord est enregistré). / The purpose the person agreed to: required when a
   * contact detail is entered or changed; the consent is recorded.
   */
  contactConsentPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Courriel de contact (donnée personnelle). / Contact e-mail (personal data). */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Personne à contacter (donnée personnelle). / Contact person (personal data). */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Téléphone de contact (donnée personnelle). / Contact phone (personal data). */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Présentation publique. / Public description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Membre de l'ESS. / ESS member. */
  essMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Acteur fictif (démonstration). / Fictional actor. */
  fictional?: InputMaybe<Scalars['Boolean']['input']>;
  /** Identifiant (slug) ; absent : tiré du nom. / Id; made from the name when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Nature. / Kind. */
  kind?: InputMaybe<ActorKind>;
  /** Latitude (WGS 84). / Latitude. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude (WGS 84). / Longitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Nom. / Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Ressources recherchées. / Resources needed. */
  needs?: InputMaybe<Array<ResourceUseInput>>;
  /** Ressources offertes. / Resources offered. */
  offers?: InputMaybe<Array<ResourceUseInput>>;
  /** Cercle du PTCE. / PTCE circle. */
  ptceRole?: InputMaybe<PtceRole>;
  /** Date de l'accord de publication (par défaut : aujourd'hui). / When the person agreed (default: today). */
  publicationConsentGivenAt?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Finalité de l'accord d'une personne à être publiée (sa fiche, sa commune, ses liens) : l'enregistrer la rend visible
   * du public et des chercheurs. Avec `publicationConsentSource`. / The purpose of a person's consent to be published:
   * recording it shows them to the public and researchers; needs `publicationConsentSource`.
   */
  publicationConsentPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Où et comment la personne a donné cet accord (formulaire, atelier…). / Where the person agreed (form, workshop…). */
  publicationConsentSource?: InputMaybe<Scalars['String']['input']>;
  /** Vrai : la personne retire son accord de publication, elle disparaît pour le public. / True: the person withdraws it. */
  publicationConsentWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Numéro RNA (W et 9 caractères). / RNA number. */
  rna?: InputMaybe<Scalars['String']['input']>;
  /** Secteurs (identifiants). / Sector ids. */
  sectorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Silo. / Silo. */
  silo?: InputMaybe<Silo>;
  /** SIREN (9 chiffres, clé vérifiée). / SIREN (9 digits, key checked). */
  siren?: InputMaybe<Scalars['String']['input']>;
  /** SIRET (14 chiffres, clé vérifiée). / SIRET (14 digits, key checked). */
  siret?: InputMaybe<Scalars['String']['input']>;
  /** Territoires d'implantation, en général la commune (identifiants, ex. commune:24037). / Territory ids. */
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Site web (https://…). / Web site. */
  website?: InputMaybe<Scalars['String']['input']>;
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

/** ActorKind filters */
export type ActorKindEnumScalarFilters = {
  eq?: InputMaybe<ActorKind>;
  in?: InputMaybe<Array<ActorKind>>;
};

export type ActorLocatedInConnection = {
  __typename?: 'ActorLocatedInConnection';
  aggregate: ActorTerritoryLocatedInAggregateSelection;
  edges: Array<ActorLocatedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorLocatedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorLocatedInConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorLocatedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorLocatedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ActorLocatedInNodeAggregationWhereInput>;
};

export type ActorLocatedInConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorLocatedInConnections */
  aggregate?: InputMaybe<ActorLocatedInConnectionAggregateInput>;
  /** Return Actors where all of the related ActorLocatedInConnections match this filter */
  all?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where none of the related ActorLocatedInConnections match this filter */
  none?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where one of the related ActorLocatedInConnections match this filter */
  single?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where some of the related ActorLocatedInConnections match this filter */
  some?: InputMaybe<ActorLocatedInConnectionWhere>;
};

export type ActorLocatedInConnectionSort = {
  node?: InputMaybe<TerritorySort>;
};

export type ActorLocatedInConnectionWhere = {
  AND?: InputMaybe<Array<ActorLocatedInConnectionWhere>>;
  NOT?: InputMaybe<ActorLocatedInConnectionWhere>;
  OR?: InputMaybe<Array<ActorLocatedInConnectionWhere>>;
  node?: InputMaybe<TerritoryWhere>;
};

export type ActorLocatedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorLocatedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorLocatedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorLocatedInNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
};

export type ActorLocatedInRelationship = {
  __typename?: 'ActorLocatedInRelationship';
  cursor: Scalars['String']['output'];
  node: Territory;
};

export type ActorNeedsConnection = {
  __typename?: 'ActorNeedsConnection';
  aggregate: ActorResourceNeedsAggregateSelection;
  edges: Array<ActorNeedsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorNeedsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorNeedsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorNeedsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorNeedsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ResourceNoteAggregationWhereInput>;
  node?: InputMaybe<ActorNeedsNodeAggregationWhereInput>;
};

export type ActorNeedsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorNeedsConnections */
  aggregate?: InputMaybe<ActorNeedsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorNeedsConnections match this filter */
  all?: InputMaybe<ActorNeedsConnectionWhere>;
  /** Return Actors where none of the related ActorNeedsConnections match this filter */
  none?: InputMaybe<ActorNeedsConnectionWhere>;
  /** Return Actors where one of the related ActorNeedsConnections match this filter */
  single?: InputMaybe<ActorNeedsConnectionWhere>;
  /** Return Actors where some of the related ActorNeedsConnections match this filter */
  some?: InputMaybe<ActorNeedsConnectionWhere>;
};

export type ActorNeedsConnectionSort = {
  edge?: InputMaybe<ResourceNoteSort>;
  node?: InputMaybe<ResourceSort>;
};

export type ActorNeedsConnectionWhere = {
  AND?: InputMaybe<Array<ActorNeedsConnectionWhere>>;
  NOT?: InputMaybe<ActorNeedsConnectionWhere>;
  OR?: InputMaybe<Array<ActorNeedsConnectionWhere>>;
  edge?: InputMaybe<ResourceNoteWhere>;
  node?: InputMaybe<ResourceWhere>;
};

export type ActorNeedsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorNeedsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorNeedsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorNeedsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorNeedsRelationship = {
  __typename?: 'ActorNeedsRelationship';
  cursor: Scalars['String']['output'];
  node: Resource;
  properties: ResourceNote;
};

export type ActorOffersConnection = {
  __typename?: 'ActorOffersConnection';
  aggregate: ActorResourceOffersAggregateSelection;
  edges: Array<ActorOffersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorOffersConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorOffersConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorOffersConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorOffersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ResourceNoteAggregationWhereInput>;
  node?: InputMaybe<ActorOffersNodeAggregationWhereInput>;
};

export type ActorOffersConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorOffersConnections */
  aggregate?: InputMaybe<ActorOffersConnectionAggregateInput>;
  /** Return Actors where all of the related ActorOffersConnections match this filter */
  all?: InputMaybe<ActorOffersConnectionWhere>;
  /** Return Actors where none of the related ActorOffersConnections match this filter */
  none?: InputMaybe<ActorOffersConnectionWhere>;
  /** Return Actors where one of the related ActorOffersConnections match this filter */
  single?: InputMaybe<ActorOffersConnectionWhere>;
  /** Return Actors where some of the related ActorOffersConnections match this filter */
  some?: InputMaybe<ActorOffersConnectionWhere>;
};

export type ActorOffersConnectionSort = {
  edge?: InputMaybe<ResourceNoteSort>;
  node?: InputMaybe<ResourceSort>;
};

export type ActorOffersConnectionWhere = {
  AND?: InputMaybe<Array<ActorOffersConnectionWhere>>;
  NOT?: InputMaybe<ActorOffersConnectionWhere>;
  OR?: InputMaybe<Array<ActorOffersConnectionWhere>>;
  edge?: InputMaybe<ResourceNoteWhere>;
  node?: InputMaybe<ResourceWhere>;
};

export type ActorOffersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorOffersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorOffersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorOffersNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorOffersRelationship = {
  __typename?: 'ActorOffersRelationship';
  cursor: Scalars['String']['output'];
  node: Resource;
  properties: ResourceNote;
};

export type ActorProjectProjectsAggregateSelection = {
  __typename?: 'ActorProjectProjectsAggregateSelection';
  count: CountConnection;
  node: Maybe<ActorProjectProjectsNodeAggregateSelection>;
};

export type ActorProjectProjectsNodeAggregateSelection = {
  __typename?: 'ActorProjectProjectsNodeAggregateSelection';
  description: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type ActorProjectsConnection = {
  __typename?: 'ActorProjectsConnection';
  aggregate: ActorProjectProjectsAggregateSelection;
  edges: Array<ActorProjectsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorProjectsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorProjectsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorProjectsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorProjectsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ActorProjectsNodeAggregationWhereInput>;
};

export type ActorProjectsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorProjectsConnections */
  aggregate?: InputMaybe<ActorProjectsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorProjectsConnections match this filter */
  all?: InputMaybe<ActorProjectsConnectionWhere>;
  /** Return Actors where none of the related ActorProjectsConnections match this filter */
  none?: InputMaybe<ActorProjectsConnectionWhere>;
  /** Return Actors where one of the related ActorProjectsConnections match this filter */
  single?: InputMaybe<ActorProjectsConnectionWhere>;
  /** Return Actors where some of the related ActorProjectsConnections match this filter */
  some?: InputMaybe<ActorProjectsConnectionWhere>;
};

export type ActorProjectsConnectionSort = {
  edge?: InputMaybe<ParticipationSort>;
  node?: InputMaybe<ProjectSort>;
};

export type ActorProjectsConnectionWhere = {
  AND?: InputMaybe<Array<ActorProjectsConnectionWhere>>;
  NOT?: InputMaybe<ActorProjectsConnectionWhere>;
  OR?: InputMaybe<Array<ActorProjectsConnectionWhere>>;
  edge?: InputMaybe<ParticipationWhere>;
  node?: InputMaybe<ProjectWhere>;
};

export type ActorProjectsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorProjectsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorProjectsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorProjectsNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorProjectsRelationship = {
  __typename?: 'ActorProjectsRelationship';
  cursor: Scalars['String']['output'];
  node: Project;
  properties: Participation;
};

export type ActorRelationshipFilters = {
  /** Filter type where all of the related Actors match this filter */
  all?: InputMaybe<ActorWhere>;
  /** Filter type where none of the related Actors match this filter */
  none?: InputMaybe<ActorWhere>;
  /** Filter type where one of the related Actors match this filter */
  single?: InputMaybe<ActorWhere>;
  /** Filter type where some of the related Actors match this filter */
  some?: InputMaybe<ActorWhere>;
};

export type ActorResourceNeedsAggregateSelection = {
  __typename?: 'ActorResourceNeedsAggregateSelection';
  count: CountConnection;
  edge: Maybe<ActorResourceNeedsEdgeAggregateSelection>;
  node: Maybe<ActorResourceNeedsNodeAggregateSelection>;
};

export type ActorResourceNeedsEdgeAggregateSelection = {
  __typename?: 'ActorResourceNeedsEdgeAggregateSelection';
  note: StringAggregateSelection;
};

export type ActorResourceNeedsNodeAggregateSelection = {
  __typename?: 'ActorResourceNeedsNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ActorResourceOffersAggregateSelection = {
  __typename?: 'ActorResourceOffersAggregateSelection';
  count: CountConnection;
  edge: Maybe<ActorResourceOffersEdgeAggregateSelection>;
  node: Maybe<ActorResourceOffersNodeAggregateSelection>;
};

export type ActorResourceOffersEdgeAggregateSelection = {
  __typename?: 'ActorResourceOffersEdgeAggregateSelection';
  note: StringAggregateSelection;
};

export type ActorResourceOffersNodeAggregateSelection = {
  __typename?: 'ActorResourceOffersNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ActorSectorSectorsAggregateSelection = {
  __typename?: 'ActorSectorSectorsAggregateSelection';
  count: CountConnection;
  node: Maybe<ActorSectorSectorsNodeAggregateSelection>;
};

export type ActorSectorSectorsNodeAggregateSelection = {
  __typename?: 'ActorSectorSectorsNodeAggregateSelection';
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ActorSectorsConnection = {
  __typename?: 'ActorSectorsConnection';
  aggregate: ActorSectorSectorsAggregateSelection;
  edges: Array<ActorSectorsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorSectorsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorSectorsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorSectorsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorSectorsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ActorSectorsNodeAggregationWhereInput>;
};

export type ActorSectorsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorSectorsConnections */
  aggregate?: InputMaybe<ActorSectorsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorSectorsConnections match this filter */
  all?: InputMaybe<ActorSectorsConnectionWhere>;
  /** Return Actors where none of the related ActorSectorsConnections match this filter */
  none?: InputMaybe<ActorSectorsConnectionWhere>;
  /** Return Actors where one of the related ActorSectorsConnections match this filter */
  single?: InputMaybe<ActorSectorsConnectionWhere>;
  /** Return Actors where some of the related ActorSectorsConnections match this filter */
  some?: InputMaybe<ActorSectorsConnectionWhere>;
};

export type ActorSectorsConnectionSort = {
  node?: InputMaybe<SectorSort>;
};

export type ActorSectorsConnectionWhere = {
  AND?: InputMaybe<Array<ActorSectorsConnectionWhere>>;
  NOT?: InputMaybe<ActorSectorsConnectionWhere>;
  OR?: InputMaybe<Array<ActorSectorsConnectionWhere>>;
  node?: InputMaybe<SectorWhere>;
};

export type ActorSectorsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorSectorsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorSectorsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorSectorsNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorSectorsRelationship = {
  __typename?: 'ActorSectorsRelationship';
  cursor: Scalars['String']['output'];
  node: Sector;
};

/** Fields to sort Actors by. The order in which sorts are applied is not guaranteed when specifying many fields in one ActorSort object. */
export type ActorSort = {
  closedInRegistry?: InputMaybe<SortDirection>;
  createdAt?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  essMember?: InputMaybe<SortDirection>;
  fictional?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  location?: InputMaybe<SortDirection>;
  locationApproximate?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  provenance?: InputMaybe<SortDirection>;
  ptceRole?: InputMaybe<SortDirection>;
  rna?: InputMaybe<SortDirection>;
  silo?: InputMaybe<SortDirection>;
  siren?: InputMaybe<SortDirection>;
  siret?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
  website?: InputMaybe<SortDirection>;
  workshopDate?: InputMaybe<SortDirection>;
  workshopId?: InputMaybe<SortDirection>;
};

export type ActorTerritoryLocatedInAggregateSelection = {
  __typename?: 'ActorTerritoryLocatedInAggregateSelection';
  count: CountConnection;
  node: Maybe<ActorTerritoryLocatedInNodeAggregateSelection>;
};

export type ActorTerritoryLocatedInNodeAggregateSelection = {
  __typename?: 'ActorTerritoryLocatedInNodeAggregateSelection';
  code: StringAggregateSelection;
  name: StringAggregateSelection;
  population: IntAggregateSelection;
};

export type ActorWhere = {
  AND?: InputMaybe<Array<ActorWhere>>;
  NOT?: InputMaybe<ActorWhere>;
  OR?: InputMaybe<Array<ActorWhere>>;
  closedInRegistry?: InputMaybe<BooleanScalarFilters>;
  consents?: InputMaybe<ConsentRelationshipFilters>;
  consentsConnection?: InputMaybe<ActorConsentsConnectionFilters>;
  cooperatesWith?: InputMaybe<ActorRelationshipFilters>;
  cooperatesWithConnection?: InputMaybe<ActorCooperatesWithConnectionFilters>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  essMember?: InputMaybe<BooleanScalarFilters>;
  fictional?: InputMaybe<BooleanScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<ActorKindEnumScalarFilters>;
  locatedIn?: InputMaybe<TerritoryRelationshipFilters>;
  locatedInConnection?: InputMaybe<ActorLocatedInConnectionFilters>;
  location?: InputMaybe<PointFilters>;
  locationApproximate?: InputMaybe<BooleanScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  needs?: InputMaybe<ResourceRelationshipFilters>;
  needsConnection?: InputMaybe<ActorNeedsConnectionFilters>;
  offers?: InputMaybe<ResourceRelationshipFilters>;
  offersConnection?: InputMaybe<ActorOffersConnectionFilters>;
  projects?: InputMaybe<ProjectRelationshipFilters>;
  projectsConnection?: InputMaybe<ActorProjectsConnectionFilters>;
  provenance?: InputMaybe<ProvenanceEnumScalarFilters>;
  ptceRole?: InputMaybe<PtceRoleEnumScalarFilters>;
  rna?: InputMaybe<StringScalarFilters>;
  sectors?: InputMaybe<SectorRelationshipFilters>;
  sectorsConnection?: InputMaybe<ActorSectorsConnectionFilters>;
  silo?: InputMaybe<SiloEnumScalarFilters>;
  siren?: InputMaybe<StringScalarFilters>;
  siret?: InputMaybe<StringScalarFilters>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  website?: InputMaybe<StringScalarFilters>;
  workshopDate?: InputMaybe<DateScalarFilters>;
  workshopId?: InputMaybe<IdScalarFilters>;
};

export type ActorsConnection = {
  __typename?: 'ActorsConnection';
  aggregate: ActorAggregate;
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorsIndexConnection = {
  __typename?: 'ActorsIndexConnection';
  edges: Array<ActorIndexEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Un objet dans la corbeille. / Something in the bin. */
export type BinEntry = {
  __typename?: 'BinEntry';
  /** Mis à la corbeille le. / When it was deleted. */
  deletedAt: Scalars['DateTime']['output'];
  /** Par. / By whom. */
  deletedBy: Scalars['String']['output'];
  /** Type de l'objet. / What kind of thing. */
  entity: EditedEntity;
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Nom ou titre. / Name or title. */
  label: Scalars['String']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

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

/** Une entrée du journal : qui, quand, quoi. / A journal entry: who, when, what. */
export type ChangeRecord = {
  __typename?: 'ChangeRecord';
  /** Nature de la modification. / What was done. */
  action: ChangeAction;
  /** Quand. / When. */
  at: Scalars['DateTime']['output'];
  /** Qui : compte, ou « import: » / « moderation: » suivi du compte. / Who. */
  by: Scalars['String']['output'];
  /** Type de l'objet modifié. / What kind of thing changed. */
  entity: EditedEntity;
  /** Identifiant de l'objet modifié. / Id of what changed. */
  entityId: Scalars['ID']['output'];
  /** Les champs modifiés. / The fields that changed. */
  fields: Array<FieldChange>;
  /** Identifiant de l'entrée. / Entry id. */
  id: Scalars['ID']['output'];
  /** L'entrée que celle-ci annule, si c'est une annulation. / The entry this one undoes, if it is an undo. */
  undoes: Maybe<Scalars['ID']['output']>;
};

/** Correspondance d'une colonne du fichier avec un champ. / Maps a file's column to a field. */
export type ColumnMapping = {
  /** Nom de la colonne dans le fichier. / Column name in the file. */
  column: Scalars['String']['input'];
  /** Champ de ActorInput ou CooperationInput. / Field of ActorInput or CooperationInput. */
  field: Scalars['String']['input'];
};

/** Confidence filters */
export type ConfidenceScalarFilters = {
  eq?: InputMaybe<Scalars['Confidence']['input']>;
  in?: InputMaybe<Array<Scalars['Confidence']['input']>>;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type ConsentRelationshipFilters = {
  /** Filter type where all of the related Consents match this filter */
  all?: InputMaybe<ConsentWhere>;
  /** Filter type where none of the related Consents match this filter */
  none?: InputMaybe<ConsentWhere>;
  /** Filter type where one of the related Consents match this filter */
  single?: InputMaybe<ConsentWhere>;
  /** Filter type where some of the related Consents match this filter */
  some?: InputMaybe<ConsentWhere>;
};

/** Fields to sort Consents by. The order in which sorts are applied is not guaranteed when specifying many fields in one ConsentSort object. */
export type ConsentSort = {
  scope?: InputMaybe<SortDirection>;
};

export type ConsentWhere = {
  AND?: InputMaybe<Array<ConsentWhere>>;
  NOT?: InputMaybe<ConsentWhere>;
  OR?: InputMaybe<Array<ConsentWhere>>;
  scope?: InputMaybe<StringScalarFilters>;
};

/**
 * The edge properties for the following fields:
 * * Actor.cooperatesWith
 */
export type Cooperation = {
  __typename?: 'Cooperation';
  /** Montant en euros (une subvention, un marché). / Amount in euros (a subsidy, a contract). */
  amount: Maybe<Scalars['Float']['output']>;
  /** Confiance dans le lien, de 0 à 1. / Confidence in the link, 0 to 1. */
  confidence: Maybe<Scalars['Confidence']['output']>;
  /** Identifiant stable du lien. / Stable link identifier. */
  id: Scalars['ID']['output'];
  /** Intensité, de 1 (ponctuelle) à 3 (structurante). / Intensity, 1 to 3. */
  intensity: Maybe<Scalars['Intensity']['output']>;
  /** Nature du lien. / What the link is about. */
  kind: CooperationKind;
  /** Remarque libre. / Free note. */
  note: Maybe<Scalars['String']['output']>;
  /** Origine du lien. / Where the link comes from. */
  provenance: Provenance;
  /** Depuis. / Since. */
  since: Maybe<Scalars['Date']['output']>;
  /** Jusqu'à (vide : en cours). / Until (empty: ongoing). */
  until: Maybe<Scalars['Date']['output']>;
  /** La date de cet atelier. / That workshop's date. */
  workshopDate: Maybe<Scalars['Date']['output']>;
  /** L'atelier d'où vient le lien (origine WORKSHOP). / The workshop the link comes from. */
  workshopId: Maybe<Scalars['ID']['output']>;
};

export type CooperationAggregationWhereInput = {
  AND?: InputMaybe<Array<CooperationAggregationWhereInput>>;
  NOT?: InputMaybe<CooperationAggregationWhereInput>;
  OR?: InputMaybe<Array<CooperationAggregationWhereInput>>;
  amount?: InputMaybe<FloatScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
};

/**
 * Un lien de coopération. Sans `id`, il est créé ; avec, créé ou modifié. Les deux acteurs ne changent pas une fois
 * le lien créé. / A cooperation link; its two actors are fixed once it exists.
 */
export type CooperationInput = {
  /** Montant en euros (≥ 0). / Amount in euros (≥ 0). */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Confiance, 0 à 1. / Confidence, 0 to 1. */
  confidence?: InputMaybe<Scalars['Confidence']['input']>;
  /** Un des deux acteurs. / One actor. */
  from?: InputMaybe<Scalars['ID']['input']>;
  /** Identifiant ; absent : créé. / Id; made up when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Intensité, 1 à 3. / Intensity, 1 to 3. */
  intensity?: InputMaybe<Scalars['Intensity']['input']>;
  /** Nature du lien. / Kind. */
  kind?: InputMaybe<CooperationKind>;
  /** Remarque libre. / Free note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Origine (par défaut : saisi par un animateur). / Provenance (default: animator). */
  provenance?: InputMaybe<Provenance>;
  /** Depuis. / Since. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** L'autre acteur. / The other actor. */
  to?: InputMaybe<Scalars['ID']['input']>;
  /** Jusqu'à (vide : en cours). / Until. */
  until?: InputMaybe<Scalars['Date']['input']>;
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

/** CooperationKind filters */
export type CooperationKindEnumScalarFilters = {
  eq?: InputMaybe<CooperationKind>;
  in?: InputMaybe<Array<CooperationKind>>;
};

export type CooperationSort = {
  amount?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  intensity?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  note?: InputMaybe<SortDirection>;
  provenance?: InputMaybe<SortDirection>;
  since?: InputMaybe<SortDirection>;
  until?: InputMaybe<SortDirection>;
  workshopDate?: InputMaybe<SortDirection>;
  workshopId?: InputMaybe<SortDirection>;
};

export type CooperationWhere = {
  AND?: InputMaybe<Array<CooperationWhere>>;
  NOT?: InputMaybe<CooperationWhere>;
  OR?: InputMaybe<Array<CooperationWhere>>;
  amount?: InputMaybe<FloatScalarFilters>;
  confidence?: InputMaybe<ConfidenceScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  intensity?: InputMaybe<IntensityScalarFilters>;
  kind?: InputMaybe<CooperationKindEnumScalarFilters>;
  note?: InputMaybe<StringScalarFilters>;
  provenance?: InputMaybe<ProvenanceEnumScalarFilters>;
  since?: InputMaybe<DateScalarFilters>;
  until?: InputMaybe<DateScalarFilters>;
  workshopDate?: InputMaybe<DateScalarFilters>;
  workshopId?: InputMaybe<IdScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

export type CreateEmbedViewsMutationResponse = {
  __typename?: 'CreateEmbedViewsMutationResponse';
  embedViews: Array<EmbedView>;
  info: CreateInfo;
};

/** Information about the number of nodes and relationships created during a create mutation */
export type CreateInfo = {
  __typename?: 'CreateInfo';
  nodesCreated: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
};

/** Date filters */
export type DateScalarFilters = {
  eq?: InputMaybe<Scalars['Date']['input']>;
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max: Maybe<Scalars['DateTime']['output']>;
  min: Maybe<Scalars['DateTime']['output']>;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: InputMaybe<DateTimeScalarFilters>;
  min?: InputMaybe<DateTimeScalarFilters>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** DateTime mutations */
export type DateTimeScalarMutations = {
  set?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Une auto-déclaration : un acteur propose sa fiche, ses ressources et besoins, ses liens. Elle attend qu'un animateur
 * l'accepte. / A self-declaration, waiting for an animator.
 */
export type DeclarationInput = {
  /** La fiche proposée (sans identifiant). / The proposed entry (no id). */
  actor: ActorInput;
  /** Accord pour que les animateurs gardent les coordonnées de contact. / Consent to keep the contact details. */
  consentToContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Accord pour publier la fiche et les liens (obligatoire). / Consent to publish (required). */
  consentToPublish: Scalars['Boolean']['input'];
  /** Laisser vide. / Leave empty (a trap for robots). */
  homepage?: InputMaybe<Scalars['String']['input']>;
  /** Les liens déclarés. / Declared links. */
  links?: InputMaybe<Array<DeclaredLinkInput>>;
  /** Adresse pour suivre la proposition (animateurs seulement). / Address to follow up (animators only). */
  submitterEmail: Scalars['String']['input'];
};

/** Accusé de réception d'une auto-déclaration. / Receipt of a self-declaration. */
export type DeclarationReceipt = {
  __typename?: 'DeclarationReceipt';
  /** Numéro de la proposition. / Proposal number. */
  id: Scalars['ID']['output'];
  /** Message pour le déclarant. / Message for the declarant. */
  message: Scalars['String']['output'];
};

/** Un lien qu'un acteur déclare avec un partenaire déjà dans le graphe. / A link an actor declares with a partner. */
export type DeclaredLinkInput = {
  /** Nature du lien. / Kind. */
  kind: CooperationKind;
  /** Remarque. / Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Identifiant du partenaire. / The partner's id. */
  partnerId: Scalars['ID']['input'];
  /** Depuis. / Since. */
  since?: InputMaybe<Scalars['Date']['input']>;
};

/** Information about the number of nodes and relationships deleted during a delete mutation */
export type DeleteInfo = {
  __typename?: 'DeleteInfo';
  nodesDeleted: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

/** Un acteur d'une paire de doublons probables. / An actor of a likely duplicate pair. */
export type DuplicateActor = {
  __typename?: 'DuplicateActor';
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** SIREN, s'il est connu. / SIREN, when known. */
  siren: Maybe<Scalars['String']['output']>;
  /** SIRET, s'il est connu. / SIRET, when known. */
  siret: Maybe<Scalars['String']['output']>;
};

/** Un acteur du graphe qui ressemble à une proposition, et pourquoi. / A graph actor a proposal looks like, and why. */
export type DuplicateMatch = {
  __typename?: 'DuplicateMatch';
  /** L'acteur du graphe. / The graph's actor. */
  actor: DuplicateActor;
  /** Raisons. / Reasons. */
  reasons: Array<Scalars['String']['output']>;
  /** Ressemblance, de 0 à 1. / How alike, 0 to 1. */
  score: Scalars['Float']['output'];
  /** Les raisons en mots, en français puis en anglais. / The reasons in words. */
  why: Scalars['String']['output'];
};

/** Deux acteurs qui pourraient n'en faire qu'un, et pourquoi ; rien n'est jamais fusionné sans un animateur. / Two actors that may be one, and why; nothing is merged without an animator. */
export type DuplicatePair = {
  __typename?: 'DuplicatePair';
  /** L'un. / One. */
  a: DuplicateActor;
  /** L'autre. / The other. */
  b: DuplicateActor;
  /** Raisons : SAME_SIRET, SAME_SIREN, SAME_NAME, SIMILAR_NAME, SAME_COMMUNE, NEIGHBOURING_COMMUNE. / Reasons. */
  reasons: Array<Scalars['String']['output']>;
  /** Ressemblance, de 0 à 1. / How alike, 0 to 1. */
  score: Scalars['Float']['output'];
  /** Les raisons en mots, en français puis en anglais. / The reasons in words, French then English. */
  why: Scalars['String']['output'];
};

/** Le résultat d'une modification. / What an edit did. */
export type EditResult = {
  __typename?: 'EditResult';
  /** L'entrée du journal ; vide si rien n'a changé. / The journal entry; empty when nothing changed. */
  change: Maybe<ChangeRecord>;
  /** Type de l'objet. / What kind of thing. */
  entity: EditedEntity;
  /** Son identifiant (créé si absent de la saisie). / Its id, made up when the input had none. */
  id: Scalars['ID']['output'];
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

/** EmbedQuery filters */
export type EmbedQueryScalarFilters = {
  eq?: InputMaybe<Scalars['EmbedQuery']['input']>;
  in?: InputMaybe<Array<Scalars['EmbedQuery']['input']>>;
};

/** EmbedQuery filters */
export type EmbedQueryScalarMutations = {
  set?: InputMaybe<Scalars['EmbedQuery']['input']>;
};

/**
 * Vue intégrable enregistrée sous un nom court par un animateur : /embed/v/<nom> continue de marcher quand les URL
 * évoluent. Lecture publique, écriture réservée aux animateurs.
 * A saved embed view: its URL keeps working when embed parameters evolve. Anyone reads, animators write.
 */
export type EmbedView = {
  __typename?: 'EmbedView';
  /** Date d'enregistrement. / When it was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** Nom court, dans l'adresse /embed/v/<nom>. / The short name in /embed/v/<name>. */
  name: Scalars['Slug']['output'];
  /** Paramètres de la vue. / The view's parameters. */
  query: Scalars['EmbedQuery']['output'];
  /** Titre, pour la liste des vues. / Title, for the list of views. */
  title: Scalars['String']['output'];
  /** Dernière modification. / When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

export type EmbedViewAggregate = {
  __typename?: 'EmbedViewAggregate';
  count: Count;
  node: EmbedViewAggregateNode;
};

export type EmbedViewAggregateNode = {
  __typename?: 'EmbedViewAggregateNode';
  createdAt: DateTimeAggregateSelection;
  title: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
};

export type EmbedViewCreateInput = {
  name: Scalars['Slug']['input'];
  query: Scalars['EmbedQuery']['input'];
  title: Scalars['String']['input'];
};

export type EmbedViewEdge = {
  __typename?: 'EmbedViewEdge';
  cursor: Scalars['String']['output'];
  node: EmbedView;
};

/** Fields to sort EmbedViews by. The order in which sorts are applied is not guaranteed when specifying many fields in one EmbedViewSort object. */
export type EmbedViewSort = {
  createdAt?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  query?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  updatedAt?: InputMaybe<SortDirection>;
};

export type EmbedViewUpdateInput = {
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  name?: InputMaybe<SlugScalarMutations>;
  query?: InputMaybe<EmbedQueryScalarMutations>;
  title?: InputMaybe<StringScalarMutations>;
};

export type EmbedViewWhere = {
  AND?: InputMaybe<Array<EmbedViewWhere>>;
  NOT?: InputMaybe<EmbedViewWhere>;
  OR?: InputMaybe<Array<EmbedViewWhere>>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  name?: InputMaybe<SlugScalarFilters>;
  query?: InputMaybe<EmbedQueryScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
};

export type EmbedViewsConnection = {
  __typename?: 'EmbedViewsConnection';
  aggregate: EmbedViewAggregate;
  edges: Array<EmbedViewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Ce qui reste d'un effacement. / What an erasure leaves. */
export type Erasure = {
  __typename?: 'Erasure';
  /** Le pseudonyme qui remplace l'identifiant dans le journal. / The pseudonym that replaces the id in the journal. */
  pseudonym: Scalars['ID']['output'];
};

/** Un champ modifié, avant et après (JSON). / One field of a change, before and after (as JSON). */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Valeur après, en JSON (vide : absent). / Value after, as JSON. */
  after: Maybe<Scalars['String']['output']>;
  /** Valeur avant, en JSON (vide : absent). / Value before, as JSON. */
  before: Maybe<Scalars['String']['output']>;
  /** Nom du champ. / Field name. */
  field: Scalars['String']['output'];
};

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  sum: Maybe<Scalars['Float']['output']>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<FloatScalarFilters>;
  min?: InputMaybe<FloatScalarFilters>;
  sum?: InputMaybe<FloatScalarFilters>;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** The input for filtering a float */
export type FloatWhere = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** Un acteur tel que la liste « À revoir » le nomme, avec le lien vers sa fiche. / An actor as the desk's freshness list names it, with the link to its record. */
export type FreshnessActor = {
  __typename?: 'FreshnessActor';
  /** Sa fiche dans l'explorateur, chemin du site (/?actor=…). / Its record in the explorer, a path of the site. */
  href: Scalars['String']['output'];
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Nature. / Kind. */
  kind: ActorKind;
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Silo. / Silo. */
  silo: Silo;
  /** Dernière modification de la fiche (vide : inconnue). / When its record last changed (empty: unknown). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Un acteur dont le départ couperait d'autres acteurs du reste du réseau. / An actor whose departure would cut others off from the rest of the network. */
export type FreshnessCutPoint = {
  __typename?: 'FreshnessCutPoint';
  /** L'acteur. / The actor. */
  actor: FreshnessActor;
  /** Combien d'acteurs seraient coupés du reste. / How many actors would be cut off. */
  cutOff: Scalars['Int']['output'];
  /** Pourquoi il est là, en français puis en anglais. / Why it is listed, French then English. */
  why: Scalars['String']['output'];
};

/** Les points de fragilité : combien, et les premiers. / Cut points: how many, and the first ones. */
export type FreshnessCutPoints = {
  __typename?: 'FreshnessCutPoints';
  /** Ceux qui coupent le plus d'acteurs d'abord. / Those that cut off the most actors first. */
  items: Array<FreshnessCutPoint>;
  /** Combien en tout. / How many in all. */
  total: Scalars['Int']['output'];
};

/** Ce qui demande un coup d'œil des animateurs, ce jour-là. / What needs the animators' look, on that day. */
export type FreshnessDesk = {
  __typename?: 'FreshnessDesk';
  /** Mois au-delà desquels une fiche non modifiée est à revoir (COVERAGE_MONTHS). / Months after which an unchanged record is to be reviewed. */
  coverageMonths: Scalars['Int']['output'];
  /** Acteurs dont le départ couperait le plus d'autres acteurs du réseau. / Actors whose departure would cut off the most others. */
  cutPoints: FreshnessCutPoints;
  /** Acteurs sans aucun lien. / Actors without any link. */
  isolatedActors: FreshnessIsolatedActors;
  /** Jours au-delà desquels un besoin sans offre est signalé. / Days after which a need without an offer is listed. */
  needDays: Scalars['Int']['output'];
  /** Fiches non revues depuis coverageMonths mois. / Records not reviewed for coverageMonths months. */
  staleActors: FreshnessStaleActors;
  /** Le jour du calcul (UTC). / The day it was computed for (UTC). */
  today: Scalars['Date']['output'];
  /** Besoins qu'aucun acteur n'offre depuis plus de needDays jours. / Needs no actor has offered for more than needDays days. */
  unofferedNeeds: FreshnessNeeds;
};

/** Un acteur sans aucun lien. / An actor without any link. */
export type FreshnessIsolated = {
  __typename?: 'FreshnessIsolated';
  /** L'acteur. / The actor. */
  actor: FreshnessActor;
  /** Pourquoi il est là, en français puis en anglais. / Why it is listed, French then English. */
  why: Scalars['String']['output'];
};

/** Les acteurs isolés : combien, et les premiers. / Isolated actors: how many, and the first ones. */
export type FreshnessIsolatedActors = {
  __typename?: 'FreshnessIsolatedActors';
  /** Par nom. / By name. */
  items: Array<FreshnessIsolated>;
  /** Combien en tout. / How many in all. */
  total: Scalars['Int']['output'];
};

/** Un besoin qu'aucun acteur n'offre, ouvert depuis plus de trente jours. / A need no actor offers, open for more than thirty days. */
export type FreshnessNeed = {
  __typename?: 'FreshnessNeed';
  /** L'acteur qui le recherche. / The actor who needs it. */
  actor: FreshnessActor;
  /** Jours depuis. / Days open. */
  days: Scalars['Int']['output'];
  /** La ressource recherchée. / The resource needed. */
  resource: FreshnessResource;
  /** Inscrit le (pour les données anciennes : création de l'acteur). / Recorded on (older data: the actor's creation). */
  since: Scalars['Date']['output'];
  /** Pourquoi il est là, en français puis en anglais. / Why it is listed, French then English. */
  why: Scalars['String']['output'];
};

/** Les besoins sans offre : combien, et les premiers. / Needs without an offer: how many, and the first ones. */
export type FreshnessNeeds = {
  __typename?: 'FreshnessNeeds';
  /** Les plus anciens d'abord. / The oldest first. */
  items: Array<FreshnessNeed>;
  /** Combien en tout. / How many in all. */
  total: Scalars['Int']['output'];
};

/** Une ressource d'un besoin sans offre. / The resource of a need without an offer. */
export type FreshnessResource = {
  __typename?: 'FreshnessResource';
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Nom. / Name. */
  name: Scalars['String']['output'];
};

/** Une fiche que personne n'a revue depuis COVERAGE_MONTHS mois. / A record nobody has reviewed for COVERAGE_MONTHS months. */
export type FreshnessStaleActor = {
  __typename?: 'FreshnessStaleActor';
  /** L'acteur. / The actor. */
  actor: FreshnessActor;
  /** Quand, d'après le journal. / When, from the journal. */
  lastChangedAt: Maybe<Scalars['DateTime']['output']>;
  /** Qui l'a modifiée en dernier, d'après le journal (vide : aucune entrée). / Who last changed it, from the journal (empty: no entry). */
  lastChangedBy: Maybe<Scalars['String']['output']>;
  /** Pourquoi elle est là, en français puis en anglais. / Why it is listed, French then English. */
  why: Scalars['String']['output'];
};

/** Les fiches à revoir : combien, et les premières. / Records to review: how many, and the first ones. */
export type FreshnessStaleActors = {
  __typename?: 'FreshnessStaleActors';
  /** Les plus anciennes d'abord. / The oldest first. */
  items: Array<FreshnessStaleActor>;
  /** Combien en tout. / How many in all. */
  total: Scalars['Int']['output'];
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** Les champs qu'un import accepte comme colonnes, par fichier. / The fields an import takes as columns, per file. */
export type ImportColumns = {
  __typename?: 'ImportColumns';
  /** Colonnes du fichier des acteurs (champs de ActorInput). / Actors file columns. */
  actors: Array<Scalars['String']['output']>;
  /** Colonnes du fichier des liens (champs de CooperationInput). / Links file columns. */
  links: Array<Scalars['String']['output']>;
};

/** Format des fichiers importés. / Format of imported files. */
export type ImportFormat =
  /** CSV (séparateur « , » ou « ; », première ligne : les colonnes). / CSV with a header line. */
  | 'CSV'
  /** JSON : une liste d'objets par fichier. / JSON: a list of objects per file. */
  | 'JSON';

/** Une ligne refusée : où et pourquoi. / A refused row: where and why. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** Champ en cause. / Field at fault. */
  field: Maybe<Scalars['String']['output']>;
  /** Fichier : actors ou links. / Which file. */
  file: Scalars['String']['output'];
  /** Ligne du fichier (1 : l'en-tête d'un CSV ; 0 : le fichier entier). / Line in the file (0: the whole file). */
  line: Scalars['Int']['output'];
  /** Explication, en français puis en anglais. / Explanation, French then English. */
  message: Scalars['String']['output'];
  /** Code de la raison. / Reason code. */
  reason: Scalars['String']['output'];
};

/** Compte rendu d'un import. / What an import did, or would do. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Vrai si l'import est écrit, tout entier. / True when the whole import was written. */
  committed: Scalars['Boolean']['output'];
  /** Objets créés (ou qui le seraient). / Created (or would be). */
  created: Scalars['Int']['output'];
  /** Essai à blanc : rien n'est écrit. / Dry run: nothing written. */
  dryRun: Scalars['Boolean']['output'];
  /** Ce qu'il faut savoir, sans rien refuser : ligne hors du territoire, sans correspondance, établissement fermé… / What to know; nothing refused. */
  notices: Array<ImportProblem>;
  /** Lignes refusées ; s'il y en a, rien n'est écrit. / Refused rows; if any, nothing is written. */
  problems: Array<ImportProblem>;
  /** Lignes lues. / Rows read. */
  rows: Scalars['Int']['output'];
  /** Lignes identiques au graphe. / Rows that change nothing. */
  unchanged: Scalars['Int']['output'];
  /** Objets modifiés (ou qui le seraient). / Updated (or would be). */
  updated: Scalars['Int']['output'];
};

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

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Int']['output']>;
  min: Maybe<Scalars['Int']['output']>;
  sum: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Intensity filters */
export type IntensityScalarFilters = {
  eq?: InputMaybe<Scalars['Intensity']['input']>;
  in?: InputMaybe<Array<Scalars['Intensity']['input']>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepter une proposition (animateurs) : l'acteur et ses liens entrent dans le graphe, d'origine auto-déclarée.
   * `edits` corrige la fiche ; avec `edits.id`, la proposition complète un acteur existant.
   * Accept a proposal: `edits` corrects it; with `edits.id` it completes an existing actor.
   */
  acceptProposal: EditResult;
  /** Contribuer (participant). / Add an entry (participant). */
  addWorkshopEntry: WorkshopEntry;
  /** Valider une contribution, corrigée au besoin (animateurs). / Approve an entry, corrected if need be. */
  approveWorkshopEntry: WorkshopEntry;
  /** Changer sa contribution (participant, la sienne seulement). / Change one's own entry. */
  changeWorkshopEntry: WorkshopEntry;
  /** Dire pour quelle organisation on parle : un acteur ou « entry:… » (participant). / Say which organisation one speaks for. */
  chooseWorkshopOrganisation: WorkshopMe;
  /**
   * Clore un atelier (animateurs) : les contributions validées entrent dans le graphe en une transaction, d'origine
   * WORKSHOP ; pseudonymes et sessions sont effacés. / Close: approved entries enter the graph, sessions are deleted.
   */
  closeWorkshop: WorkshopClosing;
  /** Piloter un atelier en cours (animateurs). / Steer a running workshop. */
  controlWorkshop: Workshop;
  createEmbedViews: CreateEmbedViewsMutationResponse;
  /** Créer un atelier (animateurs). / Create a workshop (facilitators). */
  createWorkshop: Workshop;
  /** Proposer sa fiche (public, limité en nombre et en taille). / Propose one's own entry (public, rate-limited). */
  declare: DeclarationReceipt;
  deleteEmbedViews: DeleteInfo;
  /** Mettre à la corbeille (animateurs) : restaurable. / Move to the bin (animators): restorable. */
  deleteEntity: EditResult;
  /**
   * Droit à l'effacement : l'acteur, ses liens, accords et propositions disparaissent pour de bon ; le journal perd ses
   * détails (administrateurs). / Right to erasure, for good (admins).
   */
  eraseActor: Erasure;
  /**
   * Importer des acteurs puis des liens (animateurs) : tout ou rien, par identifiant (réimporter ne change rien).
   * Par défaut un essai à blanc. / Import actors then links (animators): all or nothing; a dry run by default.
   */
  importData: ImportReport;
  /**
   * Rejoindre un atelier par son code, sans compte (public, limité). `name` : nom ou pseudonyme selon l'anonymat.
   * Join by code, without an account (public, rate-limited).
   */
  joinWorkshop: WorkshopPass;
  /**
   * Fusionner l'acteur `merged` dans `kept` (animateurs) : les champs nommés dans `take` viennent de `merged`, les autres
   * restent ; liens, secteurs, ressources, projets, accords et historique rejoignent `kept` ; `merged` va à la corbeille.
   * Une entrée MERGE du journal, qu'undoChange défait. / Merge actor `merged` into `kept` (animators); reversible.
   */
  mergeActors: EditResult;
  /** Fusionner une organisation proposée avec un acteur du graphe (animateurs). / Merge with a graph actor. */
  mergeWorkshopEntry: WorkshopEntry;
  /** Refuser une proposition (animateurs). / Reject a proposal (animators). */
  rejectProposal: Proposal;
  /** Écarter une contribution (animateurs). / Reject an entry. */
  rejectWorkshopEntry: WorkshopEntry;
  /** Sortir de la corbeille (animateurs). / Restore from the bin (animators). */
  restoreEntity: EditResult;
  /** Créer ou modifier un acteur (animateurs). / Create or update an actor (animators). */
  saveActor: EditResult;
  /** Créer ou modifier un lien de coopération (animateurs). / Create or update a cooperation link. */
  saveCooperation: EditResult;
  /** Créer ou modifier un projet (animateurs). / Create or update a project. */
  saveProject: EditResult;
  /** Créer ou modifier une ressource (animateurs). / Create or update a resource. */
  saveResource: EditResult;
  /** Créer ou modifier un secteur (animateurs). / Create or update a sector. */
  saveSector: EditResult;
  /**
   * Annuler une entrée du journal (animateurs) : une nouvelle entrée rend l'état d'avant. Refusé si des modifications
   * plus récentes du même objet s'y opposent. / Undo a journal entry (animators): a new entry gives back the state
   * before it; refused when later changes of the same object stand in the way.
   */
  undoChange: EditResult;
  updateEmbedViews: UpdateEmbedViewsMutationResponse;
  /** Voter pour une coopération proposée (true) ou retirer son vote (false), à l'étape du vote (participant). / Vote. */
  voteWorkshopProposal: Array<WorkshopProposal>;
  /** Retirer sa contribution (participant). / Withdraw one's own entry. */
  withdrawWorkshopEntry: WorkshopEntry;
};


export type MutationAcceptProposalArgs = {
  edits?: InputMaybe<ActorInput>;
  id: Scalars['ID']['input'];
};


export type MutationAddWorkshopEntryArgs = {
  input: WorkshopEntryInput;
};


export type MutationApproveWorkshopEntryArgs = {
  edits?: InputMaybe<WorkshopEntryEdits>;
  id: Scalars['ID']['input'];
};


export type MutationChangeWorkshopEntryArgs = {
  id: Scalars['ID']['input'];
  input: WorkshopEntryInput;
};


export type MutationChooseWorkshopOrganisationArgs = {
  ref: Scalars['ID']['input'];
};


export type MutationCloseWorkshopArgs = {
  id: Scalars['ID']['input'];
};


export type MutationControlWorkshopArgs = {
  control: WorkshopControl;
  id: Scalars['ID']['input'];
};


export type MutationCreateEmbedViewsArgs = {
  input: Array<EmbedViewCreateInput>;
};


export type MutationCreateWorkshopArgs = {
  input: WorkshopInput;
};


export type MutationDeclareArgs = {
  input: DeclarationInput;
};


export type MutationDeleteEmbedViewsArgs = {
  where?: InputMaybe<EmbedViewWhere>;
};


export type MutationDeleteEntityArgs = {
  entity: EditedEntity;
  id: Scalars['ID']['input'];
};


export type MutationEraseActorArgs = {
  actorId: Scalars['ID']['input'];
};


export type MutationImportDataArgs = {
  actors?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format?: InputMaybe<ImportFormat>;
  links?: InputMaybe<Scalars['String']['input']>;
  mapping?: InputMaybe<Array<ColumnMapping>>;
  source?: InputMaybe<ImportSource>;
};


export type MutationJoinWorkshopArgs = {
  code: Scalars['WorkshopCode']['input'];
  consent: Scalars['Boolean']['input'];
  contact?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  stayInTouch?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationMergeActorsArgs = {
  kept: Scalars['ID']['input'];
  merged: Scalars['ID']['input'];
  take?: Array<Scalars['String']['input']>;
};


export type MutationMergeWorkshopEntryArgs = {
  actorId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRejectProposalArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectWorkshopEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreEntityArgs = {
  entity: EditedEntity;
  id: Scalars['ID']['input'];
};


export type MutationSaveActorArgs = {
  input: ActorInput;
};


export type MutationSaveCooperationArgs = {
  input: CooperationInput;
};


export type MutationSaveProjectArgs = {
  input: ProjectInput;
};


export type MutationSaveResourceArgs = {
  input: ResourceInput;
};


export type MutationSaveSectorArgs = {
  input: SectorInput;
};


export type MutationUndoChangeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateEmbedViewsArgs = {
  update?: InputMaybe<EmbedViewUpdateInput>;
  where?: InputMaybe<EmbedViewWhere>;
};


export type MutationVoteWorkshopProposalArgs = {
  id: Scalars['ID']['input'];
  vote: Scalars['Boolean']['input'];
};


export type MutationWithdrawWorkshopEntryArgs = {
  id: Scalars['ID']['input'];
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * The edge properties for the following fields:
 * * Actor.projects
 * * Project.participants
 */
export type Participation = {
  __typename?: 'Participation';
  /** Rôle dans le projet. / Role in the project. */
  role: ProjectRole;
};

/** Un participant à un projet. / A project participant. */
export type ParticipationInput = {
  /** Identifiant de l'acteur. / Actor id. */
  actorId: Scalars['ID']['input'];
  /** Rôle. / Role. */
  role: ProjectRole;
};

export type ParticipationSort = {
  role?: InputMaybe<SortDirection>;
};

export type ParticipationWhere = {
  AND?: InputMaybe<Array<ParticipationWhere>>;
  NOT?: InputMaybe<ParticipationWhere>;
  OR?: InputMaybe<Array<ParticipationWhere>>;
  role?: InputMaybe<ProjectRoleEnumScalarFilters>;
};

/** A point in a coordinate system. For more information, see https://neo4j.com/docs/graphql/4/type-definitions/types/spatial/#point */
export type Point = {
  __typename?: 'Point';
  crs: Scalars['String']['output'];
  height: Maybe<Scalars['Float']['output']>;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  srid: Scalars['Int']['output'];
};

/** Distance filters */
export type PointDistanceFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  from: PointInput;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** Point filters */
export type PointFilters = {
  distance?: InputMaybe<PointDistanceFilters>;
  eq?: InputMaybe<PointInput>;
  in?: InputMaybe<Array<PointInput>>;
};

/** Input type for a point */
export type PointInput = {
  height?: InputMaybe<Scalars['Float']['input']>;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

/** Projet coopératif. `livingLab` : conçu avec ses usagers (méthode Living Lab). / A cooperative project. */
export type Project = {
  __typename?: 'Project';
  /** Présentation. / Description. */
  description: Maybe<Scalars['String']['output']>;
  /** Fin. / End date. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Identifiant stable. / Stable identifier. */
  id: Scalars['ID']['output'];
  /** Projet mené en Living Lab. / Run as a Living Lab. */
  livingLab: Scalars['Boolean']['output'];
  /** Acteurs participants (PARTICIPATES_IN). / Participating actors. */
  participants: Array<Actor>;
  participantsConnection: ProjectParticipantsConnection;
  /** Début. / Start date. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** État du projet. / Project status. */
  status: ProjectStatus;
  /** Thèmes (transitions, alimentation…). / Themes. */
  themes: Array<Scalars['String']['output']>;
  /** Titre. / Title. */
  title: Scalars['String']['output'];
};


/** Projet coopératif. `livingLab` : conçu avec ses usagers (méthode Living Lab). / A cooperative project. */
export type ProjectParticipantsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** Projet coopératif. `livingLab` : conçu avec ses usagers (méthode Living Lab). / A cooperative project. */
export type ProjectParticipantsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectParticipantsConnectionSort>>;
  where?: InputMaybe<ProjectParticipantsConnectionWhere>;
};

export type ProjectActorParticipantsAggregateSelection = {
  __typename?: 'ProjectActorParticipantsAggregateSelection';
  count: CountConnection;
  node: Maybe<ProjectActorParticipantsNodeAggregateSelection>;
};

export type ProjectActorParticipantsNodeAggregateSelection = {
  __typename?: 'ProjectActorParticipantsNodeAggregateSelection';
  contactEmail: StringAggregateSelection;
  contactName: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  rna: StringAggregateSelection;
  siren: StringAggregateSelection;
  siret: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  website: StringAggregateSelection;
};

export type ProjectAggregate = {
  __typename?: 'ProjectAggregate';
  count: Count;
  node: ProjectAggregateNode;
};

export type ProjectAggregateNode = {
  __typename?: 'ProjectAggregateNode';
  description: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** Un projet. / A project. */
export type ProjectInput = {
  /** Présentation. / Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Fin. / End. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Identifiant ; absent : tiré du titre. / Id; made from the title when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Mené en Living Lab. / Run as a Living Lab. */
  livingLab?: InputMaybe<Scalars['Boolean']['input']>;
  /** Participants. / Participants. */
  participants?: InputMaybe<Array<ParticipationInput>>;
  /** Début. / Start. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** État. / Status. */
  status?: InputMaybe<ProjectStatus>;
  /** Thèmes. / Themes. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Titre. / Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectParticipantsConnection = {
  __typename?: 'ProjectParticipantsConnection';
  aggregate: ProjectActorParticipantsAggregateSelection;
  edges: Array<ProjectParticipantsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectParticipantsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ProjectParticipantsConnectionAggregateInput>>;
  NOT?: InputMaybe<ProjectParticipantsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ProjectParticipantsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<ProjectParticipantsNodeAggregationWhereInput>;
};

export type ProjectParticipantsConnectionFilters = {
  /** Filter Projects by aggregating results on related ProjectParticipantsConnections */
  aggregate?: InputMaybe<ProjectParticipantsConnectionAggregateInput>;
  /** Return Projects where all of the related ProjectParticipantsConnections match this filter */
  all?: InputMaybe<ProjectParticipantsConnectionWhere>;
  /** Return Projects where none of the related ProjectParticipantsConnections match this filter */
  none?: InputMaybe<ProjectParticipantsConnectionWhere>;
  /** Return Projects where one of the related ProjectParticipantsConnections match this filter */
  single?: InputMaybe<ProjectParticipantsConnectionWhere>;
  /** Return Projects where some of the related ProjectParticipantsConnections match this filter */
  some?: InputMaybe<ProjectParticipantsConnectionWhere>;
};

export type ProjectParticipantsConnectionSort = {
  edge?: InputMaybe<ParticipationSort>;
  node?: InputMaybe<ActorSort>;
};

export type ProjectParticipantsConnectionWhere = {
  AND?: InputMaybe<Array<ProjectParticipantsConnectionWhere>>;
  NOT?: InputMaybe<ProjectParticipantsConnectionWhere>;
  OR?: InputMaybe<Array<ProjectParticipantsConnectionWhere>>;
  edge?: InputMaybe<ParticipationWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ProjectParticipantsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ProjectParticipantsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ProjectParticipantsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ProjectParticipantsNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  rna?: InputMaybe<StringScalarAggregationFilters>;
  siren?: InputMaybe<StringScalarAggregationFilters>;
  siret?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
};

export type ProjectParticipantsRelationship = {
  __typename?: 'ProjectParticipantsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Participation;
};

export type ProjectRelationshipFilters = {
  /** Filter type where all of the related Projects match this filter */
  all?: InputMaybe<ProjectWhere>;
  /** Filter type where none of the related Projects match this filter */
  none?: InputMaybe<ProjectWhere>;
  /** Filter type where one of the related Projects match this filter */
  single?: InputMaybe<ProjectWhere>;
  /** Filter type where some of the related Projects match this filter */
  some?: InputMaybe<ProjectWhere>;
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

/** ProjectRole filters */
export type ProjectRoleEnumScalarFilters = {
  eq?: InputMaybe<ProjectRole>;
  in?: InputMaybe<Array<ProjectRole>>;
};

/** Fields to sort Projects by. The order in which sorts are applied is not guaranteed when specifying many fields in one ProjectSort object. */
export type ProjectSort = {
  description?: InputMaybe<SortDirection>;
  endDate?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  livingLab?: InputMaybe<SortDirection>;
  startDate?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

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

/** ProjectStatus filters */
export type ProjectStatusEnumScalarFilters = {
  eq?: InputMaybe<ProjectStatus>;
  in?: InputMaybe<Array<ProjectStatus>>;
};

export type ProjectWhere = {
  AND?: InputMaybe<Array<ProjectWhere>>;
  NOT?: InputMaybe<ProjectWhere>;
  OR?: InputMaybe<Array<ProjectWhere>>;
  description?: InputMaybe<StringScalarFilters>;
  endDate?: InputMaybe<DateScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  livingLab?: InputMaybe<BooleanScalarFilters>;
  participants?: InputMaybe<ActorRelationshipFilters>;
  participantsConnection?: InputMaybe<ProjectParticipantsConnectionFilters>;
  startDate?: InputMaybe<DateScalarFilters>;
  status?: InputMaybe<ProjectStatusEnumScalarFilters>;
  themes?: InputMaybe<StringListFilters>;
  title?: InputMaybe<StringScalarFilters>;
};

export type ProjectsConnection = {
  __typename?: 'ProjectsConnection';
  aggregate: ProjectAggregate;
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Une proposition dans la file de modération. / A proposal in the moderation queue. */
export type Proposal = {
  __typename?: 'Proposal';
  /** Acteur créé ou complété. / The actor it became. */
  actorId: Maybe<Scalars['ID']['output']>;
  /** Accord pour les coordonnées de contact. / Consent to keep contact details. */
  consentToContact: Scalars['Boolean']['output'];
  /** Décidée le. / When it was decided. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Par. / By whom. */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** La déclaration entière, en JSON. / The whole declaration, as JSON. */
  declaration: Scalars['String']['output'];
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Les acteurs du graphe auxquels elle ressemble (même SIRET, SIREN, ou nom proche près de là) : à vérifier avant d'accepter. / Graph actors it looks like: check before accepting. */
  likelyDuplicates: Array<DuplicateMatch>;
  /** Nom proposé. / Proposed name. */
  name: Scalars['String']['output'];
  /** Motif du refus. / Why it was rejected. */
  reason: Maybe<Scalars['String']['output']>;
  /** État. / Status. */
  status: ProposalStatus;
  /** Reçue le. / When it came. */
  submittedAt: Scalars['DateTime']['output'];
  /** Adresse du déclarant. / The declarant's address. */
  submitterEmail: Scalars['String']['output'];
};

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

/** Provenance filters */
export type ProvenanceEnumScalarFilters = {
  eq?: InputMaybe<Provenance>;
  in?: InputMaybe<Array<Provenance>>;
};

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

/** PtceRole filters */
export type PtceRoleEnumScalarFilters = {
  eq?: InputMaybe<PtceRole>;
  in?: InputMaybe<Array<PtceRole>>;
};

export type Query = {
  __typename?: 'Query';
  actors: Array<Actor>;
  actorsConnection: ActorsConnection;
  /** La corbeille (animateurs). / The bin (animators). */
  bin: Array<BinEntry>;
  /** Le journal des modifications, le plus récent d'abord (chercheurs : sans données personnelles ; animateurs : entier). / The change journal: researchers get it without personal data. */
  changes: Array<ChangeRecord>;
  embedViews: Array<EmbedView>;
  embedViewsConnection: EmbedViewsConnection;
  /** À revoir : fiches anciennes, besoins sans offre, acteurs isolés, points de fragilité, chacun avec le lien vers sa fiche (animateurs). / Needs a look: stale records, needs without an offer, isolated actors, cut points, each with its record's link (animators). */
  freshness: FreshnessDesk;
  /** Historique d'un acteur et de ses liens, le plus récent d'abord (animateurs). / An actor's history (animators). */
  history: Array<ChangeRecord>;
  /** Les colonnes qu'un import reconnaît (animateurs). / The columns an import knows (animators). */
  importColumns: ImportColumns;
  /** Les doublons probables du graphe, les plus sûrs d'abord (animateurs). / The graph's likely duplicates, surest first (animators). */
  likelyDuplicates: Array<DuplicatePair>;
  /** Ma session d'atelier : l'atelier, mon organisation, mes contributions (participant, en-tête X-Workshop-Session). / My session. */
  myWorkshop: WorkshopMe;
  /**
   * Droit d'accès : tout ce que Maillage garde d'un acteur, en JSON (animateurs).
   * Right of access: everything Maillage holds about an actor, as JSON (animators).
   */
  personalData: Scalars['String']['output'];
  projects: Array<Project>;
  projectsConnection: ProjectsConnection;
  /** La file de modération (animateurs). / The moderation queue (animators). */
  proposals: Array<Proposal>;
  resources: Array<Resource>;
  resourcesConnection: ResourcesConnection;
  searchActors: ActorsIndexConnection;
  sectors: Array<Sector>;
  sectorsConnection: SectorsConnection;
  territories: Array<Territory>;
  territoriesConnection: TerritoriesConnection;
  /** Le projecteur d'un atelier, par son code (public : ce que voit la salle). / A workshop's projector (public). */
  workshopBoard: Maybe<WorkshopBoard>;
  /** Un atelier, par son code (public : ce qu'il est et ce qu'il garde). / A workshop by its code (public). */
  workshopByCode: Maybe<Workshop>;
  /** La console d'un atelier (animateurs). / A workshop's console (facilitators). */
  workshopConsole: WorkshopConsole;
  /** Organisations du graphe et de l'atelier dont le nom ressemble (participant). / Organisations like a name (participant). */
  workshopLookup: Array<WorkshopRef>;
  /** Acteurs du graphe qui ressemblent à un nom, accents et casse à part (animateurs). / Graph actors like a name. */
  workshopMatches: Array<WorkshopMatch>;
  /** Les coopérations proposées au vote et leurs votes (public ; « mine » pour un participant). / Proposals and votes. */
  workshopProposals: Array<WorkshopProposal>;
  /** Le bilan d'un atelier (animateurs). / A workshop's summary (facilitators). */
  workshopSummary: WorkshopSummary;
  /** Les ateliers, les plus récents d'abord (animateurs). / Workshops, newest first (facilitators). */
  workshops: Array<Workshop>;
};


export type QueryActorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type QueryActorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type QueryBinArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryEmbedViewsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EmbedViewSort>>;
  where?: InputMaybe<EmbedViewWhere>;
};


export type QueryEmbedViewsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EmbedViewSort>>;
  where?: InputMaybe<EmbedViewWhere>;
};


export type QueryFreshnessArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHistoryArgs = {
  entity: EditedEntity;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLikelyDuplicatesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonalDataArgs = {
  actorId: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


export type QueryProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


export type QueryProposalsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProposalStatus>;
};


export type QueryResourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ResourceSort>>;
  where?: InputMaybe<ResourceWhere>;
};


export type QueryResourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ResourceSort>>;
  where?: InputMaybe<ResourceWhere>;
};


export type QuerySearchActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phrase: Scalars['String']['input'];
  sort?: InputMaybe<Array<ActorIndexSort>>;
  where?: InputMaybe<ActorIndexWhere>;
};


export type QuerySectorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorSort>>;
  where?: InputMaybe<SectorWhere>;
};


export type QuerySectorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorSort>>;
  where?: InputMaybe<SectorWhere>;
};


export type QueryTerritoriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritorySort>>;
  where?: InputMaybe<TerritoryWhere>;
};


export type QueryTerritoriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritorySort>>;
  where?: InputMaybe<TerritoryWhere>;
};


export type QueryWorkshopBoardArgs = {
  code: Scalars['WorkshopCode']['input'];
};


export type QueryWorkshopByCodeArgs = {
  code: Scalars['WorkshopCode']['input'];
};


export type QueryWorkshopConsoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkshopLookupArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryWorkshopMatchesArgs = {
  communeId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};


export type QueryWorkshopProposalsArgs = {
  code: Scalars['WorkshopCode']['input'];
};


export type QueryWorkshopSummaryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkshopsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** Ressource qu'un acteur peut offrir ou recherche. / A resource actors offer or need. */
export type Resource = {
  __typename?: 'Resource';
  /** Précisions. / Description. */
  description: Maybe<Scalars['String']['output']>;
  /** Identifiant stable. / Stable identifier. */
  id: Scalars['ID']['output'];
  /** Nature de la ressource. / What kind of resource. */
  kind: ResourceKind;
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Acteurs qui la recherchent (NEEDS). / Actors needing it. */
  neededBy: Array<Actor>;
  neededByConnection: ResourceNeededByConnection;
  /** Acteurs qui l'offrent (OFFERS). / Actors offering it. */
  offeredBy: Array<Actor>;
  offeredByConnection: ResourceOfferedByConnection;
};


/** Ressource qu'un acteur peut offrir ou recherche. / A resource actors offer or need. */
export type ResourceNeededByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** Ressource qu'un acteur peut offrir ou recherche. / A resource actors offer or need. */
export type ResourceNeededByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ResourceNeededByConnectionSort>>;
  where?: InputMaybe<ResourceNeededByConnectionWhere>;
};


/** Ressource qu'un acteur peut offrir ou recherche. / A resource actors offer or need. */
export type ResourceOfferedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** Ressource qu'un acteur peut offrir ou recherche. / A resource actors offer or need. */
export type ResourceOfferedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ResourceOfferedByConnectionSort>>;
  where?: InputMaybe<ResourceOfferedByConnectionWhere>;
};

export type ResourceActorNeededByAggregateSelection = {
  __typename?: 'ResourceActorNeededByAggregateSelection';
  count: CountConnection;
  edge: Maybe<ResourceActorNeededByEdgeAggregateSelection>;
  node: Maybe<ResourceActorNeededByNodeAggregateSelection>;
};

export type ResourceActorNeededByEdgeAggregateSelection = {
  __typename?: 'ResourceActorNeededByEdgeAggregateSelection';
  note: StringAggregateSelection;
};

export type ResourceActorNeededByNodeAggregateSelection = {
  __typename?: 'ResourceActorNeededByNodeAggregateSelection';
  contactEmail: StringAggregateSelection;
  contactName: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  rna: StringAggregateSelection;
  siren: StringAggregateSelection;
  siret: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  website: StringAggregateSelection;
};

export type ResourceActorOfferedByAggregateSelection = {
  __typename?: 'ResourceActorOfferedByAggregateSelection';
  count: CountConnection;
  edge: Maybe<ResourceActorOfferedByEdgeAggregateSelection>;
  node: Maybe<ResourceActorOfferedByNodeAggregateSelection>;
};

export type ResourceActorOfferedByEdgeAggregateSelection = {
  __typename?: 'ResourceActorOfferedByEdgeAggregateSelection';
  note: StringAggregateSelection;
};

export type ResourceActorOfferedByNodeAggregateSelection = {
  __typename?: 'ResourceActorOfferedByNodeAggregateSelection';
  contactEmail: StringAggregateSelection;
  contactName: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  rna: StringAggregateSelection;
  siren: StringAggregateSelection;
  siret: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  website: StringAggregateSelection;
};

export type ResourceAggregate = {
  __typename?: 'ResourceAggregate';
  count: Count;
  node: ResourceAggregateNode;
};

export type ResourceAggregateNode = {
  __typename?: 'ResourceAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  cursor: Scalars['String']['output'];
  node: Resource;
};

/** Une ressource. / A resource. */
export type ResourceInput = {
  /** Précisions. / Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Identifiant ; absent : tiré du nom. / Id; made from the name when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Nature. / Kind. */
  kind?: InputMaybe<ResourceKind>;
  /** Nom. / Name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

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

/** ResourceKind filters */
export type ResourceKindEnumScalarFilters = {
  eq?: InputMaybe<ResourceKind>;
  in?: InputMaybe<Array<ResourceKind>>;
};

export type ResourceNeededByConnection = {
  __typename?: 'ResourceNeededByConnection';
  aggregate: ResourceActorNeededByAggregateSelection;
  edges: Array<ResourceNeededByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResourceNeededByConnectionAggregateInput = {
  AND?: InputMaybe<Array<ResourceNeededByConnectionAggregateInput>>;
  NOT?: InputMaybe<ResourceNeededByConnectionAggregateInput>;
  OR?: InputMaybe<Array<ResourceNeededByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ResourceNoteAggregationWhereInput>;
  node?: InputMaybe<ResourceNeededByNodeAggregationWhereInput>;
};

export type ResourceNeededByConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceNeededByConnections */
  aggregate?: InputMaybe<ResourceNeededByConnectionAggregateInput>;
  /** Return Resources where all of the related ResourceNeededByConnections match this filter */
  all?: InputMaybe<ResourceNeededByConnectionWhere>;
  /** Return Resources where none of the related ResourceNeededByConnections match this filter */
  none?: InputMaybe<ResourceNeededByConnectionWhere>;
  /** Return Resources where one of the related ResourceNeededByConnections match this filter */
  single?: InputMaybe<ResourceNeededByConnectionWhere>;
  /** Return Resources where some of the related ResourceNeededByConnections match this filter */
  some?: InputMaybe<ResourceNeededByConnectionWhere>;
};

export type ResourceNeededByConnectionSort = {
  edge?: InputMaybe<ResourceNoteSort>;
  node?: InputMaybe<ActorSort>;
};

export type ResourceNeededByConnectionWhere = {
  AND?: InputMaybe<Array<ResourceNeededByConnectionWhere>>;
  NOT?: InputMaybe<ResourceNeededByConnectionWhere>;
  OR?: InputMaybe<Array<ResourceNeededByConnectionWhere>>;
  edge?: InputMaybe<ResourceNoteWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ResourceNeededByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ResourceNeededByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ResourceNeededByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ResourceNeededByNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  rna?: InputMaybe<StringScalarAggregationFilters>;
  siren?: InputMaybe<StringScalarAggregationFilters>;
  siret?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
};

export type ResourceNeededByRelationship = {
  __typename?: 'ResourceNeededByRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: ResourceNote;
};

/**
 * The edge properties for the following fields:
 * * Actor.offers
 * * Actor.needs
 * * Resource.offeredBy
 * * Resource.neededBy
 */
export type ResourceNote = {
  __typename?: 'ResourceNote';
  /** Précision sur l'offre ou le besoin. / A note on the offer or need. */
  note: Maybe<Scalars['String']['output']>;
  /** Depuis quand l'offre ou le besoin est inscrit (vide : données anciennes, voir la date de création de l'acteur). / Since when the offer or need is recorded (empty: older data, see the actor's creation date). */
  since: Maybe<Scalars['Date']['output']>;
};

export type ResourceNoteAggregationWhereInput = {
  AND?: InputMaybe<Array<ResourceNoteAggregationWhereInput>>;
  NOT?: InputMaybe<ResourceNoteAggregationWhereInput>;
  OR?: InputMaybe<Array<ResourceNoteAggregationWhereInput>>;
  note?: InputMaybe<StringScalarAggregationFilters>;
};

export type ResourceNoteSort = {
  note?: InputMaybe<SortDirection>;
  since?: InputMaybe<SortDirection>;
};

export type ResourceNoteWhere = {
  AND?: InputMaybe<Array<ResourceNoteWhere>>;
  NOT?: InputMaybe<ResourceNoteWhere>;
  OR?: InputMaybe<Array<ResourceNoteWhere>>;
  note?: InputMaybe<StringScalarFilters>;
  since?: InputMaybe<DateScalarFilters>;
};

export type ResourceOfferedByConnection = {
  __typename?: 'ResourceOfferedByConnection';
  aggregate: ResourceActorOfferedByAggregateSelection;
  edges: Array<ResourceOfferedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResourceOfferedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<ResourceOfferedByConnectionAggregateInput>>;
  NOT?: InputMaybe<ResourceOfferedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<ResourceOfferedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ResourceNoteAggregationWhereInput>;
  node?: InputMaybe<ResourceOfferedByNodeAggregationWhereInput>;
};

export type ResourceOfferedByConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceOfferedByConnections */
  aggregate?: InputMaybe<ResourceOfferedByConnectionAggregateInput>;
  /** Return Resources where all of the related ResourceOfferedByConnections match this filter */
  all?: InputMaybe<ResourceOfferedByConnectionWhere>;
  /** Return Resources where none of the related ResourceOfferedByConnections match this filter */
  none?: InputMaybe<ResourceOfferedByConnectionWhere>;
  /** Return Resources where one of the related ResourceOfferedByConnections match this filter */
  single?: InputMaybe<ResourceOfferedByConnectionWhere>;
  /** Return Resources where some of the related ResourceOfferedByConnections match this filter */
  some?: InputMaybe<ResourceOfferedByConnectionWhere>;
};

export type ResourceOfferedByConnectionSort = {
  edge?: InputMaybe<ResourceNoteSort>;
  node?: InputMaybe<ActorSort>;
};

export type ResourceOfferedByConnectionWhere = {
  AND?: InputMaybe<Array<ResourceOfferedByConnectionWhere>>;
  NOT?: InputMaybe<ResourceOfferedByConnectionWhere>;
  OR?: InputMaybe<Array<ResourceOfferedByConnectionWhere>>;
  edge?: InputMaybe<ResourceNoteWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ResourceOfferedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ResourceOfferedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ResourceOfferedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ResourceOfferedByNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  rna?: InputMaybe<StringScalarAggregationFilters>;
  siren?: InputMaybe<StringScalarAggregationFilters>;
  siret?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
};

export type ResourceOfferedByRelationship = {
  __typename?: 'ResourceOfferedByRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: ResourceNote;
};

export type ResourceRelationshipFilters = {
  /** Filter type where all of the related Resources match this filter */
  all?: InputMaybe<ResourceWhere>;
  /** Filter type where none of the related Resources match this filter */
  none?: InputMaybe<ResourceWhere>;
  /** Filter type where one of the related Resources match this filter */
  single?: InputMaybe<ResourceWhere>;
  /** Filter type where some of the related Resources match this filter */
  some?: InputMaybe<ResourceWhere>;
};

/** Fields to sort Resources by. The order in which sorts are applied is not guaranteed when specifying many fields in one ResourceSort object. */
export type ResourceSort = {
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

/** Une ressource offerte ou recherchée, avec sa précision. / An offered or needed resource, with a note. */
export type ResourceUseInput = {
  /** Précision. / Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Identifiant de la ressource. / Resource id. */
  resourceId: Scalars['ID']['input'];
};

export type ResourceWhere = {
  AND?: InputMaybe<Array<ResourceWhere>>;
  NOT?: InputMaybe<ResourceWhere>;
  OR?: InputMaybe<Array<ResourceWhere>>;
  description?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<ResourceKindEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  neededBy?: InputMaybe<ActorRelationshipFilters>;
  neededByConnection?: InputMaybe<ResourceNeededByConnectionFilters>;
  offeredBy?: InputMaybe<ActorRelationshipFilters>;
  offeredByConnection?: InputMaybe<ResourceOfferedByConnectionFilters>;
};

export type ResourcesConnection = {
  __typename?: 'ResourcesConnection';
  aggregate: ResourceAggregate;
  edges: Array<ResourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * Secteur, filière (alimentation, mobilité, énergie, économie circulaire, culture, tourisme…), en hiérarchie.
 * A field of activity, in a hierarchy.
 */
export type Sector = {
  __typename?: 'Sector';
  /** Acteurs actifs dans ce secteur (ACTIVE_IN). / Actors active in it. */
  actors: Array<Actor>;
  actorsConnection: SectorActorsConnection;
  /** Sous-secteurs. / Sub-sectors. */
  children: Array<Sector>;
  childrenConnection: SectorChildrenConnection;
  /** Identifiant stable. / Stable identifier. */
  id: Scalars['ID']['output'];
  /** Codes NAF rév. 2 correspondants, pour croiser avec d'autres données. / Matching NAF codes. */
  nafCodes: Maybe<Array<Scalars['String']['output']>>;
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Nom anglais. / English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Secteur parent (SUBSECTOR_OF). / Parent sector. */
  parent: Array<Sector>;
  parentConnection: SectorParentConnection;
};


/**
 * Secteur, filière (alimentation, mobilité, énergie, économie circulaire, culture, tourisme…), en hiérarchie.
 * A field of activity, in a hierarchy.
 */
export type SectorActorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/**
 * Secteur, filière (alimentation, mobilité, énergie, économie circulaire, culture, tourisme…), en hiérarchie.
 * A field of activity, in a hierarchy.
 */
export type SectorActorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorActorsConnectionSort>>;
  where?: InputMaybe<SectorActorsConnectionWhere>;
};


/**
 * Secteur, filière (alimentation, mobilité, énergie, économie circulaire, culture, tourisme…), en hiérarchie.
 * A field of activity, in a hierarchy.
 */
export type SectorChildrenArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorSort>>;
  where?: InputMaybe<SectorWhere>;
};


/**
 * Secteur, filière (alimentation, mobilité, énergie, économie circulaire, culture, tourisme…), en hiérarchie.
 * A field of activity, in a hierarchy.
 */
export type SectorChildrenConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorChildrenConnectionSort>>;
  where?: InputMaybe<SectorChildrenConnectionWhere>;
};


/**
 * Secteur, filière (alimentation, mobilité, énergie, économie circulaire, culture, tourisme…), en hiérarchie.
 * A field of activity, in a hierarchy.
 */
export type SectorParentArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorSort>>;
  where?: InputMaybe<SectorWhere>;
};


/**
 * Secteur, filière (alimentation, mobilité, énergie, économie circulaire, culture, tourisme…), en hiérarchie.
 * A field of activity, in a hierarchy.
 */
export type SectorParentConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SectorParentConnectionSort>>;
  where?: InputMaybe<SectorParentConnectionWhere>;
};

export type SectorActorActorsAggregateSelection = {
  __typename?: 'SectorActorActorsAggregateSelection';
  count: CountConnection;
  node: Maybe<SectorActorActorsNodeAggregateSelection>;
};

export type SectorActorActorsNodeAggregateSelection = {
  __typename?: 'SectorActorActorsNodeAggregateSelection';
  contactEmail: StringAggregateSelection;
  contactName: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  rna: StringAggregateSelection;
  siren: StringAggregateSelection;
  siret: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  website: StringAggregateSelection;
};

export type SectorActorsConnection = {
  __typename?: 'SectorActorsConnection';
  aggregate: SectorActorActorsAggregateSelection;
  edges: Array<SectorActorsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SectorActorsConnectionAggregateInput = {
  AND?: InputMaybe<Array<SectorActorsConnectionAggregateInput>>;
  NOT?: InputMaybe<SectorActorsConnectionAggregateInput>;
  OR?: InputMaybe<Array<SectorActorsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SectorActorsNodeAggregationWhereInput>;
};

export type SectorActorsConnectionFilters = {
  /** Filter Sectors by aggregating results on related SectorActorsConnections */
  aggregate?: InputMaybe<SectorActorsConnectionAggregateInput>;
  /** Return Sectors where all of the related SectorActorsConnections match this filter */
  all?: InputMaybe<SectorActorsConnectionWhere>;
  /** Return Sectors where none of the related SectorActorsConnections match this filter */
  none?: InputMaybe<SectorActorsConnectionWhere>;
  /** Return Sectors where one of the related SectorActorsConnections match this filter */
  single?: InputMaybe<SectorActorsConnectionWhere>;
  /** Return Sectors where some of the related SectorActorsConnections match this filter */
  some?: InputMaybe<SectorActorsConnectionWhere>;
};

export type SectorActorsConnectionSort = {
  node?: InputMaybe<ActorSort>;
};

export type SectorActorsConnectionWhere = {
  AND?: InputMaybe<Array<SectorActorsConnectionWhere>>;
  NOT?: InputMaybe<SectorActorsConnectionWhere>;
  OR?: InputMaybe<Array<SectorActorsConnectionWhere>>;
  node?: InputMaybe<ActorWhere>;
};

export type SectorActorsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SectorActorsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SectorActorsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SectorActorsNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  rna?: InputMaybe<StringScalarAggregationFilters>;
  siren?: InputMaybe<StringScalarAggregationFilters>;
  siret?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
};

export type SectorActorsRelationship = {
  __typename?: 'SectorActorsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type SectorAggregate = {
  __typename?: 'SectorAggregate';
  count: Count;
  node: SectorAggregateNode;
};

export type SectorAggregateNode = {
  __typename?: 'SectorAggregateNode';
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type SectorChildrenConnection = {
  __typename?: 'SectorChildrenConnection';
  aggregate: SectorSectorChildrenAggregateSelection;
  edges: Array<SectorChildrenRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SectorChildrenConnectionAggregateInput = {
  AND?: InputMaybe<Array<SectorChildrenConnectionAggregateInput>>;
  NOT?: InputMaybe<SectorChildrenConnectionAggregateInput>;
  OR?: InputMaybe<Array<SectorChildrenConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SectorChildrenNodeAggregationWhereInput>;
};

export type SectorChildrenConnectionFilters = {
  /** Filter Sectors by aggregating results on related SectorChildrenConnections */
  aggregate?: InputMaybe<SectorChildrenConnectionAggregateInput>;
  /** Return Sectors where all of the related SectorChildrenConnections match this filter */
  all?: InputMaybe<SectorChildrenConnectionWhere>;
  /** Return Sectors where none of the related SectorChildrenConnections match this filter */
  none?: InputMaybe<SectorChildrenConnectionWhere>;
  /** Return Sectors where one of the related SectorChildrenConnections match this filter */
  single?: InputMaybe<SectorChildrenConnectionWhere>;
  /** Return Sectors where some of the related SectorChildrenConnections match this filter */
  some?: InputMaybe<SectorChildrenConnectionWhere>;
};

export type SectorChildrenConnectionSort = {
  node?: InputMaybe<SectorSort>;
};

export type SectorChildrenConnectionWhere = {
  AND?: InputMaybe<Array<SectorChildrenConnectionWhere>>;
  NOT?: InputMaybe<SectorChildrenConnectionWhere>;
  OR?: InputMaybe<Array<SectorChildrenConnectionWhere>>;
  node?: InputMaybe<SectorWhere>;
};

export type SectorChildrenNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SectorChildrenNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SectorChildrenNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SectorChildrenNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type SectorChildrenRelationship = {
  __typename?: 'SectorChildrenRelationship';
  cursor: Scalars['String']['output'];
  node: Sector;
};

export type SectorEdge = {
  __typename?: 'SectorEdge';
  cursor: Scalars['String']['output'];
  node: Sector;
};

/** Un secteur. / A sector. */
export type SectorInput = {
  /** Identifiant ; absent : tiré du nom. / Id; made from the name when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Codes NAF. / NAF codes. */
  nafCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Nom. / Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Nom anglais. / English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Secteur parent (identifiant). / Parent sector id. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type SectorParentConnection = {
  __typename?: 'SectorParentConnection';
  aggregate: SectorSectorParentAggregateSelection;
  edges: Array<SectorParentRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SectorParentConnectionAggregateInput = {
  AND?: InputMaybe<Array<SectorParentConnectionAggregateInput>>;
  NOT?: InputMaybe<SectorParentConnectionAggregateInput>;
  OR?: InputMaybe<Array<SectorParentConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<SectorParentNodeAggregationWhereInput>;
};

export type SectorParentConnectionFilters = {
  /** Filter Sectors by aggregating results on related SectorParentConnections */
  aggregate?: InputMaybe<SectorParentConnectionAggregateInput>;
  /** Return Sectors where all of the related SectorParentConnections match this filter */
  all?: InputMaybe<SectorParentConnectionWhere>;
  /** Return Sectors where none of the related SectorParentConnections match this filter */
  none?: InputMaybe<SectorParentConnectionWhere>;
  /** Return Sectors where one of the related SectorParentConnections match this filter */
  single?: InputMaybe<SectorParentConnectionWhere>;
  /** Return Sectors where some of the related SectorParentConnections match this filter */
  some?: InputMaybe<SectorParentConnectionWhere>;
};

export type SectorParentConnectionSort = {
  node?: InputMaybe<SectorSort>;
};

export type SectorParentConnectionWhere = {
  AND?: InputMaybe<Array<SectorParentConnectionWhere>>;
  NOT?: InputMaybe<SectorParentConnectionWhere>;
  OR?: InputMaybe<Array<SectorParentConnectionWhere>>;
  node?: InputMaybe<SectorWhere>;
};

export type SectorParentNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<SectorParentNodeAggregationWhereInput>>;
  NOT?: InputMaybe<SectorParentNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<SectorParentNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type SectorParentRelationship = {
  __typename?: 'SectorParentRelationship';
  cursor: Scalars['String']['output'];
  node: Sector;
};

export type SectorRelationshipFilters = {
  /** Filter type where all of the related Sectors match this filter */
  all?: InputMaybe<SectorWhere>;
  /** Filter type where none of the related Sectors match this filter */
  none?: InputMaybe<SectorWhere>;
  /** Filter type where one of the related Sectors match this filter */
  single?: InputMaybe<SectorWhere>;
  /** Filter type where some of the related Sectors match this filter */
  some?: InputMaybe<SectorWhere>;
};

export type SectorSectorChildrenAggregateSelection = {
  __typename?: 'SectorSectorChildrenAggregateSelection';
  count: CountConnection;
  node: Maybe<SectorSectorChildrenNodeAggregateSelection>;
};

export type SectorSectorChildrenNodeAggregateSelection = {
  __typename?: 'SectorSectorChildrenNodeAggregateSelection';
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type SectorSectorParentAggregateSelection = {
  __typename?: 'SectorSectorParentAggregateSelection';
  count: CountConnection;
  node: Maybe<SectorSectorParentNodeAggregateSelection>;
};

export type SectorSectorParentNodeAggregateSelection = {
  __typename?: 'SectorSectorParentNodeAggregateSelection';
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

/** Fields to sort Sectors by. The order in which sorts are applied is not guaranteed when specifying many fields in one SectorSort object. */
export type SectorSort = {
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  nameEn?: InputMaybe<SortDirection>;
};

export type SectorWhere = {
  AND?: InputMaybe<Array<SectorWhere>>;
  NOT?: InputMaybe<SectorWhere>;
  OR?: InputMaybe<Array<SectorWhere>>;
  actors?: InputMaybe<ActorRelationshipFilters>;
  actorsConnection?: InputMaybe<SectorActorsConnectionFilters>;
  children?: InputMaybe<SectorRelationshipFilters>;
  childrenConnection?: InputMaybe<SectorChildrenConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  nafCodes?: InputMaybe<StringListFilters>;
  name?: InputMaybe<StringScalarFilters>;
  nameEn?: InputMaybe<StringScalarFilters>;
  parent?: InputMaybe<SectorRelationshipFilters>;
  parentConnection?: InputMaybe<SectorParentConnectionFilters>;
};

export type SectorsConnection = {
  __typename?: 'SectorsConnection';
  aggregate: SectorAggregate;
  edges: Array<SectorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/** Silo filters */
export type SiloEnumScalarFilters = {
  eq?: InputMaybe<Silo>;
  in?: InputMaybe<Array<Silo>>;
};

/** Slug filters */
export type SlugScalarFilters = {
  eq?: InputMaybe<Scalars['Slug']['input']>;
  in?: InputMaybe<Array<Scalars['Slug']['input']>>;
};

/** Slug filters */
export type SlugScalarMutations = {
  set?: InputMaybe<Scalars['Slug']['input']>;
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest: Maybe<Scalars['String']['output']>;
  shortest: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** String mutations */
export type StringScalarMutations = {
  set?: InputMaybe<Scalars['String']['input']>;
};

export type TerritoriesConnection = {
  __typename?: 'TerritoriesConnection';
  aggregate: TerritoryAggregate;
  edges: Array<TerritoryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * Territoire : commune (code INSEE), EPCI (SIREN), pays, département, région ; emboîtés par PART_OF.
 * A territory, nested by PART_OF.
 */
export type Territory = {
  __typename?: 'Territory';
  /** Acteurs implantés ici (LOCATED_IN). / Actors located here. */
  actors: Array<Actor>;
  actorsConnection: TerritoryActorsConnection;
  /** Code officiel : INSEE (commune, département, région) ou SIREN (EPCI). / Official code. */
  code: Scalars['String']['output'];
  /** Identifiant : niveau et code, ex. « commune:24037 ». / Level and code. */
  id: Scalars['ID']['output'];
  /** Niveau. / Level. */
  level: TerritoryLevel;
  /** Centre de la commune (WGS 84), quand il est connu : une personne y est placée, jamais plus précisément. / A commune's centre, where its people are placed. */
  location: Maybe<Point>;
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Territoires englobants (PART_OF). / Enclosing territories. */
  partOf: Array<Territory>;
  partOfConnection: TerritoryPartOfConnection;
  /** Territoires contenus. / Territories within. */
  parts: Array<Territory>;
  partsConnection: TerritoryPartsConnection;
  /** Population municipale (Insee). / Population. */
  population: Maybe<Scalars['Int']['output']>;
};


/**
 * Territoire : commune (code INSEE), EPCI (SIREN), pays, département, région ; emboîtés par PART_OF.
 * A territory, nested by PART_OF.
 */
export type TerritoryActorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/**
 * Territoire : commune (code INSEE), EPCI (SIREN), pays, département, région ; emboîtés par PART_OF.
 * A territory, nested by PART_OF.
 */
export type TerritoryActorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritoryActorsConnectionSort>>;
  where?: InputMaybe<TerritoryActorsConnectionWhere>;
};


/**
 * Territoire : commune (code INSEE), EPCI (SIREN), pays, département, région ; emboîtés par PART_OF.
 * A territory, nested by PART_OF.
 */
export type TerritoryPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritorySort>>;
  where?: InputMaybe<TerritoryWhere>;
};


/**
 * Territoire : commune (code INSEE), EPCI (SIREN), pays, département, région ; emboîtés par PART_OF.
 * A territory, nested by PART_OF.
 */
export type TerritoryPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritoryPartOfConnectionSort>>;
  where?: InputMaybe<TerritoryPartOfConnectionWhere>;
};


/**
 * Territoire : commune (code INSEE), EPCI (SIREN), pays, département, région ; emboîtés par PART_OF.
 * A territory, nested by PART_OF.
 */
export type TerritoryPartsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritorySort>>;
  where?: InputMaybe<TerritoryWhere>;
};


/**
 * Territoire : commune (code INSEE), EPCI (SIREN), pays, département, région ; emboîtés par PART_OF.
 * A territory, nested by PART_OF.
 */
export type TerritoryPartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<TerritoryPartsConnectionSort>>;
  where?: InputMaybe<TerritoryPartsConnectionWhere>;
};

export type TerritoryActorActorsAggregateSelection = {
  __typename?: 'TerritoryActorActorsAggregateSelection';
  count: CountConnection;
  node: Maybe<TerritoryActorActorsNodeAggregateSelection>;
};

export type TerritoryActorActorsNodeAggregateSelection = {
  __typename?: 'TerritoryActorActorsNodeAggregateSelection';
  contactEmail: StringAggregateSelection;
  contactName: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  createdAt: DateTimeAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  rna: StringAggregateSelection;
  siren: StringAggregateSelection;
  siret: StringAggregateSelection;
  updatedAt: DateTimeAggregateSelection;
  website: StringAggregateSelection;
};

export type TerritoryActorsConnection = {
  __typename?: 'TerritoryActorsConnection';
  aggregate: TerritoryActorActorsAggregateSelection;
  edges: Array<TerritoryActorsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TerritoryActorsConnectionAggregateInput = {
  AND?: InputMaybe<Array<TerritoryActorsConnectionAggregateInput>>;
  NOT?: InputMaybe<TerritoryActorsConnectionAggregateInput>;
  OR?: InputMaybe<Array<TerritoryActorsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TerritoryActorsNodeAggregationWhereInput>;
};

export type TerritoryActorsConnectionFilters = {
  /** Filter Territories by aggregating results on related TerritoryActorsConnections */
  aggregate?: InputMaybe<TerritoryActorsConnectionAggregateInput>;
  /** Return Territories where all of the related TerritoryActorsConnections match this filter */
  all?: InputMaybe<TerritoryActorsConnectionWhere>;
  /** Return Territories where none of the related TerritoryActorsConnections match this filter */
  none?: InputMaybe<TerritoryActorsConnectionWhere>;
  /** Return Territories where one of the related TerritoryActorsConnections match this filter */
  single?: InputMaybe<TerritoryActorsConnectionWhere>;
  /** Return Territories where some of the related TerritoryActorsConnections match this filter */
  some?: InputMaybe<TerritoryActorsConnectionWhere>;
};

export type TerritoryActorsConnectionSort = {
  node?: InputMaybe<ActorSort>;
};

export type TerritoryActorsConnectionWhere = {
  AND?: InputMaybe<Array<TerritoryActorsConnectionWhere>>;
  NOT?: InputMaybe<TerritoryActorsConnectionWhere>;
  OR?: InputMaybe<Array<TerritoryActorsConnectionWhere>>;
  node?: InputMaybe<ActorWhere>;
};

export type TerritoryActorsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TerritoryActorsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TerritoryActorsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TerritoryActorsNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  rna?: InputMaybe<StringScalarAggregationFilters>;
  siren?: InputMaybe<StringScalarAggregationFilters>;
  siret?: InputMaybe<StringScalarAggregationFilters>;
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
};

export type TerritoryActorsRelationship = {
  __typename?: 'TerritoryActorsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type TerritoryAggregate = {
  __typename?: 'TerritoryAggregate';
  count: Count;
  node: TerritoryAggregateNode;
};

export type TerritoryAggregateNode = {
  __typename?: 'TerritoryAggregateNode';
  code: StringAggregateSelection;
  name: StringAggregateSelection;
  population: IntAggregateSelection;
};

export type TerritoryEdge = {
  __typename?: 'TerritoryEdge';
  cursor: Scalars['String']['output'];
  node: Territory;
};

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

/** TerritoryLevel filters */
export type TerritoryLevelEnumScalarFilters = {
  eq?: InputMaybe<TerritoryLevel>;
  in?: InputMaybe<Array<TerritoryLevel>>;
};

export type TerritoryPartOfConnection = {
  __typename?: 'TerritoryPartOfConnection';
  aggregate: TerritoryTerritoryPartOfAggregateSelection;
  edges: Array<TerritoryPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TerritoryPartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<TerritoryPartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<TerritoryPartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<TerritoryPartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TerritoryPartOfNodeAggregationWhereInput>;
};

export type TerritoryPartOfConnectionFilters = {
  /** Filter Territories by aggregating results on related TerritoryPartOfConnections */
  aggregate?: InputMaybe<TerritoryPartOfConnectionAggregateInput>;
  /** Return Territories where all of the related TerritoryPartOfConnections match this filter */
  all?: InputMaybe<TerritoryPartOfConnectionWhere>;
  /** Return Territories where none of the related TerritoryPartOfConnections match this filter */
  none?: InputMaybe<TerritoryPartOfConnectionWhere>;
  /** Return Territories where one of the related TerritoryPartOfConnections match this filter */
  single?: InputMaybe<TerritoryPartOfConnectionWhere>;
  /** Return Territories where some of the related TerritoryPartOfConnections match this filter */
  some?: InputMaybe<TerritoryPartOfConnectionWhere>;
};

export type TerritoryPartOfConnectionSort = {
  node?: InputMaybe<TerritorySort>;
};

export type TerritoryPartOfConnectionWhere = {
  AND?: InputMaybe<Array<TerritoryPartOfConnectionWhere>>;
  NOT?: InputMaybe<TerritoryPartOfConnectionWhere>;
  OR?: InputMaybe<Array<TerritoryPartOfConnectionWhere>>;
  node?: InputMaybe<TerritoryWhere>;
};

export type TerritoryPartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TerritoryPartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TerritoryPartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TerritoryPartOfNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
};

export type TerritoryPartOfRelationship = {
  __typename?: 'TerritoryPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Territory;
};

export type TerritoryPartsConnection = {
  __typename?: 'TerritoryPartsConnection';
  aggregate: TerritoryTerritoryPartsAggregateSelection;
  edges: Array<TerritoryPartsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TerritoryPartsConnectionAggregateInput = {
  AND?: InputMaybe<Array<TerritoryPartsConnectionAggregateInput>>;
  NOT?: InputMaybe<TerritoryPartsConnectionAggregateInput>;
  OR?: InputMaybe<Array<TerritoryPartsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<TerritoryPartsNodeAggregationWhereInput>;
};

export type TerritoryPartsConnectionFilters = {
  /** Filter Territories by aggregating results on related TerritoryPartsConnections */
  aggregate?: InputMaybe<TerritoryPartsConnectionAggregateInput>;
  /** Return Territories where all of the related TerritoryPartsConnections match this filter */
  all?: InputMaybe<TerritoryPartsConnectionWhere>;
  /** Return Territories where none of the related TerritoryPartsConnections match this filter */
  none?: InputMaybe<TerritoryPartsConnectionWhere>;
  /** Return Territories where one of the related TerritoryPartsConnections match this filter */
  single?: InputMaybe<TerritoryPartsConnectionWhere>;
  /** Return Territories where some of the related TerritoryPartsConnections match this filter */
  some?: InputMaybe<TerritoryPartsConnectionWhere>;
};

export type TerritoryPartsConnectionSort = {
  node?: InputMaybe<TerritorySort>;
};

export type TerritoryPartsConnectionWhere = {
  AND?: InputMaybe<Array<TerritoryPartsConnectionWhere>>;
  NOT?: InputMaybe<TerritoryPartsConnectionWhere>;
  OR?: InputMaybe<Array<TerritoryPartsConnectionWhere>>;
  node?: InputMaybe<TerritoryWhere>;
};

export type TerritoryPartsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<TerritoryPartsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<TerritoryPartsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<TerritoryPartsNodeAggregationWhereInput>>;
  code?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  population?: InputMaybe<IntScalarAggregationFilters>;
};

export type TerritoryPartsRelationship = {
  __typename?: 'TerritoryPartsRelationship';
  cursor: Scalars['String']['output'];
  node: Territory;
};

export type TerritoryRelationshipFilters = {
  /** Filter type where all of the related Territories match this filter */
  all?: InputMaybe<TerritoryWhere>;
  /** Filter type where none of the related Territories match this filter */
  none?: InputMaybe<TerritoryWhere>;
  /** Filter type where one of the related Territories match this filter */
  single?: InputMaybe<TerritoryWhere>;
  /** Filter type where some of the related Territories match this filter */
  some?: InputMaybe<TerritoryWhere>;
};

/** Fields to sort Territories by. The order in which sorts are applied is not guaranteed when specifying many fields in one TerritorySort object. */
export type TerritorySort = {
  code?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  level?: InputMaybe<SortDirection>;
  location?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  population?: InputMaybe<SortDirection>;
};

export type TerritoryTerritoryPartOfAggregateSelection = {
  __typename?: 'TerritoryTerritoryPartOfAggregateSelection';
  count: CountConnection;
  node: Maybe<TerritoryTerritoryPartOfNodeAggregateSelection>;
};

export type TerritoryTerritoryPartOfNodeAggregateSelection = {
  __typename?: 'TerritoryTerritoryPartOfNodeAggregateSelection';
  code: StringAggregateSelection;
  name: StringAggregateSelection;
  population: IntAggregateSelection;
};

export type TerritoryTerritoryPartsAggregateSelection = {
  __typename?: 'TerritoryTerritoryPartsAggregateSelection';
  count: CountConnection;
  node: Maybe<TerritoryTerritoryPartsNodeAggregateSelection>;
};

export type TerritoryTerritoryPartsNodeAggregateSelection = {
  __typename?: 'TerritoryTerritoryPartsNodeAggregateSelection';
  code: StringAggregateSelection;
  name: StringAggregateSelection;
  population: IntAggregateSelection;
};

export type TerritoryWhere = {
  AND?: InputMaybe<Array<TerritoryWhere>>;
  NOT?: InputMaybe<TerritoryWhere>;
  OR?: InputMaybe<Array<TerritoryWhere>>;
  actors?: InputMaybe<ActorRelationshipFilters>;
  actorsConnection?: InputMaybe<TerritoryActorsConnectionFilters>;
  code?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  level?: InputMaybe<TerritoryLevelEnumScalarFilters>;
  location?: InputMaybe<PointFilters>;
  name?: InputMaybe<StringScalarFilters>;
  partOf?: InputMaybe<TerritoryRelationshipFilters>;
  partOfConnection?: InputMaybe<TerritoryPartOfConnectionFilters>;
  parts?: InputMaybe<TerritoryRelationshipFilters>;
  partsConnection?: InputMaybe<TerritoryPartsConnectionFilters>;
  population?: InputMaybe<IntScalarFilters>;
};

export type UpdateEmbedViewsMutationResponse = {
  __typename?: 'UpdateEmbedViewsMutationResponse';
  embedViews: Array<EmbedView>;
  info: UpdateInfo;
};

/** Information about the number of nodes and relationships created and deleted during an update mutation */
export type UpdateInfo = {
  __typename?: 'UpdateInfo';
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

/**
 * Un atelier de co-cartographie (Living Lab) : les participants rejoignent depuis leur téléphone, sans compte.
 * A co-mapping workshop: participants join from their phones, without an account.
 */
export type Workshop = {
  __typename?: 'Workshop';
  /** Anonymat. / Anonymity. */
  anonymity: WorkshopAnonymity;
  /** Code pour rejoindre. / Join code. */
  code: Scalars['WorkshopCode']['output'];
  /** Confiance donnée aux liens de l'atelier, de 0 à 1. / Confidence given to the workshop's links. */
  confidence: Scalars['Confidence']['output'];
  /** Date. / Date. */
  date: Scalars['Date']['output'];
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Modération. / Moderation. */
  moderation: WorkshopModeration;
  /** Participants présents. / Participants who joined. */
  participants: Scalars['Int']['output'];
  /** La question posée. / The question asked. */
  question: Scalars['String']['output'];
  /** Numéro de version, augmenté à chaque changement (direct). / Bumped by every change (live events). */
  revision: Scalars['Int']['output'];
  /** État. / Status. */
  status: WorkshopStatus;
  /** L'étape en cours (0 : la première). / The current step (0: the first). */
  step: Scalars['Int']['output'];
  /** Les étapes, dans l'ordre. / The steps, in order. */
  steps: Array<Scalars['String']['output']>;
  /** Territoire cartographié. / Territory mapped. */
  territoryId: Maybe<Scalars['ID']['output']>;
  /** Titre. / Title. */
  title: Scalars['String']['output'];
  /** L'étape où l'on vote pour les coopérations proposées. / The step at which the room votes. */
  votingStep: Scalars['Int']['output'];
  /** Tour « écrire seul, puis révéler » en cours : les entrées restent cachées du projecteur. / A write-alone round runs. */
  writingAlone: Scalars['Boolean']['output'];
};

/** Ce que l'atelier garde des participants. / What a workshop keeps of its participants. */
export type WorkshopAnonymity =
  /** Aucun auteur n'est gardé, nulle part. / No author is kept anywhere. */
  | 'ANONYMOUS'
  /** Chacun donne son nom. / Everyone gives their name. */
  | 'NAMED'
  /** Chacun choisit un pseudonyme, effacé à la clôture. / A pseudonym, deleted at closing. */
  | 'PSEUDONYMOUS';

/** Ce que montre le projecteur : les contributions validées et révélées, sans auteur. / What the projector shows. */
export type WorkshopBoard = {
  __typename?: 'WorkshopBoard';
  /** Les acteurs du graphe qu'elles nomment. / The graph actors they name. */
  actors: Array<WorkshopBoardActor>;
  /** Compteurs. / Counters. */
  counters: WorkshopCounters;
  /** Contributions validées, hors tour « écrire seul », sans auteur. / Approved entries not written alone, no author. */
  entries: Array<WorkshopEntry>;
  /** L'atelier. / The workshop. */
  workshop: Workshop;
};

/** Un acteur du graphe que nomment les contributions montrées. / A graph actor the entries shown name. */
export type WorkshopBoardActor = {
  __typename?: 'WorkshopBoardActor';
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Silo. / Silo. */
  silo: Silo;
};

/** Bilan d'une clôture. / What closing did. */
export type WorkshopClosing = {
  __typename?: 'WorkshopClosing';
  /** Acteurs créés dans le graphe. / Actors created. */
  actorsCreated: Scalars['Int']['output'];
  /** Liens créés. / Links created. */
  linksCreated: Scalars['Int']['output'];
  /** Offres et besoins ajoutés. / Offers and needs added. */
  resourcesAdded: Scalars['Int']['output'];
  /** L'atelier clos. / The closed workshop. */
  workshop: Workshop;
};

/** La console de l'animateur. / The facilitator's console. */
export type WorkshopConsole = {
  __typename?: 'WorkshopConsole';
  /** Les participants qui ont demandé à rester en contact. / Participants who asked to stay in touch. */
  contacts: Array<WorkshopContact>;
  /** Les contributions, les plus récentes d'abord. / Entries, newest first. */
  entries: Array<WorkshopEntry>;
  /** L'atelier. / The workshop. */
  workshop: Workshop;
};

/** Un participant qui a demandé à rester en contact (animateurs seulement). / A participant who asked to stay in touch. */
export type WorkshopContact = {
  __typename?: 'WorkshopContact';
  /** Comment le joindre, tel qu'il l'a donné. / How to reach them, as they gave it. */
  contact: Scalars['String']['output'];
  /** Nom ou pseudonyme (aucun en atelier anonyme). / Name or pseudonym (none when anonymous). */
  name: Maybe<Scalars['String']['output']>;
};

/** Ce que l'animateur change en cours d'atelier. / What the facilitator changes while it runs. */
export type WorkshopControl = {
  /** Suspendre (true) ou rouvrir (false) les entrées. / Pause or reopen joining. */
  pauseJoining?: InputMaybe<Scalars['Boolean']['input']>;
  /** Passer à cette étape. / Move everyone to this step. */
  step?: InputMaybe<Scalars['Int']['input']>;
  /** Commencer (true) un tour « écrire seul » ou révéler (false). / Start a write-alone round, or reveal. */
  writingAlone?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Les compteurs du projecteur. / The projector's counters. */
export type WorkshopCounters = {
  __typename?: 'WorkshopCounters';
  /** Part des liens entre silos différents (aucune tant qu'il n'y a pas de lien). / Share of links across silos. */
  crossSiloShare: Maybe<Scalars['Float']['output']>;
  /** Liens ajoutés. / Links added. */
  links: Scalars['Int']['output'];
  /** Organisations proposées. / Organisations proposed. */
  organisations: Scalars['Int']['output'];
  /** Participants présents. / Participants present. */
  participants: Scalars['Int']['output'];
};

/** Une contribution à un atelier. / An entry in a workshop. */
export type WorkshopEntry = {
  __typename?: 'WorkshopEntry';
  /** Nature de l'organisation. / The organisation's kind. */
  actorKind: Maybe<ActorKind>;
  /** Auteur (animateurs, atelier nommé ou pseudonyme seulement). / Author (facilitators; named or pseudonymous only). */
  author: Maybe<Scalars['String']['output']>;
  /** Commune de l'organisation. / The organisation's commune. */
  communeId: Maybe<Scalars['ID']['output']>;
  /** Une extrémité du lien, ou l'organisation qui offre ou a besoin : un acteur ou « entry:… ». / One end, or the organisation. */
  from: Maybe<Scalars['ID']['output']>;
  /** Le nom de l'organisation « from ». / The name « from » stands for. */
  fromName: Maybe<Scalars['String']['output']>;
  /** Écrite pendant un tour « écrire seul », pas encore révélée. / Written alone, not revealed yet. */
  hidden: Scalars['Boolean']['output'];
  /** Identifiant (« entry:… » la désigne dans un lien). / Id (a link names it as « entry:… »). */
  id: Scalars['ID']['output'];
  /** Nature. / Kind. */
  kind: WorkshopEntryKind;
  /** Nature du lien. / The link's kind. */
  linkKind: Maybe<CooperationKind>;
  /** L'acteur du graphe avec lequel l'animateur l'a fusionnée. / The graph's actor it was merged with. */
  mergedWith: Maybe<Scalars['ID']['output']>;
  /** Son nom. / Its name. */
  mergedWithName: Maybe<Scalars['String']['output']>;
  /** Nom de l'organisation ou de la ressource. / The organisation's or resource's name. */
  name: Maybe<Scalars['String']['output']>;
  /** Remarque. / Note. */
  note: Maybe<Scalars['String']['output']>;
  /** Nature de la ressource. / The resource's kind. */
  resourceKind: Maybe<ResourceKind>;
  /** Silo de l'organisation. / The organisation's silo. */
  silo: Maybe<Silo>;
  /** État. / Status. */
  status: WorkshopEntryStatus;
  /** L'autre extrémité du lien. / The link's other end. */
  to: Maybe<Scalars['ID']['output']>;
  /** Le nom de l'organisation « to ». / The name « to » stands for. */
  toName: Maybe<Scalars['String']['output']>;
};

/** Ce que l'animateur corrige en validant. / What the facilitator corrects when approving. */
export type WorkshopEntryEdits = {
  /** Nature de l'organisation. / Kind. */
  actorKind?: InputMaybe<ActorKind>;
  /** Commune. / Commune. */
  communeId?: InputMaybe<Scalars['ID']['input']>;
  /** Nature du lien. / Link kind. */
  linkKind?: InputMaybe<CooperationKind>;
  /** Nom. / Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Remarque. / Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Silo. / Silo. */
  silo?: InputMaybe<Silo>;
};

/** Une contribution d'un participant. / A participant's entry. */
export type WorkshopEntryInput = {
  /** Nature de l'organisation. / Organisation's kind. */
  actorKind?: InputMaybe<ActorKind>;
  /** Commune de l'organisation. / Commune. */
  communeId?: InputMaybe<Scalars['ID']['input']>;
  /** Extrémité ou organisation : un acteur ou « entry:… ». / End or organisation. */
  from?: InputMaybe<Scalars['ID']['input']>;
  /** Nature. / Kind. */
  kind: WorkshopEntryKind;
  /** Nature du lien. / Link kind. */
  linkKind?: InputMaybe<CooperationKind>;
  /** Nom de l'organisation ou de la ressource. / Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Remarque. / Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Nature de la ressource. / Resource kind. */
  resourceKind?: InputMaybe<ResourceKind>;
  /** Silo (organisation). / Silo. */
  silo?: InputMaybe<Silo>;
  /** Autre extrémité (lien). / Other end. */
  to?: InputMaybe<Scalars['ID']['input']>;
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
  anonymity?: InputMaybe<WorkshopAnonymity>;
  /** Confiance des liens, 0 à 1 (par défaut 0,7). / Links' confidence (default 0.7). */
  confidence?: InputMaybe<Scalars['Confidence']['input']>;
  /** Date. / Date. */
  date: Scalars['Date']['input'];
  /** Modération (par défaut : après validation). / Moderation (default: held). */
  moderation?: InputMaybe<WorkshopModeration>;
  /** La question posée. / The question asked. */
  question: Scalars['String']['input'];
  /** Les étapes (par défaut celles de Net-Map). / The steps (Net-Map's by default). */
  steps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Territoire cartographié. / Territory mapped. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Titre. / Title. */
  title: Scalars['String']['input'];
  /** L'étape du vote (par défaut la dernière). / The voting step (default: the last). */
  votingStep?: InputMaybe<Scalars['Int']['input']>;
};

/** Un acteur du graphe qui ressemble à une organisation proposée. / A graph actor like a proposed organisation. */
export type WorkshopMatch = {
  __typename?: 'WorkshopMatch';
  /** Commune. / Commune. */
  commune: Maybe<Scalars['String']['output']>;
  /** Identifiant de l'acteur. / The actor's id. */
  id: Scalars['ID']['output'];
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Même commune que celle proposée. / In the commune proposed. */
  sameCommune: Scalars['Boolean']['output'];
};

/** Un besoin apporté par l'atelier qu'une autre organisation offre déjà. / A need another organisation offers. */
export type WorkshopMatchedNeed = {
  __typename?: 'WorkshopMatchedNeed';
  /** Le besoin. / The need. */
  need: Scalars['String']['output'];
  /** Qui en a besoin. / Who needs it. */
  neededBy: Scalars['String']['output'];
  /** Qui l'offre. / Who offers it. */
  offeredBy: Array<Scalars['String']['output']>;
};

/** Ce qu'un participant retrouve de sa session. / What a participant finds in their session. */
export type WorkshopMe = {
  __typename?: 'WorkshopMe';
  /** Ses contributions, les plus récentes d'abord. / Their entries, newest first. */
  entries: Array<WorkshopEntry>;
  /** L'organisation pour laquelle il parle. / The organisation they speak for. */
  organisation: Maybe<WorkshopRef>;
  /** L'atelier. / The workshop. */
  workshop: Workshop;
};

/** Quand les contributions paraissent. / When entries are shown. */
export type WorkshopModeration =
  /** Après validation par l'animateur. / Once the facilitator approves them. */
  | 'HELD'
  /** Aussitôt. / At once. */
  | 'IMMEDIATE';

/** Ce que reçoit un participant qui rejoint. / What a participant gets on joining. */
export type WorkshopPass = {
  __typename?: 'WorkshopPass';
  /** Jeton de session, pour cet atelier seulement (en-tête X-Workshop-Session). / Session token, this workshop only. */
  session: Scalars['String']['output'];
  /** L'atelier. / The workshop. */
  workshop: Workshop;
};

/** Une coopération proposée au vote, dans le territoire de l'atelier. / A cooperation proposed to the vote. */
export type WorkshopProposal = {
  __typename?: 'WorkshopProposal';
  /** Une organisation (celle qui offre, pour une ressource). / One organisation (the one offering). */
  fromName: Scalars['String']['output'];
  /** Son silo. / Its silo. */
  fromSilo: Silo;
  /** Identifiant. / Id. */
  id: Scalars['ID']['output'];
  /** Nature. / Kind. */
  kind: WorkshopProposalKind;
  /** Le participant qui demande a voté pour. / The asking participant voted for it. */
  mine: Scalars['Boolean']['output'];
  /** Pourquoi (français / anglais). / Why (French / English). */
  reason: Maybe<Scalars['String']['output']>;
  /** La ressource qui les relierait. / The resource that would join them. */
  resource: Maybe<Scalars['String']['output']>;
  /** L'autre (celle qui a besoin, pour une ressource). / The other (the one in need). */
  toName: Scalars['String']['output'];
  /** Son silo. / Its silo. */
  toSilo: Silo;
  /** Votes. / Votes. */
  votes: Scalars['Int']['output'];
};

/** Ce que propose une coopération soumise au vote. / What a proposed cooperation is. */
export type WorkshopProposalKind =
  /** Un lien suggéré par l'analyse des manques. / A link the gap analytics suggest. */
  | 'LINK'
  /** Une offre qui répond à un besoin. / An offer meeting a need. */
  | 'RESOURCE';

/** Une organisation trouvée en tapant : du graphe, ou proposée dans l'atelier. / An organisation found while typing. */
export type WorkshopRef = {
  __typename?: 'WorkshopRef';
  /** Commune. / Commune. */
  commune: Maybe<Scalars['String']['output']>;
  /** Identifiant d'acteur, ou « entry:… » pour une organisation proposée. / An actor's id, or « entry:… ». */
  id: Scalars['ID']['output'];
  /** Nom. / Name. */
  name: Scalars['String']['output'];
  /** Proposée dans l'atelier (pas encore dans le graphe). / Proposed in the workshop. */
  proposed: Scalars['Boolean']['output'];
  /** Silo. / Silo. */
  silo: Maybe<Silo>;
};

/** Participants d'un silo. / Participants of one silo. */
export type WorkshopSiloCount = {
  __typename?: 'WorkshopSiloCount';
  /** Combien. / How many. */
  participants: Scalars['Int']['output'];
  /** Silo de l'organisation pour laquelle ils parlent (aucun : non dit). / Their organisation's silo (none: not said). */
  silo: Maybe<Silo>;
};

/** Où en est un atelier. / Where a workshop stands. */
export type WorkshopStatus =
  /** Clos : n'accepte plus rien. / Closed: accepts nothing. */
  | 'CLOSED'
  /** En cours, on peut rejoindre. / Running, open to join. */
  | 'OPEN'
  /** En cours, entrées fermées. / Running, joining paused. */
  | 'PAUSED';

/** Le bilan d'un atelier (animateurs). / A workshop's summary (facilitators). */
export type WorkshopSummary = {
  __typename?: 'WorkshopSummary';
  /** Acteurs ajoutés au graphe. / Actors added. */
  actorsAdded: Scalars['Int']['output'];
  /** Acteurs ajoutés (pour l'image avant / après). / Actors added (for the before / after picture). */
  addedActorIds: Array<Scalars['ID']['output']>;
  /** Liens ajoutés. / Links added. */
  addedLinkIds: Array<Scalars['ID']['output']>;
  /** Et après. / And after. */
  crossSiloShareAfter: Maybe<Scalars['Float']['output']>;
  /** Part des liens entre silos dans le territoire, avant l'atelier. / Cross-silo share before. */
  crossSiloShareBefore: Maybe<Scalars['Float']['output']>;
  /** Liens ajoutés. / Links added. */
  linksAdded: Scalars['Int']['output'];
  /** Besoins qui ont trouvé une offre. / Needs that found an offer. */
  matchedNeeds: Array<WorkshopMatchedNeed>;
  /** Qui a participé, par silo. / Who took part, by silo. */
  participantsBySilo: Array<WorkshopSiloCount>;
  /** Participants. / Participants. */
  participantsTotal: Scalars['Int']['output'];
  /** Offres et besoins ajoutés. / Offers and needs added. */
  resourcesAdded: Scalars['Int']['output'];
  /** Coopérations votées. / Voted cooperations. */
  voted: Array<WorkshopVoted>;
  /** L'atelier. / The workshop. */
  workshop: Workshop;
};

/** Une coopération votée. / A voted cooperation. */
export type WorkshopVoted = {
  __typename?: 'WorkshopVoted';
  /** Une organisation. / One organisation. */
  from: Scalars['String']['output'];
  /** La proposition. / The proposal. */
  proposalId: Scalars['ID']['output'];
  /** La ressource, s'il y a lieu. / The resource, if any. */
  resource: Maybe<Scalars['String']['output']>;
  /** L'autre. / The other. */
  to: Scalars['String']['output'];
  /** Votes. / Votes. */
  votes: Scalars['Int']['output'];
};

/** Le filtre de l'explorateur : quels acteurs et quels liens analyser. Un champ absent garde tout. / The explorer's filter; an absent field keeps everything. */
export type NetworkFilter = {
  /** Territoire à tout niveau (commune:24037, epci:200070647…), ses parties comprises. / A territory at any level, its parts included. */
  territory?: InputMaybe<Scalars['ID']['input']>;
  /** Secteur, ses sous-secteurs compris. / A sector, its sub-sectors included. */
  sector?: InputMaybe<Scalars['ID']['input']>;
  /** Silos gardés. / Silos kept. */
  silos?: InputMaybe<Array<Silo>>;
  /** Natures d'acteurs gardées. / Kinds of actors kept. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Cercles du PTCE gardés. / PTCE circles kept. */
  ptceRoles?: InputMaybe<Array<PtceRole>>;
  /** Natures de liens gardées. / Kinds of links kept. */
  linkKinds?: InputMaybe<Array<CooperationKind>>;
  /** Le réseau tel qu'il était ce jour-là (liens actifs : since ≤ jour ≤ until). / The network as it stood that day. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Le cœur du réseau : les acteurs ayant au moins ce nombre de partenaires dans le cœur (k-cœur, après les autres critères). / The k-core: actors with at least this many partners within it, after the other criteria. */
  minCore?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * L'atelier maintenant, puis à chaque changement, quel que soit le processus de l'API qui l'a reçu (GraphQL sur SSE,
   * `/graphql/stream`) : le projecteur, la console et les téléphones relisent alors ce qu'ils montrent.
   * The workshop now, then on every change, whichever API process took it (GraphQL over SSE, `/graphql/stream`).
   */
  workshopLive: Workshop;
};


export type SubscriptionWorkshopLiveArgs = {
  code: Scalars['WorkshopCode']['input'];
};
