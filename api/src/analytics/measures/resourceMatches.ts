import type { ResourceKind } from '@maillage/schema';
import { haveCommonNeighbour, isNeighbour, lookups } from '../network/lookups.js';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { actorRef, type ActorRef } from './actorRef.js';
import { affinity, sectorScore, sharedSectors } from './affinity.js';
import { TopK } from './topK.js';

export interface ResourceMatchOptions {
  limit: number;
  /** People (kind PERSON) are personal data: left out unless asked for. */
  includePeople: boolean;
}

export const RESOURCE_MATCH_DEFAULTS: ResourceMatchOptions = { limit: 50, includePeople: false };

export interface ResourceMatch {
  resource: { id: string; name: string; kind: ResourceKind };
  offerer: ActorRef;
  needer: ActorRef;
  score: number;
  reasons: Text[];
}

export interface UnmetNeed {
  resource: { id: string; name: string; kind: ResourceKind };
  /** The actors who need it, when nobody in the selection offers it. */
  needers: ActorRef[];
}

export interface ResourceMatches {
  /** Needs (an actor, a resource) that at least one offer from an actor not yet connected could meet. */
  matchableNeeds: number;
  /** Resources needed that nobody in the selection offers, the most needed first: a call for outside help. */
  unmetNeeds: UnmetNeed[];
  /** The best `limit` offer–need pairs. */
  matches: ResourceMatch[];
}

interface Candidate {
  resource: string;
  offerer: number;
  needer: number;
}

/**
 * A resource offered by one actor and needed by another who have no link and no partner in common (no path of
 * length 1 or 2), ranked by the need itself (1) plus shared territory, proximity, shared sectors, and 1 more for
 * crossing silos.
 */
export function resourceMatches(network: Network, options: Partial<ResourceMatchOptions> = {}): ResourceMatches {
  const settings = { ...RESOURCE_MATCH_DEFAULTS, ...options };
  const { offerers, needers, epci } = lookups(network);
  const eligible = (position: number): boolean => settings.includePeople || network.actors[position]!.kind !== 'PERSON';
  const unconnected = (offerer: number, needer: number): boolean => {
    const partners = network.neighbours[offerer]!;
    return offerer !== needer && !isNeighbour(partners, needer) && !haveCommonNeighbour(partners, network.neighbours[needer]!);
  };
  const best = new TopK<Candidate>(settings.limit);
  let matchableNeeds = 0;
  const unmetNeeds: UnmetNeed[] = [];
  for (const [resource, allNeeding] of needers) {
    const offering = (offerers.get(resource) ?? []).filter(eligible);
    const needing = allNeeding.filter(eligible);
    if (offering.length === 0 && needing.length > 0) {
      const { id, name, kind } = network.context.resources.get(resource)!;
      unmetNeeds.push({ resource: { id, name, kind }, needers: needing.map((position) => actorRef(network, position)) });
    }
    for (const needer of needing) if (offering.some((offerer) => unconnected(offerer, needer))) matchableNeeds += 1;
    const byEpci = groupBy(needing, (needer) => epci[needer] ?? '');
    for (const offerer of offering) {
      // The offerer's own EPCI first: its pairs score highest, so the bar rises early and most pairs elsewhere
      // fall under it on the cheap test, before any neighbour or distance is looked at.
      const own = epci[offerer] ?? '';
      for (const [place, group] of [[own, byEpci.get(own) ?? []] as const, ...[...byEpci].filter(([key]) => key !== own)]) {
        // Actors with no EPCI share the '' group: the same commune is still possible there.
        const sameEpci = place === own;
        for (const needer of group) consider(network, best, resource, offerer, needer, sameEpci, unconnected);
      }
    }
  }
  const matches = best.sorted()
    .map(({ score, item }) => describe(network, item, score))
    .sort((a, b) => b.score - a.score || a.resource.name.localeCompare(b.resource.name, 'fr') || a.offerer.name.localeCompare(b.offerer.name, 'fr'));
  unmetNeeds.sort((a, b) => b.needers.length - a.needers.length || a.resource.name.localeCompare(b.resource.name, 'fr'));
  return { matchableNeeds, unmetNeeds, matches };
}

function consider(
  network: Network, best: TopK<Candidate>, resource: string, offerer: number, needer: number, sameEpci: boolean,
  unconnected: (offerer: number, needer: number) => boolean,
): void {
  const a = network.actors[offerer]!;
  const b = network.actors[needer]!;
  const crossSilo = a.silo !== b.silo ? 1 : 0;
  // Territory at most 1 (0 outside the EPCI), proximity at most 1: a bound on the score, known cheaply.
  const bound = 1 + (sameEpci ? 1 : 0) + 1 + sectorScore(sharedSectors(a.sectors, b.sectors).length) + crossSilo;
  if (!best.accepts(bound) || !unconnected(offerer, needer)) return;
  const fit = affinity(network, offerer, needer);
  best.push(1 + fit.territory + fit.proximity + fit.sectors + crossSilo, { resource, offerer, needer });
}

function groupBy(positions: number[], key: (position: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const position of positions) {
    const group = groups.get(key(position));
    if (group) group.push(position);
    else groups.set(key(position), [position]);
  }
  return groups;
}

function describe(network: Network, match: Candidate, score: number): ResourceMatch {
  // Offers and needs are read with their resources, in the same snapshot: the resource is there.
  const { id, name, kind } = network.context.resources.get(match.resource)!;
  const offerer = actorRef(network, match.offerer);
  const needer = actorRef(network, match.needer);
  return {
    resource: { id, name, kind },
    offerer,
    needer,
    score,
    reasons: [TEXTS.resourceFit(offerer.name, name, needer.name), ...affinity(network, match.offerer, match.needer, true).reasons],
  };
}
