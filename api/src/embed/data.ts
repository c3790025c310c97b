import type { ActorKind, CooperationKind, Provenance, Silo } from '@maillage/schema';
import type { AnalyticsService } from '../analytics/index.js';
import type { EmbedOptions } from './params.js';

/** What an embed shows, and all it sends: public fields of the network the public may see. */
export interface EmbedNetwork {
  actors: Array<{ id: string; name: string; silo: Silo; kind: ActorKind; latitude: number | null; longitude: number | null }>;
  links: Array<{ id: string; source: string; target: string; kind: CooperationKind; provenance: Provenance; intensity: number | null }>;
}

export async function embedNetwork(analytics: AnalyticsService, options: EmbedOptions): Promise<EmbedNetwork> {
  // A public page: the network the public may see, never a person without a consent to publication.
  const network = await analytics.query('network', { filter: { asOf: new Date().toISOString().slice(0, 10), ...options.filter } }, 'public');
  return {
    actors: network.actors.map(({ id, name, silo, kind, location }) => ({ id, name, silo, kind, latitude: location?.latitude ?? null, longitude: location?.longitude ?? null })),
    links: network.links.map(({ id, source, target, kind, provenance, intensity }) => ({ id, source, target, kind, provenance, intensity })),
  };
}
