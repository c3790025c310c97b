import { ACTOR_KINDS, COOPERATION_KINDS, PTCE_ROLES, SILOS } from '@maillage/schema/vocabulary';
import { z } from 'zod';
import { enumList as list, first, parameterProblems } from '../http/queryParams.js';
import type { NetworkFilter } from '../analytics/network/filter.js';

const id = z.preprocess(first, z.string().regex(/^[\w:.-]{1,120}$/, 'an id such as commune:24037 or epci:200070647').optional());
const day = z.preprocess(first, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'a real date').optional());

// The explorer's URL parameters (its other ones, layout or language, are ignored), `asOf` (or the explorer's
// `date`), and the JSON flavour.
const ExportQuery = z.object({
  territory: id,
  sector: id,
  silos: list(SILOS),
  kinds: list(ACTOR_KINDS),
  roles: list(PTCE_ROLES),
  linkKinds: list(COOPERATION_KINDS),
  asOf: day,
  date: day,
  format: z.preprocess(first, z.enum(['cytoscape', 'node-link']).optional()),
});

export interface ExportRequest {
  filter: NetworkFilter;
  jsonFlavour: 'cytoscape' | 'node-link';
}

export class ExportParamsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Paramètres d'export invalides / invalid export parameters: ${problems.join('; ')}`);
    this.name = 'ExportParamsError';
  }
}

/** Checks an export's query string, naming each bad parameter and what it expects. */
export function parseExportParams(query: Record<string, unknown>): ExportRequest {
  const parsed = ExportQuery.safeParse(query);
  if (!parsed.success) throw new ExportParamsError(parameterProblems(parsed.error));
  const { territory, sector, silos, kinds, roles, linkKinds, asOf, date, format } = parsed.data;
  const filter: NetworkFilter = {};
  if (territory) filter.territory = territory;
  if (sector) filter.sector = sector;
  if (silos) filter.silos = silos;
  if (kinds) filter.kinds = kinds;
  if (roles) filter.ptceRoles = roles;
  if (linkKinds) filter.linkKinds = linkKinds;
  if (asOf ?? date) filter.asOf = (asOf ?? date)!;
  return { filter, jsonFlavour: format ?? 'cytoscape' };
}
