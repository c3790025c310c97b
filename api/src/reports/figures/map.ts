import type { Silo } from '@maillage/schema';
import type { Network } from '../../analytics/network/network.js';

export interface MapData {
  points: Array<{ latitude: number; longitude: number; silo: Silo }>;
  /** The communes with the most actors, named where their actors are on average. */
  places: Array<{ name: string; latitude: number; longitude: number; actors: number }>;
}

const PLACES = 10;

/** Where the selection's actors are: one point per located actor, and the main communes' names. */
export function mapData(network: Network): MapData {
  const points: MapData['points'] = [];
  const byCommune = new Map<string, { latitude: number; longitude: number; actors: number }>();
  for (const actor of network.actors) {
    if (!actor.location) continue;
    const { latitude, longitude } = actor.location;
    points.push({ latitude, longitude, silo: actor.silo });
    const commune = actor.territories.find((id) => network.context.territories.get(id)?.level === 'COMMUNE');
    if (!commune) continue;
    const place = byCommune.get(commune) ?? { latitude: 0, longitude: 0, actors: 0 };
    place.latitude += latitude;
    place.longitude += longitude;
    place.actors += 1;
    byCommune.set(commune, place);
  }
  const places = [...byCommune]
    .map(([id, place]) => ({ name: network.context.territories.get(id)!.name, latitude: place.latitude / place.actors, longitude: place.longitude / place.actors, actors: place.actors }))
    .sort((a, b) => b.actors - a.actors || a.name.localeCompare(b.name, 'fr'))
    .slice(0, PLACES);
  return { points, places };
}
