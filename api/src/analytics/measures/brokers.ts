import { seededRandom } from '@maillage/seeds';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { actorRef, type ActorRef } from './actorRef.js';
import { betweenness } from './betweenness.js';
import { bridges } from './bridges.js';

export interface BrokerOptions {
  limit: number;
  /** Up to this many actors, betweenness is exact; beyond, it is estimated from `samples` random sources. */
  exactUpTo: number;
  samples: number;
  seed: number;
}

export const BROKER_DEFAULTS: BrokerOptions = { limit: 20, exactUpTo: 5000, samples: 1000, seed: 1 };

export type BetweennessMethod = 'EXACT' | 'SAMPLED';

export interface Broker {
  actor: ActorRef;
  rank: number;
  betweenness: number;
  partners: number;
  reasons: Text[];
}

export interface Bridge {
  /** The cooperation links between the two actors (one, or several of different kinds). */
  linkIds: string[];
  a: ActorRef;
  b: ActorRef;
  /** Actors on the smaller side, cut off from the rest if the two stopped cooperating. */
  cutOff: number;
  reasons: Text[];
}

export interface Brokers {
  method: BetweennessMethod;
  /** How many actors started a shortest-path search (all of them when exact). */
  sources: number;
  methodNote: Text;
  actors: Broker[];
  bridges: Bridge[];
}

/** Actors by betweenness centrality, and the links whose removal would split the network. */
export function brokers(network: Network, options: Partial<BrokerOptions> = {}): Brokers {
  const settings = { ...BROKER_DEFAULTS, ...options };
  const n = network.actors.length;
  const exact = n <= settings.exactUpTo || settings.samples >= n;
  const sources = exact ? undefined : sampleSources(n, settings.samples, settings.seed);
  const scores = betweenness(network.neighbours, sources);
  const ranked = Array.from(scores.keys())
    .filter((position) => scores[position]! > 0)
    .sort((a, b) => scores[b]! - scores[a]! || network.actors[a]!.name.localeCompare(network.actors[b]!.name, 'fr'))
    .slice(0, settings.limit);
  return {
    method: exact ? 'EXACT' : 'SAMPLED',
    sources: sources?.length ?? n,
    methodNote: exact ? TEXTS.betweennessExact() : TEXTS.betweennessSampled(settings.samples, n),
    actors: ranked.map((position, i) => ({
      actor: actorRef(network, position),
      rank: i + 1,
      betweenness: scores[position]!,
      partners: network.neighbours[position]!.length,
      reasons: [TEXTS.broker(network.actors[position]!.name, scores[position]!)],
    })),
    bridges: bridgeList(network, settings.limit),
  };
}

/** The bridges that cut off the most actors first; a leaf's only link is a bridge too, but cuts off just one. */
function bridgeList(network: Network, limit: number): Bridge[] {
  const linksOf = new Map<string, string[]>();
  network.linkEnds.forEach(([a, b], i) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    const ids = linksOf.get(key);
    if (ids) ids.push(network.links[i]!.id);
    else linksOf.set(key, [network.links[i]!.id]);
  });
  return bridges(network.neighbours)
    .sort((x, y) => y.cutOff - x.cutOff || x.a - y.a || x.b - y.b)
    .slice(0, limit)
    .map(({ a, b, cutOff }) => ({
      linkIds: linksOf.get(a < b ? `${a}-${b}` : `${b}-${a}`) ?? [],
      a: actorRef(network, a),
      b: actorRef(network, b),
      cutOff,
      reasons: [TEXTS.bridge(network.actors[a]!.name, network.actors[b]!.name, cutOff)],
    }));
}

/** `count` distinct positions among `n`, the same for the same seed (a partial Fisher–Yates shuffle). */
export function sampleSources(n: number, count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const positions = Array.from({ length: n }, (_, i) => i);
  const k = Math.min(count, n);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return positions.slice(0, k);
}
