import type { ActorKind, CooperationKind, ProjectRole, ProjectStatus, Provenance, PtceRole, ResourceKind, Silo, TerritoryLevel } from '@maillage/schema';

/**
 * The part of the graph the analytics read: public fields only (no contact detail ever enters it), ids for
 * every relationship, read once per graph version. Dates are `YYYY-MM-DD` strings so that comparing them as
 * strings compares the days.
 */
export interface Projection {
  actors: ProjectedActor[];
  links: ProjectedLink[];
  sectors: ProjectedSector[];
  territories: ProjectedTerritory[];
  resources: ProjectedResource[];
  projects: ProjectedProject[];
}

export interface ProjectedActor {
  id: string;
  name: string;
  silo: Silo;
  kind: ActorKind;
  ptceRole: PtceRole;
  essMember: boolean;
  fictional: boolean;
  /** Shown to the public and researchers: an organisation, or a person who consented (see publicationRule). */
  published: boolean;
  location: { latitude: number; longitude: number } | null;
  /** Sectors the actor is directly active in (ACTIVE_IN). */
  sectors: string[];
  /** Territories the actor is directly located in (LOCATED_IN), usually one commune. */
  territories: string[];
  offers: string[];
  needs: string[];
  /** The day the record last changed (`updatedAt`, else its creation): when it was last reviewed. */
  updatedOn: string | null;
}

/** A cooperation link: undirected in meaning, `source` and `target` are only the stored direction. */
export interface ProjectedLink {
  id: string;
  source: string;
  target: string;
  kind: CooperationKind;
  since: string | null;
  until: string | null;
  intensity: number | null;
  provenance: Provenance;
  /** The day the link was last saved (`updatedAt`); null for links saved before the field existed. */
  updatedOn: string | null;
}

export interface ProjectedSector {
  id: string;
  name: string;
  nameEn: string | null;
  parent: string | null;
}

export interface ProjectedTerritory {
  id: string;
  name: string;
  level: TerritoryLevel;
  /** Territories this one is directly part of (PART_OF). */
  partOf: string[];
}

export interface ProjectedResource {
  id: string;
  name: string;
  kind: ResourceKind;
}

/** A cooperative project and who takes part in it, as actor ids (the public's projection keeps published actors only). */
export interface ProjectedProject {
  id: string;
  title: string;
  status: ProjectStatus;
  startDate: string | null;
  endDate: string | null;
  livingLab: boolean;
  participants: Array<{ actor: string; role: ProjectRole }>;
}
