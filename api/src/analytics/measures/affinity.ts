import { lookups } from '../network/lookups.js';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';

/** What two actors share besides links: place, sectors, silo; each part with its reason. */
export interface Affinity {
  territory: number;
  proximity: number;
  sectors: number;
  crossSilo: boolean;
  reasons: Text[];
}

const EARTH_RADIUS_KM = 6371;

/** The most any affinity can add up to: territory 1, proximity 1, sectors 1. */
export const MAX_AFFINITY = 3;

/**
 * Same commune 1, same EPCI 0.5; proximity 1/(1 + km/10), 1 within a commune (locations there are often its
 * centre); shared sectors 0.5 each, at most 1. Reasons are written only when asked: ranking many pairs needs the
 * numbers, only the kept ones need the sentences.
 */
export function affinity(network: Network, a: number, b: number, explain = false): Affinity {
  const reasons: Text[] = [];
  const { territories, sectors } = network.context;
  const { commune, epci } = lookups(network);
  const first = network.actors[a]!;
  const second = network.actors[b]!;
  const [place, group] = [commune[a] ?? null, epci[a] ?? null];
  let territory = 0;
  let proximity = 0;
  if (place !== null && place === commune[b]) {
    territory = 1;
    proximity = 1;
    if (explain) reasons.push(TEXTS.sameCommune(territories.get(place)?.name ?? place));
  } else {
    if (group !== null && group === epci[b]) {
      territory = 0.5;
      if (explain) reasons.push(TEXTS.sameEpci(territories.get(group)?.name ?? group));
    }
    if (first.location && second.location) {
      const km = haversineKm(first.location, second.location);
      proximity = 1 / (1 + km / 10);
      if (explain) reasons.push(TEXTS.distance(km));
    }
  }
  const shared = sharedSectors(first.sectors, second.sectors);
  if (explain && shared.length > 0) {
    reasons.push(TEXTS.sharedSectors(shared.map((id) => {
      const sector = sectors.get(id);
      return { fr: sector?.name ?? id, en: sector?.nameEn ?? sector?.name ?? id };
    })));
  }
  const crossSilo = first.silo !== second.silo;
  if (explain && crossSilo) reasons.push(TEXTS.crossesSilos(first.silo, second.silo));
  return { territory, proximity, sectors: sectorScore(shared.length), crossSilo, reasons };
}

export function sharedSectors(a: string[], b: string[]): string[] {
  return a.length === 0 || b.length === 0 ? [] : a.filter((id) => b.includes(id));
}

export function sectorScore(shared: number): number {
  return Math.min(1, shared * 0.5);
}

export function haversineKm(p: { latitude: number; longitude: number }, q: { latitude: number; longitude: number }): number {
  const radians = (degrees: number): number => (degrees * Math.PI) / 180;
  const dLat = radians(q.latitude - p.latitude);
  const dLon = radians(q.longitude - p.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(p.latitude)) * Math.cos(radians(q.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}
