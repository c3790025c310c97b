import type { Silo } from '@maillage/schema';
import { forEachPair, type Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { SILOS } from '@maillage/schema/vocabulary';

export interface SectorGapOptions {
  /** Smallest group worth a look. */
  minActors: number;
  /** A group is far below average under this share of the territory's cross-silo density. */
  belowAverage: number;
  limit: number;
}

export const SECTOR_GAP_DEFAULTS: SectorGapOptions = { minActors: 3, belowAverage: 0.5, limit: 50 };

export type GapSeverity = 'ABSENT' | 'LOW';

export interface SectorGap {
  sector: { id: string; name: string; nameEn: string | null };
  /** The cell's territory (an EPCI, or a commune within an EPCI), or null for the sector across the selection. */
  territory: { id: string; name: string } | null;
  actors: number;
  silos: Array<{ silo: Silo; actors: number }>;
  crossSiloLinkedPairs: number;
  possibleCrossSiloPairs: number;
  density: number;
  averageDensity: number;
  /** Cross-silo pairs the group would have at the territory's average density, minus those it has. */
  missingLinks: number;
  severity: GapSeverity;
  reasons: Text[];
}

interface Group {
  sector: string;
  territory: string | null;
  bySilo: number[];
  crossPairs: number;
}

/**
 * Sectors, and sector × territory cells, where two or more silos are present but cross-silo links are absent or
 * far below the selection's average density of cross-silo links; the largest shortfall first.
 */
export interface SectorGaps {
  /** Every gap found; `gaps` holds the `limit` largest. */
  total: number;
  gaps: SectorGap[];
  /** The selection's share of possible cross-silo pairs that are linked: the yardstick. */
  averageDensity: number;
}

export function sectorGaps(network: Network, options: Partial<SectorGapOptions> = {}): SectorGaps {
  const settings = { ...SECTOR_GAP_DEFAULTS, ...options };
  const siloIndex = new Map(SILOS.map((silo, i) => [silo, i]));
  const cellTerritories = cellTerritoriesOf(network);
  const groups = new Map<string, Group>();
  const groupOf = (sector: string, territory: string | null): Group => {
    const key = `${sector}@${territory ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sector, territory, bySilo: [0, 0, 0], crossPairs: 0 }));
    return group;
  };
  network.actors.forEach((actor, position) => {
    for (const sector of network.sectorsOf[position]!) {
      groupOf(sector, null).bySilo[siloIndex.get(actor.silo)!]! += 1;
      for (const territory of cellTerritories[position]!) groupOf(sector, territory).bySilo[siloIndex.get(actor.silo)!]! += 1;
    }
  });
  let crossPairs = 0;
  forEachPair(network, (a, b) => {
    if (network.actors[a]!.silo === network.actors[b]!.silo) return;
    crossPairs += 1;
    const territories = intersection(cellTerritories[a]!, cellTerritories[b]!);
    for (const sector of network.sectorsOf[a]!) {
      if (!network.sectorsOf[b]!.has(sector)) continue;
      groupOf(sector, null).crossPairs += 1;
      for (const territory of territories) groupOf(sector, territory).crossPairs += 1;
    }
  });
  const averageDensity = crossPairs / Math.max(1, possibleCrossPairs(siloSizes(network, siloIndex)));

  const gaps: SectorGap[] = [];
  for (const group of groups.values()) {
    const actors = group.bySilo.reduce((sum, count) => sum + count, 0);
    const present = SILOS.filter((_, i) => group.bySilo[i]! > 0);
    if (actors < settings.minActors || present.length < 2) continue;
    const possible = possibleCrossPairs(group.bySilo);
    const density = group.crossPairs / possible;
    if (group.crossPairs > 0 && density >= settings.belowAverage * averageDensity) continue;
    gaps.push(describe(network, group, { actors, present, possible, density, averageDensity }));
  }
  gaps.sort((a, b) => b.missingLinks - a.missingLinks || b.actors - a.actors || a.sector.name.localeCompare(b.sector.name, 'fr'));
  return { total: gaps.length, gaps: gaps.slice(0, settings.limit), averageDensity };
}

function describe(
  network: Network,
  group: Group,
  measures: { actors: number; present: Silo[]; possible: number; density: number; averageDensity: number },
): SectorGap {
  const { sectors, territories } = network.context;
  const sector = sectors.get(group.sector);
  const territory = group.territory ? territories.get(group.territory) : undefined;
  const sectorName: Text = { fr: sector?.name ?? group.sector, en: sector?.nameEn ?? sector?.name ?? group.sector };
  const place = TEXTS.inPlace(sectorName, territory?.name ?? null);
  const severity: GapSeverity = group.crossPairs === 0 ? 'ABSENT' : 'LOW';
  const missingLinks = Math.max(0, measures.averageDensity * measures.possible - group.crossPairs);
  return {
    sector: { id: group.sector, name: sectorName.fr, nameEn: sector?.nameEn ?? null },
    territory: territory ? { id: territory.id, name: territory.name } : null,
    actors: measures.actors,
    silos: SILOS.flatMap((silo, i) => (group.bySilo[i]! > 0 ? [{ silo, actors: group.bySilo[i]! }] : [])),
    crossSiloLinkedPairs: group.crossPairs,
    possibleCrossSiloPairs: measures.possible,
    density: measures.density,
    averageDensity: measures.averageDensity,
    missingLinks,
    severity,
    reasons: [
      severity === 'ABSENT'
        ? TEXTS.sectorAbsent(place, measures.present, measures.actors)
        : TEXTS.sectorLow(place, measures.density, measures.averageDensity),
      ...(Math.round(missingLinks) >= 1 ? [TEXTS.missingLinks(missingLinks)] : []),
    ],
  };
}

/**
 * The territories that split a sector into cells: the EPCIs, or the communes when the selection is already
 * one EPCI; none when it is one commune.
 */
function cellTerritoriesOf(network: Network): string[][] {
  const { territories } = network.context;
  const chosen = network.filter.territory ? territories.get(network.filter.territory) : undefined;
  if (chosen?.level === 'COMMUNE') return network.actors.map(() => []);
  const level = chosen?.level === 'EPCI' ? 'COMMUNE' : 'EPCI';
  return network.territoriesOf.map((lineage) => [...lineage].filter((id) => territories.get(id)?.level === level));
}

function siloSizes(network: Network, siloIndex: Map<Silo, number>): number[] {
  const sizes = [0, 0, 0];
  for (const actor of network.actors) sizes[siloIndex.get(actor.silo)!]! += 1;
  return sizes;
}

function possibleCrossPairs(bySilo: number[]): number {
  let pairs = 0;
  for (let i = 0; i < bySilo.length; i += 1) for (let j = i + 1; j < bySilo.length; j += 1) pairs += bySilo[i]! * bySilo[j]!;
  return pairs;
}

function intersection(a: string[], b: string[]): string[] {
  return a.length === 0 || b.length === 0 ? [] : a.filter((id) => b.includes(id));
}
