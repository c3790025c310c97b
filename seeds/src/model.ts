import { z } from 'zod';
import {
  ACTOR_KINDS, COOPERATION_KINDS, PROJECT_ROLES, PROJECT_STATUSES, PROVENANCES, PTCE_ROLES, RESOURCE_KINDS, SILOS,
  TERRITORY_LEVELS as LEVELS,
} from '@maillage/schema/vocabulary';

// The enum values come from the SDL through the generated vocabulary; zod checks rows against the same lists.

const id = z.string().regex(/^[a-z0-9][a-z0-9:._-]*$/, 'ids are lower-case slugs (a-z, 0-9, : . _ -)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const TerritoryRow = z.object({
  id,
  code: z.string().min(1),
  name: z.string().min(1),
  level: z.enum(LEVELS),
  population: z.number().int().nonnegative().optional(),
  /** A commune's centre: where a person of that commune is placed, never more precisely. */
  centre: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  partOf: z.array(id),
});

export const SectorRow = z.object({
  id,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  nafCodes: z.array(z.string().regex(/^\d{2}\.\d{2}[A-Z]$/)),
  parent: id.optional(),
});

export const ResourceRow = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(RESOURCE_KINDS),
  description: z.string().optional(),
});

const ResourceUse = z.object({ resource: id, note: z.string().optional() });

export const ActorRow = z.object({
  id,
  name: z.string().min(1),
  silo: z.enum(SILOS),
  kind: z.enum(ACTOR_KINDS),
  ptceRole: z.enum(PTCE_ROLES),
  essMember: z.boolean(),
  description: z.string().optional(),
  website: z.string().url().optional(),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  locationApproximate: z.boolean().optional(),
  fictional: z.boolean(),
  contactName: z.string().optional(),
  contactEmail: z.string().email().optional(),
  contactPhone: z.string().optional(),
  /** A person's recorded consent to be published: without it, the public and researchers never see them. */
  publicationConsent: z.object({ purpose: z.string().min(1), givenAt: isoDate, source: z.string().min(1) }).optional(),
  territory: id,
  sectors: z.array(id),
  offers: z.array(ResourceUse),
  needs: z.array(ResourceUse),
});

export const LinkRow = z.object({
  id,
  source: id,
  target: id,
  kind: z.enum(COOPERATION_KINDS),
  since: isoDate.optional(),
  until: isoDate.optional(),
  intensity: z.number().int().min(1).max(3).optional(),
  provenance: z.enum(PROVENANCES),
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
});

export const ProjectRow = z.object({
  id,
  title: z.string().min(1),
  status: z.enum(PROJECT_STATUSES),
  description: z.string().optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  themes: z.array(z.string()),
  livingLab: z.boolean(),
  participants: z.array(z.object({ actor: id, role: z.enum(PROJECT_ROLES) })),
});

export const Dataset = z.object({
  territories: z.array(TerritoryRow),
  sectors: z.array(SectorRow),
  resources: z.array(ResourceRow),
  actors: z.array(ActorRow),
  links: z.array(LinkRow),
  projects: z.array(ProjectRow),
});

export type TerritoryRow = z.infer<typeof TerritoryRow>;
export type SectorRow = z.infer<typeof SectorRow>;
export type ResourceRow = z.infer<typeof ResourceRow>;
export type ActorRow = z.infer<typeof ActorRow>;
export type LinkRow = z.infer<typeof LinkRow>;
export type ProjectRow = z.infer<typeof ProjectRow>;
export type Dataset = z.infer<typeof Dataset>;
