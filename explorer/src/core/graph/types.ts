import type { ActorKind, CooperationKind, Provenance, PtceRole, Silo } from '@maillage/schema';

export type { ActorKind, CooperationKind, Provenance, PtceRole, Silo };

/** An actor as the explorer shows it: public fields only (contact details never reach the browser). */
export interface NetworkActor {
  id: string;
  name: string;
  silo: Silo;
  kind: ActorKind;
  ptceRole: PtceRole;
  essMember: boolean;
  description: string | null;
  website: string | null;
  fictional: boolean;
  sectors: { id: string; name: string }[];
  territories: { id: string; name: string; epci: { id: string; name: string } | null }[];
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

export interface Network {
  actors: NetworkActor[];
  links: NetworkLink[];
}

export const SILOS: readonly Silo[] = ['PUBLIC', 'PRIVATE', 'POPULATION'];
