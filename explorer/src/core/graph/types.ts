import type { ActorKind, CooperationKind, Provenance, PtceRole, Silo } from '@maillage/schema';

export type { ActorKind, CooperationKind, Provenance, PtceRole, Silo };

export interface TerritoryRef {
  id: string;
  name: string;
  /** The EPCI a commune belongs to (null for an EPCI itself, a département or a région). */
  epci: { id: string; name: string } | null;
}

/** An actor as the explorer shows it: public fields only (contact details never reach the browser). */
export interface NetworkActor {
  id: string;
  name: string;
  silo: Silo;
  kind: ActorKind;
  ptceRole: PtceRole;
  essMember: boolean;
  fictional: boolean;
  /** WGS 84; often a commune centre (the API says so with locationApproximate). */
  location: { latitude: number; longitude: number } | null;
  sectors: { id: string; name: string }[];
  territories: TerritoryRef[];
}

/** What the detail panel adds for the one actor selected, fetched when it is selected. */
export interface ActorDetails {
  id: string;
  description: string | null;
  website: string | null;
  offers: { id: string; name: string }[];
  needs: { id: string; name: string }[];
  projects: { id: string; title: string }[];
}

/** A cooperation link, once: links are undirected, so `source`/`target` carry no meaning. */
export interface NetworkLink {
  id: string;
  source: string;
  target: string;
  kind: CooperationKind;
  since: string | null;
  until: string | null;
  provenance: Provenance;
  intensity: number | null;
}

export interface SectorNode {
  id: string;
  name: string;
  parent: string | null;
}

export interface Network {
  actors: NetworkActor[];
  links: NetworkLink[];
  sectors: SectorNode[];
}

export const SILOS: readonly Silo[] = ['PUBLIC', 'PRIVATE', 'POPULATION'];
export const ACTOR_KINDS: readonly ActorKind[] = [
  'COLLECTIVITE', 'EPCI', 'STATE_SERVICE', 'PUBLIC_AGENCY', 'ASSOCIATION', 'CITIZEN_COLLECTIVE', 'NETWORK',
  'FOUNDATION', 'COOPERATIVE', 'COMPANY', 'INSERTION', 'RESEARCH', 'TRAINING', 'PERSON',
];
export const PTCE_ROLES: readonly PtceRole[] = ['ADHERENT', 'ALLIE', 'PARTENAIRE', 'NONE'];
export const COOPERATION_KINDS: readonly CooperationKind[] = [
  'PARTNERSHIP', 'MUTUALISATION', 'FUNDING', 'SUPPLY', 'MEMBERSHIP', 'CO_PROJECT', 'KNOWLEDGE_SHARING',
];
