import { ACTOR_KINDS, type ActorKind, COOPERATION_KINDS, type CooperationKind, PTCE_ROLES, type PtceRole, type Silo, SILOS } from '@maillage/schema/vocabulary';
import { coreLevels, coreNumbersOf, FILTER_LIST_FIELDS, FILTER_LISTS, isActiveOn, kCore, type NetworkFilter } from '@maillage/schema/network-filter';
import { type Network, type NetworkActor, type NetworkLink } from './types.js';

type ListField<F> = { [K in keyof F]-?: NonNullable<F[K]> extends readonly unknown[] ? K : never }[keyof F];
type ListFields = ListField<NetworkFilter>;

/**
 * The explorer's filters: the network filter's fields, each list in full rather than absent ("every value": see
 * toNetworkFilter for the API's form), each single value (territory at any level, sector, day) null when unset;
 * and two options of the explorer's own.
 */
export type Filters = { [K in ListFields]-?: NonNullable<NetworkFilter[K]> } & {
  [K in Exclude<keyof NetworkFilter, ListFields>]-?: NonNullable<NetworkFilter[K]> | null;
} & {
  /** Only the links that join two different silos. */
  crossSiloOnly: boolean;
  /** Also show the partners of the filtered actors, wherever they are. */
  partners: boolean;
};

export const DEFAULT_FILTERS: Filters = {
  silos: [...FILTER_LISTS.silos],
  kinds: [...FILTER_LISTS.kinds],
  ptceRoles: [...FILTER_LISTS.ptceRoles],
  linkKinds: [...FILTER_LISTS.linkKinds],
  sector: null,
  territory: null,
  asOf: null,
  minCore: null,
  crossSiloOnly: false,
  partners: false,
};

/** The API's network filter for the explorer's filters: lists that keep everything are left out. */
export function toNetworkFilter(filters: Filters): NetworkFilter {
  const filter: Record<string, unknown> = {};
  if (filters.territory) filter.territory = filters.territory;
  if (filters.sector) filter.sector = filters.sector;
  for (const field of FILTER_LIST_FIELDS) {
    if (filters[field].length !== FILTER_LISTS[field].length) filter[field] = filters[field];
  }
  if (filters.asOf) filter.asOf = filters.asOf;
  if (filters.minCore) filter.minCore = filters.minCore;
  return filter as NetworkFilter;
}

/** The explorer's filters for a network filter (an absent list keeps every value); the explorer's own options off. */
export function fromNetworkFilter(filter: NetworkFilter): Filters {
  return {
    ...DEFAULT_FILTERS,
    silos: filter.silos ?? [...FILTER_LISTS.silos],
    kinds: filter.kinds ?? [...FILTER_LISTS.kinds],
    ptceRoles: filter.ptceRoles ?? [...FILTER_LISTS.ptceRoles],
    linkKinds: filter.linkKinds ?? [...FILTER_LISTS.linkKinds],
    sector: filter.sector ?? null,
    territory: filter.territory ?? null,
    asOf: filter.asOf ?? null,
    minCore: filter.minCore ?? null,
  };
}

/** Show only an actor and its neighbourhood, `hops` links away. */
export interface Focus {
  actor: string;
  hops: 1 | 2;
}

export interface Selection {
  actors: NetworkActor[];
  links: NetworkLink[];
  /** Actors shown only as partners of the filtered ones (the `partners` option, or a focus). */
  context: Set<string>;
}


/** A sector and all its descendants. */
export function sectorFamily(network: Network, sectorId: string): Set<string> {
  const family = new Set([sectorId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const sector of network.sectors) {
      if (sector.parent && family.has(sector.parent) && !family.has(sector.id)) {
        family.add(sector.id);
        grew = true;
      }
    }
  }
  return family;
}

/** Located in the territory or in one of its parts, at any level (as the API's Cypher and projection say). */
export function isInTerritory(actor: NetworkActor, territoryId: string): boolean {
  return actor.territories.some((territory) => territory.id === territoryId || territory.partOf.includes(territoryId));
}

type ActorFacet = 'silos' | 'kinds' | 'ptceRoles' | 'sector' | 'territory';

/** The actor test of every facet but `except`: facet counts are taken with the other facets applied. */
function actorTest(network: Network, filters: Filters, except?: ActorFacet): (actor: NetworkActor) => boolean {
  const sectors = filters.sector ? sectorFamily(network, filters.sector) : null;
  return (actor) =>
    (except === 'silos' || filters.silos.includes(actor.silo)) &&
    (except === 'kinds' || filters.kinds.includes(actor.kind)) &&
    (except === 'ptceRoles' || filters.ptceRoles.includes(actor.ptceRole)) &&
    (except === 'sector' || !sectors || actor.sectors.some((sector) => sectors.has(sector.id))) &&
    (except === 'territory' || !filters.territory || isInTerritory(actor, filters.territory));
}

function linkTest(filters: Filters, silo: Map<string, Silo>, ignoreKinds = false): (link: NetworkLink) => boolean {
  return (link) =>
    (ignoreKinds || filters.linkKinds.includes(link.kind)) &&
    isActiveOn(link, filters.asOf) &&
    (!filters.crossSiloOnly || silo.get(link.source) !== silo.get(link.target));
}

function neighbourhood(links: NetworkLink[], start: Set<string>, hops: number): Set<string> {
  const reached = new Set(start);
  let frontier = start;
  for (let hop = 0; hop < hops; hop += 1) {
    const next = new Set<string>();
    for (const link of links) {
      if (frontier.has(link.source) && !reached.has(link.target)) next.add(link.target);
      if (frontier.has(link.target) && !reached.has(link.source)) next.add(link.source);
    }
    next.forEach((id) => reached.add(id));
    frontier = next;
  }
  return reached;
}

/** The links `minCore` reads, as id pairs: of the kept kinds, active on the day (the display options aside, as the API). */
function coreLinks(network: Network, filters: Filters): Array<readonly [string, string]> {
  return network.links
    .filter((link) => filters.linkKinds.includes(link.kind) && isActiveOn(link, filters.asOf))
    .map((link) => [link.source, link.target] as const);
}

/**
 * What the view shows: the actors every facet keeps and the links between them; with `partners`, also the
 * actors they cooperate with; with a focus, only the focused actor's neighbourhood (whatever the facets).
 */
export function applyFilters(network: Network, filters: Filters, focus: Focus | null = null): Selection {
  const silo = new Map(network.actors.map((actor) => [actor.id, actor.silo]));
  const activeLinks = network.links.filter(linkTest(filters, silo));
  let core: Set<string>;
  let shown: Set<string>;
  if (focus && silo.has(focus.actor)) {
    core = new Set([focus.actor]);
    shown = neighbourhood(activeLinks, core, focus.hops);
  } else {
    core = new Set(network.actors.filter(actorTest(network, filters)).map((actor) => actor.id));
    if (filters.minCore) core = kCore([...core], coreLinks(network, filters), filters.minCore);
    shown = filters.partners ? neighbourhood(activeLinks, core, 1) : core;
  }
  const actors = network.actors.filter((actor) => shown.has(actor.id));
  // Partners come with their links to the filtered actors, not with the links among themselves.
  const links = activeLinks.filter((link) =>
    shown.has(link.source) && shown.has(link.target) &&
    (focus !== null || !filters.partners || core.has(link.source) || core.has(link.target)));
  const context = new Set([...shown].filter((id) => !core.has(id)));
  return { actors, links, context };
}

export interface FacetCounts {
  silos: Record<Silo, number>;
  kinds: Record<ActorKind, number>;
  ptceRoles: Record<PtceRole, number>;
  sectors: Map<string, number>;
  territories: Map<string, number>;
  linkKinds: Record<CooperationKind, number>;
  /** For k = 1, 2…, how many actors the `minCore: k` filter would keep (index k − 1), the other facets applied. */
  cores: number[];
}

function tally<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** Live counts for every facet value: how many actors (links for link kinds) it would show, the other facets applied. */
export function facetCounts(network: Network, filters: Filters): FacetCounts {
  const kept = (facet: ActorFacet): NetworkActor[] => network.actors.filter(actorTest(network, filters, facet));
  const sectors = new Map<string, number>();
  for (const sector of network.sectors) {
    const family = sectorFamily(network, sector.id);
    sectors.set(sector.id, kept('sector').filter((actor) => actor.sectors.some((s) => family.has(s.id))).length);
  }
  const territoryIds = (actor: NetworkActor): Set<string> =>
    new Set(actor.territories.flatMap((territory) => [territory.id, ...territory.partOf]));
  const territories = new Map<string, number>();
  for (const actor of network.actors) territoryIds(actor).forEach((id) => territories.set(id, 0));
  for (const actor of kept('territory')) territoryIds(actor).forEach((id) => territories.set(id, (territories.get(id) ?? 0) + 1));
  const shown = new Set(network.actors.filter(actorTest(network, filters)).map((actor) => actor.id));
  const silo = new Map(network.actors.map((actor) => [actor.id, actor.silo]));
  const links = network.links.filter((link) => shown.has(link.source) && shown.has(link.target) && linkTest(filters, silo, true)(link));
  return {
    silos: tally(SILOS, kept('silos').map((actor) => actor.silo)),
    kinds: tally(ACTOR_KINDS, kept('kinds').map((actor) => actor.kind)),
    ptceRoles: tally(PTCE_ROLES, kept('ptceRoles').map((actor) => actor.ptceRole)),
    sectors,
    territories,
    linkKinds: tally(COOPERATION_KINDS, links.map((link) => link.kind)),
    cores: coreLevels(coreNumbersOf([...shown], coreLinks(network, filters))),
  };
}

export interface TerritoryOption {
  id: string;
  name: string;
  communes: { id: string; name: string }[];
}

/** The EPCIs where actors are, each with the communes where actors are: the territory facet's tree. */
export function territoryTree(network: Network): TerritoryOption[] {
  const epcis = new Map<string, TerritoryOption>();
  for (const actor of network.actors) {
    for (const territory of actor.territories) {
      if (!territory.epci) continue;
      const epci = epcis.get(territory.epci.id) ?? { ...territory.epci, communes: [] };
      if (!epci.communes.some((commune) => commune.id === territory.id)) epci.communes.push({ id: territory.id, name: territory.name });
      epcis.set(epci.id, epci);
    }
  }
  const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'fr');
  return [...epcis.values()].map((epci) => ({ ...epci, communes: epci.communes.sort(byName) })).sort(byName);
}

/** The years the links span, from the earliest `since` to the latest date mentioned (or this year). */
export function linkYears(network: Network, today = new Date()): { first: number; last: number } | null {
  const years = network.links.flatMap((link) => [link.since, link.until]).filter((date): date is string => Boolean(date)).map((date) => Number(date.slice(0, 4)));
  if (years.length === 0) return null;
  return { first: Math.min(...years), last: Math.max(...years, today.getUTCFullYear()) };
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

/** Links per actor (several links between two actors each count). */
export function degrees(selection: { actors: ReadonlyArray<{ id: string }>; links: ReadonlyArray<{ source: string; target: string }> }): Map<string, number> {
  const degree = new Map(selection.actors.map((actor) => [actor.id, 0]));
  for (const link of selection.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  return degree;
}

/** The links of one actor in the selection, with the partner on the other end. */
export function linksOf(selection: Pick<Selection, 'actors' | 'links'>, actorId: string): { link: NetworkLink; partner: NetworkActor }[] {
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
