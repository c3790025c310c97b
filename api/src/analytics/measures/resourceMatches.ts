import type { ResourceKind } from '@maillage/schema';
import { haveCommonNeighbour, isNeighbour, lookups } from '../network/lookups.js';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { actorRef, type ActorRef } from './actorRef.js';
import { affinity } from './affinity.js';
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

/**
 * A resource offered by one actor and needed by another who have no link and no partner in common (no path of
 * length 1 or 2), ranked by the need itself (1) plus shared territory, proximity, shared sectors, and 1 more for
 * crossing silos.
 */
export interface ResourceMatches {
  /** Every match found; `matches` holds the best `limit` of them. */
  total: number;
  matches: ResourceMatch[];
}

export function resourceMatches(network: Network, options: Partial<ResourceMatchOptions> = {}): ResourceMatches {
  const settings = { ...RESOURCE_MATCH_DEFAULTS, ...options };
  const { offerers, needers } = lookups(network);
  const eligible = (position: number): boolean => settings.includePeople || network.actors[position]!.kind !== 'PERSON';
  const best = new TopK<{ resource: string; offerer: number; needer: number }>(settings.limit);
  for (const [resource, offering] of offerers) {
    const needing = needers.get(resource);
    if (!needing) continue;
    for (const offerer of offering) {
      if (!eligible(offerer)) continue;
      const offererPartners = network.neighbours[offerer]!;
      for (const needer of needing) {
        if (needer === offerer || !eligible(needer)) continue;
        const neederPartners = network.neighbours[needer]!;
        if (isNeighbour(offererPartners, needer) || haveCommonNeighbour(offererPartners, neederPartners)) continue;
        const fit = affinity(network, offerer, needer);
        const score = 1 + fit.territory + fit.proximity + fit.sectors + (fit.crossSilo ? 1 : 0);
        best.push(score, { resource, offerer, needer });
      }
    }
  }
  const matches = best.sorted()
    .map(({ score, item }) => describe(network, item, score))
    .sort((a, b) => b.score - a.score || a.resource.name.localeCompare(b.resource.name, 'fr') || a.offerer.name.localeCompare(b.offerer.name, 'fr'));
  return { total: best.seen, matches };
}

function describe(network: Network, match: { resource: string; offerer: number; needer: number }, score: number): ResourceMatch {
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
