import type { EditedEntity } from '@maillage/schema';
import type { IdentifierField } from '@maillage/schema/identifiers';
import { Point } from 'neo4j-driver';
import { EditError } from './errors.js';

/** How a property of an input is checked before it is written. Enums, numbers and dates are checked by GraphQL. */
export type PropertyCheck = { text: number } | { identifier: IdentifierField } | 'url' | 'email' | 'date' | 'amount' | 'as-is';

/** A relationship an input field replaces as a whole when it is given. */
export interface RelationSpec {
  /** The input field: a list of ids, one id (`single`), or a list of objects with `idKey` and `properties`. */
  field: string;
  type: string;
  target: 'Actor' | 'Sector' | 'Territory' | 'Resource';
  /** OUT: (node)-[:type]->(target); IN: (target)-[:type]->(node). */
  direction: 'OUT' | 'IN';
  single?: boolean;
  idKey?: string;
  properties?: string[];
  /**
   * Each relationship carries `since` (a date): today when it is created, kept when the list is saved again with the
   * same target. Bookkeeping, as the nodes' timestamps: never in the journal's snapshots.
   */
  dated?: true;
}

export interface NodeSpec {
  entity: Exclude<EditedEntity, 'COOPERATION'>;
  label: 'Actor' | 'Resource' | 'Sector' | 'Project';
  /** The mutation's name, for error messages. */
  where: string;
  /** The field a new id is made from. */
  nameField: string;
  required: string[];
  defaults: Record<string, unknown>;
  properties: Record<string, PropertyCheck>;
  relations: RelationSpec[];
  /** Pairs of date fields that must come in order. */
  dateOrder?: [string, string];
  /**
   * Personal fields that may be entered only with the person's consent: the input field naming its purpose (and
   * the one dating it); the consent is then recorded beside the node.
   */
  consent?: { fields: readonly string[]; purposeField: string; givenAtField: string };
  /** Actors: a person's consent to be published may be recorded or withdrawn with the edit (see publication.ts). */
  publication?: true;
  /** Turns input fields that are not stored as such into properties (e.g. latitude and longitude into a point). */
  prepare?(input: Record<string, unknown>): Record<string, unknown>;
}

const WGS84 = 4326;

/** `latitude` and `longitude` become the `location` point: both given, both null (cleared), or neither. */
function locationFromCoordinates(input: Record<string, unknown>): Record<string, unknown> {
  const { latitude, longitude, ...rest } = input;
  if (latitude === undefined && longitude === undefined) return rest;
  if (latitude === null && longitude === null) return { ...rest, location: null };
  const valid = typeof latitude === 'number' && typeof longitude === 'number' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  if (!valid) throw new EditError('BAD_COORDINATES', 'latitude', 'saveActor');
  return { ...rest, location: new Point(WGS84, longitude, latitude) };
}

/** An actor's contact details: personal data, read by animators only, entered only with the person's consent. */
export const CONTACT_FIELDS = ['contactName', 'contactEmail', 'contactPhone'] as const;

const TEXT = { text: 200 } as const;
const LONG_TEXT = { text: 5_000 } as const;

export const ACTOR: NodeSpec = {
  entity: 'ACTOR',
  label: 'Actor',
  where: 'saveActor',
  nameField: 'name',
  required: ['name', 'silo', 'kind'],
  defaults: { ptceRole: 'NONE', essMember: false, fictional: false },
  properties: {
    name: TEXT, silo: 'as-is', kind: 'as-is', ptceRole: 'as-is', essMember: 'as-is', description: LONG_TEXT, website: 'url', fictional: 'as-is',
    siren: { identifier: 'siren' }, siret: { identifier: 'siret' }, rna: { identifier: 'rna' }, closedInRegistry: 'as-is',
    contactName: TEXT, contactEmail: 'email', contactPhone: { text: 40 }, location: 'as-is',
    // Set by a workshop's closing only: ActorInput has no such fields.
    provenance: 'as-is', workshopId: 'as-is', workshopDate: 'date',
  },
  prepare: locationFromCoordinates,
  consent: { fields: CONTACT_FIELDS, purposeField: 'contactConsentPurpose', givenAtField: 'contactConsentGivenAt' },
  publication: true,
  relations: [
    { field: 'sectorIds', type: 'ACTIVE_IN', target: 'Sector', direction: 'OUT' },
    { field: 'territoryIds', type: 'LOCATED_IN', target: 'Territory', direction: 'OUT' },
    { field: 'offers', type: 'OFFERS', target: 'Resource', direction: 'OUT', idKey: 'resourceId', properties: ['note'], dated: true },
    { field: 'needs', type: 'NEEDS', target: 'Resource', direction: 'OUT', idKey: 'resourceId', properties: ['note'], dated: true },
  ],
};

export const RESOURCE: NodeSpec = {
  entity: 'RESOURCE',
  label: 'Resource',
  where: 'saveResource',
  nameField: 'name',
  required: ['name', 'kind'],
  defaults: {},
  properties: { name: TEXT, kind: 'as-is', description: LONG_TEXT },
  relations: [],
};

export const SECTOR: NodeSpec = {
  entity: 'SECTOR',
  label: 'Sector',
  where: 'saveSector',
  nameField: 'name',
  required: ['name'],
  defaults: {},
  properties: { name: TEXT, nameEn: TEXT, nafCodes: 'as-is' },
  relations: [{ field: 'parentId', type: 'SUBSECTOR_OF', target: 'Sector', direction: 'OUT', single: true }],
};

export const PROJECT: NodeSpec = {
  entity: 'PROJECT',
  label: 'Project',
  where: 'saveProject',
  nameField: 'title',
  required: ['title', 'status'],
  defaults: { themes: [], livingLab: false },
  properties: { title: TEXT, status: 'as-is', description: LONG_TEXT, startDate: 'date', endDate: 'date', themes: 'as-is', livingLab: 'as-is' },
  relations: [{ field: 'participants', type: 'PARTICIPATES_IN', target: 'Actor', direction: 'IN', idKey: 'actorId', properties: ['role'] }],
  dateOrder: ['startDate', 'endDate'],
};

export const NODE_SPECS: Record<NodeSpec['entity'], NodeSpec> = { ACTOR, RESOURCE, SECTOR, PROJECT };
