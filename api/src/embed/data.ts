import type { EmbedNetwork } from '@maillage/schema/embed';
import type { AnalyticsService } from '../analytics/index.js';
import type { EmbedOptions } from './params.js';

export type { EmbedNetwork };

export async function embedNetwork(analytics: AnalyticsService, options: EmbedOptions): Promise<EmbedNetwork> {
  // A public page: the network the public may see, never a person without a consent to publication.
  const filter = { asOf: new Date().toISOString().slice(0, 10), ...options.filter };
  const network = await analytics.query('network', { filter, ...(options.layout === 'force' ? { withLayout: true } : {}) }, 'public');
  return {
    ...(network.layout ? { layout: network.layout } : {}),
    actors: network.actors.map(({ id, name, silo, kind, location }) => ({ id, name, silo, kind, latitude: location?.latitude ?? null, longitude: location?.longitude ?? null })),
    links: network.links.map(({ id, source, target, kind, provenance, intensity }) => ({ id, source, target, kind, provenance, intensity })),
  };
}
