import type { Network } from '../graph/types.js';
import { isInTerritory, sectorFamily } from '../graph/filter.js';
import type { GapReport, WhatIf } from './types.js';

/** What a chosen gap lights up on the graph: actors, and links by id. */
export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
  /** A what-if: what would fall away (actors and links), greyed while the rest stays as it is. */
  gone?: Set<string>;
}

/**
 * The gaps an animator can pick, as short keys that fit in the URL: a whole list (`isolated`, `siloed`,
 * `brokers`, `cutPoints`), one item (`sector:<sector>@<territory>`, `match:<offerer>~<needer>`), or a what-if
 * (`without:<actor>,<actor>`).
 */
export type GapKey = string;

export function whatIfKey(actorIds: string[]): GapKey {
  return `without:${actorIds.join(',')}`;
}

/** The actors a what-if key removes, or null when the key is not a what-if. */
export function whatIfActors(key: GapKey | null): string[] | null {
  if (!key?.startsWith('without:')) return null;
  const ids = key.slice('without:'.length).split(',').filter(Boolean);
  return ids.length > 0 ? ids : null;
}

/** A what-if on the graph: who leaves, who is cut off and the links lost greyed; who would take over ringed. */
export function whatIfHighlight(result: WhatIf): Highlight {
  return {
    nodes: new Set(result.risers.map((riser) => riser.actor.id)),
    edges: new Set(),
    gone: new Set([...result.removed, ...result.cutOff].map((actor) => actor.id).concat(result.lostLinkIds)),
  };
}

export function sectorGapKey(sector: string, territory: string | null): GapKey {
  return `sector:${sector}@${territory ?? ''}`;
}

export function matchKey(offerer: string, needer: string): GapKey {
  return `match:${offerer}~${needer}`;
}

/** The actors and links to light up for a gap key, or null when the key names nothing in this report. */
export function highlightOf(key: GapKey, report: GapReport, network: Network): Highlight | null {
  const nodes = (ids: string[]): Highlight => ({ nodes: new Set(ids), edges: new Set() });
  if (key === 'isolated') return nodes(report.isolatedActors.actors.map((gap) => gap.actor.id));
  if (key === 'siloed') return nodes(report.siloedActors.actors.map((gap) => gap.actor.id));
  if (key === 'cutPoints') return nodes(report.fragility.cutPoints.map((point) => point.actor.id));
  if (key === 'brokers') {
    const { actors, bridges } = report.brokers;
    return {
      nodes: new Set([...actors.map((broker) => broker.actor.id), ...bridges.flatMap((bridge) => [bridge.a.id, bridge.b.id])]),
      edges: new Set(bridges.flatMap((bridge) => bridge.linkIds)),
    };
  }
  if (key.startsWith('sector:')) {
    const [sector = '', territory = ''] = key.slice('sector:'.length).split('@');
    if (!report.sectorGaps.gaps.some((gap) => gap.sector.id === sector && (gap.territory?.id ?? '') === territory)) return null;
    const family = sectorFamily(network, sector);
    return nodes(network.actors
      .filter((actor) => actor.sectors.some((s) => family.has(s.id)) && (!territory || isInTerritory(actor, territory)))
      .map((actor) => actor.id));
  }
  if (key.startsWith('match:')) {
    const [offerer = '', needer = ''] = key.slice('match:'.length).split('~');
    const found = report.resourceMatches.matches.some((match) => match.offerer.id === offerer && match.needer.id === needer);
    return found ? nodes([offerer, needer]) : null;
  }
  return null;
}
