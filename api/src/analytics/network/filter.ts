import type { ActorKind, CooperationKind, PtceRole, Silo } from '@maillage/schema';

/**
 * The explorer's filter, shared by every analytics query: which actors (territory, sector, silo, kind, role)
 * and which links (kind, active on a date). Absent fields keep everything.
 */
export interface NetworkFilter {
  /** A territory id at any level (commune, EPCI, pays, département…): actors located in it or in its parts. */
  territory?: string | null;
  /** A sector id: actors active in it or in one of its sub-sectors. */
  sector?: string | null;
  silos?: Silo[] | null;
  kinds?: ActorKind[] | null;
  ptceRoles?: PtceRole[] | null;
  linkKinds?: CooperationKind[] | null;
  /** `YYYY-MM-DD`: only the links active that day (since ≤ day ≤ until, missing bounds open). */
  asOf?: string | null;
}

/** The same filter always gives the same key, whatever the order of its lists. */
export function filterKey(filter: NetworkFilter): string {
  const list = (values: readonly string[] | null | undefined): string => (values ? [...values].sort().join(',') : '*');
  return [
    filter.territory ?? '*', filter.sector ?? '*', list(filter.silos), list(filter.kinds), list(filter.ptceRoles),
    list(filter.linkKinds), filter.asOf ?? '*',
  ].join('|');
}

export function isActiveOn(link: { since: string | null; until: string | null }, day: string | null | undefined): boolean {
  if (!day) return true;
  return (link.since === null || link.since <= day) && (link.until === null || link.until >= day);
}
