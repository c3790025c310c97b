import type { ActorKind, CooperationKind, Provenance, PtceRole, Silo } from '@maillage/schema/vocabulary';

export interface TerritoryRef {
  id: string;
  name: string;
  /** The EPCI a commune belongs to (null for an EPCI itself, a département or a région). */
  epci: { id: string; name: string } | null;
  /** Every territory this one is part of, at every level (EPCI, pays, département, région): the filter's scope. */
  partOf: string[];
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
