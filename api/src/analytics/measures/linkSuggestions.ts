import { isNeighbour, lookups } from '../network/lookups.js';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { actorRef, type ActorRef } from './actorRef.js';
import { affinity } from './affinity.js';
import { TopK } from './topK.js';

export interface SuggestionOptions {
  limit: number;
  /** People (kind PERSON) are personal data: never suggested unless asked for. */
  includePeople: boolean;
  /** Multiplies the score of a suggestion that joins two silos. */
  crossSiloBonus: number;
}

export const SUGGESTION_DEFAULTS: SuggestionOptions = { limit: 10, includePeople: false, crossSiloBonus: 1.5 };

export interface LinkSuggestion {
  actor: ActorRef;
  score: number;
  /** Σ 1 / ln(degree) over the common partners (Adamic & Adar). */
  adamicAdar: number;
  commonPartners: number;
  resourceFits: number;
  reasons: Text[];
}

/**
 * Ranked cooperation suggestions for one actor of the network: (Adamic–Adar + shared territory + proximity +
 * shared sectors + resources that meet a need) × the cross-silo bonus. Candidates are only those with something
 * in common (a partner, a sector, a territory, a resource), so one suggestion list reads a neighbourhood, not
 * the whole graph.
 */
export function linkSuggestions(network: Network, position: number, options: Partial<SuggestionOptions> = {}): LinkSuggestion[] {
  const settings = { ...SUGGESTION_DEFAULTS, ...options };
  const partners = network.neighbours[position]!;
  const common = commonPartnerWeights(network, position);
  const fits = resourceFits(network, position);
  const candidates = new Set<number>([...common.keys(), ...fits.keys(), ...sameSectorOrPlace(network, position)]);
  const best = new TopK<number>(settings.limit);
  for (const candidate of candidates) {
    if (candidate === position || isNeighbour(partners, candidate)) continue;
    if (!settings.includePeople && network.actors[candidate]!.kind === 'PERSON') continue;
    const fit = affinity(network, position, candidate);
    const base = (common.get(candidate)?.adamicAdar ?? 0) + fit.territory + fit.proximity + fit.sectors + (fits.get(candidate)?.length ?? 0);
    const score = base * (fit.crossSilo ? settings.crossSiloBonus : 1);
    if (score > 0) best.push(score, candidate);
  }
  return best.sorted()
    .map(({ score, item }) => describe(network, position, item, score, common.get(item), fits.get(item) ?? []))
    .sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name, 'fr'));
}

function describe(
  network: Network, position: number, candidate: number, score: number,
  common: { adamicAdar: number; via: number[] } | undefined, fits: Text[],
): LinkSuggestion {
  const via = common?.via ?? [];
  const named = via.slice(0, 3).map((partner) => network.actors[partner]!.name);
  return {
    actor: actorRef(network, candidate),
    score,
    adamicAdar: common?.adamicAdar ?? 0,
    commonPartners: via.length,
    resourceFits: fits.length,
    reasons: [
      ...(via.length > 0 ? [TEXTS.commonPartners(named, via.length - named.length)] : []),
      ...fits,
      ...affinity(network, position, candidate, true).reasons,
    ],
  };
}

/** Actors two steps away, with their Adamic–Adar weight and the partners in between. */
function commonPartnerWeights(network: Network, position: number): Map<number, { adamicAdar: number; via: number[] }> {
  const result = new Map<number, { adamicAdar: number; via: number[] }>();
  for (const partner of network.neighbours[position]!) {
    const theirs = network.neighbours[partner]!;
    const weight = theirs.length > 1 ? 1 / Math.log(theirs.length) : 0;
    for (const candidate of theirs) {
      if (candidate === position) continue;
      const entry = result.get(candidate);
      if (entry) {
        entry.adamicAdar += weight;
        entry.via.push(partner);
      } else {
        result.set(candidate, { adamicAdar: weight, via: [partner] });
      }
    }
  }
  return result;
}

/** Actors who need what this one offers, or offer what it needs, with one sentence per resource. */
function resourceFits(network: Network, position: number): Map<number, Text[]> {
  const { offerers, needers } = lookups(network);
  const { resources } = network.context;
  const actor = network.actors[position]!;
  const result = new Map<number, Text[]>();
  const add = (candidate: number, text: Text): void => {
    if (candidate === position) return;
    const list = result.get(candidate);
    if (list) list.push(text);
    else result.set(candidate, [text]);
  };
  for (const resource of actor.offers) {
    const name = resources.get(resource)?.name ?? resource;
    for (const needer of needers.get(resource) ?? []) add(needer, TEXTS.resourceFit(actor.name, name, network.actors[needer]!.name));
  }
  for (const resource of actor.needs) {
    const name = resources.get(resource)?.name ?? resource;
    for (const offerer of offerers.get(resource) ?? []) add(offerer, TEXTS.resourceFit(network.actors[offerer]!.name, name, actor.name));
  }
  return result;
}

function sameSectorOrPlace(network: Network, position: number): number[] {
  const { bySector, byTerritory } = lookups(network);
  const actor = network.actors[position]!;
  return [
    ...actor.sectors.flatMap((sector) => bySector.get(sector) ?? []),
    ...actor.territories.flatMap((territory) => byTerritory.get(territory) ?? []),
  ];
}
