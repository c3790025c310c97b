import { PROVENANCES, type Provenance } from '@maillage/schema/vocabulary';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';

/** Below this share of actors whose links are known, the figures that missing links distort are only indicative. */
export const INDICATIVE_BELOW = 0.65;

/** How far a figure can be trusted: how much of the selection's cooperation is known, and where it comes from. */
export interface Coverage {
  /** An actor's links count as known when it has one and was reviewed on or after this day. */
  reviewedSince: string;
  months: number;
  actors: number;
  /** Actors with at least one link (of any provenance) whose record was reviewed since `reviewedSince`. */
  knownActors: number;
  knownShare: number | null;
  links: number;
  datedLinks: number;
  datedShare: number | null;
  provenance: Array<{ provenance: Provenance; links: number; share: number | null }>;
  /** The figure is sensitive to missing links and fewer than 65 % of the actors have theirs known. */
  indicative: boolean;
  /** Why the figure is only indicative, or the coverage in words. */
  note: Text;
}

/** The day `months` months before `day` (a day past the month's end falls back to its last day). */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const before = new Date(Date.UTC(year, month - 1 - months, date));
  if (before.getUTCDate() !== date) before.setUTCDate(0);
  return before.toISOString().slice(0, 10);
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The coverage of a selection on `today`: `sensitive` figures (betweenness, brokers, bridges, cut points,
 * communities) are marked indicative when the known share is below INDICATIVE_BELOW.
 */
export function coverage(network: Network, { today, months, sensitive }: { today: string; months: number; sensitive: boolean }): Coverage {
  const reviewedSince = monthsBefore(today, months);
  const linked = new Uint8Array(network.actors.length);
  for (const [a, b] of network.linkEnds) {
    linked[a] = 1;
    linked[b] = 1;
  }
  const knownActors = network.actors.filter((actor, i) => linked[i] === 1 && actor.updatedOn !== null && actor.updatedOn >= reviewedSince).length;
  const counts = new Map<Provenance, number>(PROVENANCES.map((provenance) => [provenance, 0]));
  for (const link of network.links) counts.set(link.provenance, counts.get(link.provenance)! + 1);
  const links = network.links.length;
  const datedLinks = network.links.filter((link) => link.since !== null).length;
  const knownShare = share(knownActors, network.actors.length);
  const indicative = sensitive && knownShare !== null && knownShare < INDICATIVE_BELOW;
  return {
    reviewedSince,
    months,
    actors: network.actors.length,
    knownActors,
    knownShare,
    links,
    datedLinks,
    datedShare: share(datedLinks, links),
    provenance: PROVENANCES.map((provenance) => ({ provenance, links: counts.get(provenance)!, share: share(counts.get(provenance)!, links) })),
    indicative,
    note: indicative ? TEXTS.coverageIndicative(knownShare!, months) : TEXTS.coverage(knownShare, months),
  };
}
