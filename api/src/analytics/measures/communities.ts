import type { Silo } from '@maillage/schema';
import { seededRandom } from '@maillage/schema';
import louvainModule from 'graphology-communities-louvain';
import { toGraphology } from '../network/graphology.js';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { SILOS } from '@maillage/schema/vocabulary';

// The package is CommonJS typed as an ES module: under Node's ESM its default import is `module.exports`, the
// function itself, which the types call `.default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface CommunityOptions {
  /** Above 1, smaller communities; below 1, larger ones. */
  resolution: number;
  /** Louvain visits nodes in a random order: the same seed gives the same communities. */
  seed: number;
}

export const COMMUNITY_DEFAULTS: CommunityOptions = { resolution: 1, seed: 1 };

export interface Community {
  /** 1 for the largest community, 2 for the next… */
  id: number;
  size: number;
  actorIds: string[];
  silos: Array<{ silo: Silo; actors: number }>;
  /** Normalised Shannon entropy of the silo shares: 0 one silo only, 1 the three in equal parts. */
  siloMix: number;
  internalLinks: number;
  crossSiloInternalLinks: number;
  reasons: Text[];
}

export interface Communities {
  count: number;
  modularity: number;
  resolution: number;
  /** Communities of two actors or more, the largest first (lone actors are not a community). */
  communities: Community[];
}

/** Louvain communities of the simple graph (graphology-communities-louvain), and how each mixes the silos. */
export function communities(network: Network, options: Partial<CommunityOptions> = {}): Communities {
  const settings = { ...COMMUNITY_DEFAULTS, ...options };
  const graph = toGraphology(network);
  if (graph.size === 0) return { count: 0, modularity: 0, resolution: settings.resolution, communities: [] };
  const result = louvain.detailed(graph, { resolution: settings.resolution, rng: seededRandom(settings.seed) });
  const members = new Map<number, number[]>();
  for (const [key, community] of Object.entries(result.communities)) {
    const list = members.get(community);
    if (list) list.push(Number(key));
    else members.set(community, [Number(key)]);
  }
  const groups = [...members.values()]
    .filter((positions) => positions.length > 1)
    .map((positions) => positions.sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const communityOf = new Int32Array(network.actors.length).fill(-1);
  groups.forEach((positions, i) => positions.forEach((position) => (communityOf[position] = i)));
  const internal = groups.map(() => ({ links: 0, cross: 0 }));
  network.neighbours.forEach((list, a) => {
    for (const b of list) {
      if (a >= b || communityOf[a] === -1 || communityOf[a] !== communityOf[b]) continue;
      const tally = internal[communityOf[a]!]!;
      tally.links += 1;
      if (network.actors[a]!.silo !== network.actors[b]!.silo) tally.cross += 1;
    }
  });
  return {
    count: groups.length,
    modularity: result.modularity,
    resolution: settings.resolution,
    communities: groups.map((positions, i) => describe(network, positions, i, internal[i]!)),
  };
}

function describe(network: Network, positions: number[], index: number, internal: { links: number; cross: number }): Community {
  const silos = SILOS.map((silo) => ({ silo, actors: positions.filter((position) => network.actors[position]!.silo === silo).length }))
    .filter(({ actors }) => actors > 0);
  const siloMix = silos.reduce((sum, { actors }) => {
    const share = actors / positions.length;
    return sum - share * Math.log(share);
  }, 0) / Math.log(SILOS.length);
  return {
    id: index + 1,
    size: positions.length,
    actorIds: positions.map((position) => network.actors[position]!.id),
    silos,
    siloMix,
    internalLinks: internal.links,
    crossSiloInternalLinks: internal.cross,
    reasons: [TEXTS.communityMix(positions.length, silos), ...(silos.length === 1 ? [TEXTS.communitySingleSilo(silos[0]!.silo)] : [])],
  };
}
