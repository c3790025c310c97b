import { PROVENANCES, type Provenance } from '@maillage/schema/vocabulary';
import type { Network } from '../../analytics/network/network.js';

export interface QualityFigures {
  /** The day from which a record counts as up to date: twelve months before the report's end. */
  freshSince: string;
  actors: number;
  actorsUpdated: number;
  actorsLocated: number;
  actorsWithSector: number;
  links: number;
  linksUpdated: number;
  linksWithoutDates: number;
  provenance: Array<{ provenance: Provenance; links: number }>;
}

/** The day twelve months before `day` (29 February falls back to the 28th). */
export function yearBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const before = new Date(Date.UTC(year - 1, month - 1, date));
  if (before.getUTCMonth() !== month - 1) before.setUTCDate(0);
  return before.toISOString().slice(0, 10);
}

/** How far the figures can be trusted: how fresh the records are, where the links come from, which have dates. */
export function qualityFigures(network: Network, to: string): QualityFigures {
  const freshSince = yearBefore(to);
  const fresh = (day: string | null): boolean => day !== null && day >= freshSince;
  const counts = new Map<Provenance, number>(PROVENANCES.map((provenance) => [provenance, 0]));
  for (const link of network.links) counts.set(link.provenance, counts.get(link.provenance)! + 1);
  return {
    freshSince,
    actors: network.actors.length,
    actorsUpdated: network.actors.filter((actor) => fresh(actor.updatedOn)).length,
    actorsLocated: network.actors.filter((actor) => actor.location !== null).length,
    actorsWithSector: network.actors.filter((actor) => actor.sectors.length > 0).length,
    links: network.links.length,
    linksUpdated: network.links.filter((link) => fresh(link.updatedOn)).length,
    linksWithoutDates: network.links.filter((link) => link.since === null).length,
    provenance: PROVENANCES.map((provenance) => ({ provenance, links: counts.get(provenance)! })),
  };
}
