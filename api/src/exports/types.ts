import type { ActorKind, PtceRole, Silo } from '@maillage/schema';
import type { ProjectedLink } from '../analytics/projection/types.js';

/** An actor as every export writes it: public fields only, names rather than ids where a reader wants words. */
export interface ExportNode {
  id: string;
  label: string;
  silo: Silo;
  kind: ActorKind;
  ptceRole: PtceRole;
  essMember: boolean;
  fictional: boolean;
  /** Sector names, `;`-separated in the tabular formats. */
  sectors: string[];
  /** The commune (or other territory) the actor is located in, and its EPCI. */
  territory: string | null;
  epci: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Read only for the formats that ask for them (`parts.details`): the linked-data export. */
  details?: NodeDetails;
}

/** What a linked-data reader also wants of an actor: its identifiers, site, offers, needs and projects. */
export interface NodeDetails {
  siren: string | null;
  siret: string | null;
  website: string | null;
  offers: Array<{ id: string; name: string }>;
  needs: Array<{ id: string; name: string }>;
  projects: Array<{ id: string; title: string; status: string; role: string }>;
}

/** A link as every export writes it: the projection's link with its confidence. */
export interface ExportEdge extends Omit<ProjectedLink, 'updatedOn'> {
  confidence: number | null;
}

/** How one file format writes a network piece by piece, so the server can stream it. */
export interface ExportFormat {
  contentType: string;
  extension: string;
  /** Which parts the file holds: a CSV holds one. */
  parts: { nodes: boolean; edges: boolean; details?: boolean };
  head(context: { asOf: string | null; generatedAt: string }): string;
  node?(node: ExportNode, index: number): string;
  /** Between the last node and the first edge. */
  between?(): string;
  edge?(edge: ExportEdge, index: number): string;
  tail(): string;
}
