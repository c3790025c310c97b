import type { Network } from '../graph/types.js';
import { isInTerritory, sectorFamily } from '../graph/filter.js';
import type { GapReport } from './types.js';

/** What a chosen gap lights up on the graph: actors, and links by id. */
export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * The gaps an animator can pick, as short keys that fit in the URL: a whole list (`isolated`, `siloed`,
 * `brokers`), or one item (`sector:<sector>@<territory>`, `match:<offerer>~<needer>`).
 */
export type GapKey = string;

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
