import { SILOS, type Network, type NetworkActor, type NetworkLink, type Silo } from './types.js';

export interface Filters {
  silos: Silo[];
  /** Links active on this date (YYYY-MM-DD); null: every link. */
  date: string | null;
}

export const DEFAULT_FILTERS: Filters = { silos: [...SILOS], date: null };

export interface Selection {
  actors: NetworkActor[];
  links: NetworkLink[];
}

export function isActiveOn(link: NetworkLink, date: string | null): boolean {
  if (!date) return true;
  return (!link.since || link.since <= date) && (!link.until || link.until >= date);
}

/** What the filters keep: actors of the chosen silos, and the links between two kept actors. */
export function applyFilters(network: Network, filters: Filters): Selection {
  const actors = network.actors.filter((actor) => filters.silos.includes(actor.silo));
  const kept = new Set(actors.map((actor) => actor.id));
  const links = network.links.filter(
    (link) => kept.has(link.source) && kept.has(link.target) && isActiveOn(link, filters.date),
  );
  return { actors, links };
}

/** How many actors each silo has in the whole network: the facet's counts. */
export function siloCounts(network: Network): Record<Silo, number> {
  const counts: Record<Silo, number> = { PUBLIC: 0, PRIVATE: 0, POPULATION: 0 };
  for (const actor of network.actors) counts[actor.silo] += 1;
  return counts;
}

export interface Totals {
  actors: number;
  links: number;
  /** Share of links that join two different silos, 0–1 (0 when there is no link). */
  crossSiloShare: number;
}

export function totals(selection: Selection): Totals {
  const silo = new Map(selection.actors.map((actor) => [actor.id, actor.silo]));
  const cross = selection.links.filter((link) => silo.get(link.source) !== silo.get(link.target)).length;
  return {
    actors: selection.actors.length,
    links: selection.links.length,
    crossSiloShare: selection.links.length === 0 ? 0 : cross / selection.links.length,
  };
}

export function degrees(selection: Selection): Map<string, number> {
  const degree = new Map(selection.actors.map((actor) => [actor.id, 0]));
  for (const link of selection.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  return degree;
}

/** The links of one actor in the selection, with the partner on the other end. */
export function linksOf(selection: Selection, actorId: string): { link: NetworkLink; partner: NetworkActor }[] {
  const byId = new Map(selection.actors.map((actor) => [actor.id, actor]));
  return selection.links.flatMap((link) => {
    const partnerId = link.source === actorId ? link.target : link.target === actorId ? link.source : undefined;
    const partner = partnerId ? byId.get(partnerId) : undefined;
    return partner ? [{ link, partner }] : [];
  });
}

/** Actors whose name contains every word typed, accents and case aside, best (shortest) names first. */
export function searchActors(actors: NetworkActor[], text: string, limit = 8): NetworkActor[] {
  const fold = (value: string): string => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return actors
    .filter((actor) => words.every((word) => fold(actor.name).includes(word)))
    .sort((a, b) => a.name.length - b.name.length)
    .slice(0, limit);
}
