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

/**
 * Same commune 1, same EPCI 0.5; proximity 1/(1 + km/10); shared sectors 0.5 each, at most 1. Reasons are
 * written only when asked: ranking many pairs needs the numbers, only the kept ones need the sentences.
 */
export function affinity(network: Network, a: number, b: number, explain = false): Affinity {
  const reasons: Text[] = [];
  const { territories, sectors } = network.context;
  const first = network.actors[a]!;
  const second = network.actors[b]!;
  let territory = 0;
  const commune = first.territories.find((id) => second.territories.includes(id));
  if (commune) {
    territory = 1;
    if (explain) reasons.push(TEXTS.sameCommune(territories.get(commune)?.name ?? commune));
  } else {
    const epci = [...network.territoriesOf[a]!].find((id) => territories.get(id)?.level === 'EPCI' && network.territoriesOf[b]!.has(id));
    if (epci) {
      territory = 0.5;
      if (explain) reasons.push(TEXTS.sameEpci(territories.get(epci)?.name ?? epci));
    }
  }
  let proximity = 0;
  if (first.location && second.location && !commune) {
    const km = haversineKm(first.location, second.location);
    proximity = 1 / (1 + km / 10);
    if (explain) reasons.push(TEXTS.distance(km));
  }
  const shared = first.sectors.filter((id) => second.sectors.includes(id));
  if (explain && shared.length > 0) {
    reasons.push(TEXTS.sharedSectors(shared.map((id) => {
      const sector = sectors.get(id);
      return { fr: sector?.name ?? id, en: sector?.nameEn ?? sector?.name ?? id };
    })));
  }
  const crossSilo = first.silo !== second.silo;
  if (explain && crossSilo) reasons.push(TEXTS.crossesSilos(first.silo, second.silo));
  return { territory, proximity, sectors: Math.min(1, shared.length * 0.5), crossSilo, reasons };
}

export function haversineKm(p: { latitude: number; longitude: number }, q: { latitude: number; longitude: number }): number {
  const radians = (degrees: number): number => (degrees * Math.PI) / 180;
  const dLat = radians(q.latitude - p.latitude);
  const dLon = radians(q.longitude - p.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(p.latitude)) * Math.cos(radians(q.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}
