import { ENTRY_REF } from './entries.js';
import type { EntryRecord } from './records.js';

export interface BoardCounters {
  participants: number;
  organisations: number;
  links: number;
  /** Share of the workshop's links whose two ends are in different silos; null while there is none. */
  crossSiloShare: number | null;
}

/**
 * The projector's counters, from the entries it shows: an end's silo is its graph actor's, or that of the
 * organisation proposed in the workshop (the one it was merged with counts as that actor).
 */
export function boardCounters(entries: readonly EntryRecord[], actorSilos: ReadonlyMap<string, string>, participants: number): BoardCounters {
  const organisations = new Map(entries.filter((entry) => entry.kind === 'ORGANISATION').map((entry) => [entry.id, entry]));
  const siloOf = (ref: string | null): string | null => {
    if (!ref) return null;
    if (!ref.startsWith(ENTRY_REF)) return actorSilos.get(ref) ?? null;
    const entry = organisations.get(ref.slice(ENTRY_REF.length));
    return (entry?.mergedWith ? actorSilos.get(entry.mergedWith) : null) ?? entry?.silo ?? null;
  };
  const links = entries.filter((entry) => entry.kind === 'LINK').map((entry) => [siloOf(entry.from), siloOf(entry.to)] as const);
  const known = links.filter(([from, to]) => from !== null && to !== null);
  const across = known.filter(([from, to]) => from !== to).length;
  return { participants, organisations: organisations.size, links: links.length, crossSiloShare: known.length > 0 ? across / known.length : null };
}
