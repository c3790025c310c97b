import type { ResourceKind } from '@maillage/schema';
import type { Network } from '../../analytics/network/network.js';
import { resourceMatches, type ResourceMatch, type UnmetNeed } from '../../analytics/measures/resourceMatches.js';

export interface ResourceFigures {
  /** Offers and needs declared, as (actor, resource) pairs. */
  offers: number;
  needs: number;
  /** Needs a partner of the actor already offers. */
  needsMetByPartner: number;
  /** Needs someone else in the selection offers: a cooperation to propose. */
  needsOfferedElsewhere: number;
  /** Needs nobody in the selection offers. */
  needsUnoffered: number;
  /** Actors who declared at least one offer or need: the figures' coverage. */
  actorsDeclaring: number;
  actors: number;
  byKind: Array<{ kind: ResourceKind; offers: number; needs: number }>;
  bestMatches: ResourceMatch[];
  unmetNeeds: UnmetNeed[];
}

/** Offers and needs, and where each need stands: met by a partner, offered elsewhere, or offered by nobody. */
export function resourceFigures(network: Network, limit: number): ResourceFigures {
  const { actors, neighbours, context } = network;
  const offerers = new Map<string, Set<number>>();
  actors.forEach((actor, position) => {
    for (const resource of actor.offers) {
      const set = offerers.get(resource);
      if (set) set.add(position);
      else offerers.set(resource, new Set([position]));
    }
  });
  const kinds = new Map<ResourceKind, { offers: number; needs: number }>();
  const kindOf = (resource: string): ResourceKind | undefined => context.resources.get(resource)?.kind;
  let offers = 0;
  let needs = 0;
  let metByPartner = 0;
  let offeredElsewhere = 0;
  for (const [position, actor] of actors.entries()) {
    offers += actor.offers.length;
    for (const resource of actor.offers) bump(kinds, kindOf(resource), 'offers');
    for (const resource of actor.needs) {
      needs += 1;
      bump(kinds, kindOf(resource), 'needs');
      const by = offerers.get(resource);
      if (!by || [...by].every((offerer) => offerer === position)) continue;
      if (neighbours[position]!.some((partner) => by.has(partner))) metByPartner += 1;
      else offeredElsewhere += 1;
    }
  }
  const matches = resourceMatches(network, { limit });
  return {
    offers,
    needs,
    needsMetByPartner: metByPartner,
    needsOfferedElsewhere: offeredElsewhere,
    needsUnoffered: needs - metByPartner - offeredElsewhere,
    actorsDeclaring: actors.filter((actor) => actor.offers.length + actor.needs.length > 0).length,
    actors: actors.length,
    byKind: [...kinds].map(([kind, counts]) => ({ kind, ...counts })).sort((a, b) => b.offers + b.needs - a.offers - a.needs || a.kind.localeCompare(b.kind)),
    bestMatches: matches.matches,
    unmetNeeds: matches.unmetNeeds.slice(0, limit),
  };
}

function bump(kinds: Map<ResourceKind, { offers: number; needs: number }>, kind: ResourceKind | undefined, side: 'offers' | 'needs'): void {
  if (!kind) return;
  const counts = kinds.get(kind) ?? { offers: 0, needs: 0 };
  counts[side] += 1;
  kinds.set(kind, counts);
}
