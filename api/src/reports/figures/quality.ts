import { PROVENANCES, type Provenance } from '@maillage/schema/vocabulary';
import { monthsBefore } from '../../analytics/measures/coverage.js';
import type { Network } from '../../analytics/network/network.js';

export interface QualityFigures {
  /** The day from which a record counts as up to date: COVERAGE_MONTHS (12) months before the report's end. */
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


/** How far the figures can be trusted: how fresh the records are, where the links come from, which have dates. */
export function qualityFigures(network: Network, to: string, months = 12): QualityFigures {
  const freshSince = monthsBefore(to, months);
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
