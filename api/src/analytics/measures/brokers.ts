import { seededRandom } from '@maillage/schema';
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

export interface Centrality {
  method: BetweennessMethod;
  sources: number;
  methodNote: Text;
  /** Every actor of the selection with a betweenness above 0 (the others have 0). */
  scores: Array<{ actorId: string; betweenness: number }>;
}

interface Scores {
  exact: boolean;
  sources: number;
  values: Float64Array;
}

// Brokers and node sizes ask for the same scores on the same selection: computed once per network and setting.
const computed = new WeakMap<Network, Map<string, Scores>>();

function scoresOf(network: Network, settings: BrokerOptions): Scores {
  const key = `${settings.exactUpTo}/${settings.samples}/${settings.seed}`;
  let byKey = computed.get(network);
  if (!byKey) computed.set(network, (byKey = new Map()));
  let scores = byKey.get(key);
  if (!scores) {
    const n = network.actors.length;
    const exact = n <= settings.exactUpTo || settings.samples >= n;
    const sources = exact ? undefined : sampleSources(n, settings.samples, settings.seed);
    scores = { exact, sources: sources?.length ?? n, values: betweenness(network.neighbours, sources) };
    byKey.set(key, scores);
  }
  return scores;
}

function methodNote(network: Network, scores: Scores): Text {
  return scores.exact ? TEXTS.betweennessExact() : TEXTS.betweennessSampled(scores.sources, network.actors.length);
}

/** Betweenness of every actor, for sizing nodes by it. */
export function centrality(network: Network, options: Partial<BrokerOptions> = {}): Centrality {
  const scores = scoresOf(network, { ...BROKER_DEFAULTS, ...options });
  return {
    method: scores.exact ? 'EXACT' : 'SAMPLED',
    sources: scores.sources,
    methodNote: methodNote(network, scores),
    scores: network.actors.flatMap((actor, i) => (scores.values[i]! > 0 ? [{ actorId: actor.id, betweenness: scores.values[i]! }] : [])),
  };
}

/** Actors by betweenness centrality, and the links whose removal would split the network. */
export function brokers(network: Network, options: Partial<BrokerOptions> = {}): Brokers {
  const settings = { ...BROKER_DEFAULTS, ...options };
  const computedScores = scoresOf(network, settings);
  const scores = computedScores.values;
  const ranked = Array.from(scores.keys())
    .filter((position) => scores[position]! > 0)
    .sort((a, b) => scores[b]! - scores[a]! || network.actors[a]!.name.localeCompare(network.actors[b]!.name, 'fr'))
    .slice(0, settings.limit);
  return {
    method: computedScores.exact ? 'EXACT' : 'SAMPLED',
    sources: computedScores.sources,
    methodNote: methodNote(network, computedScores),
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

/**
 * The bridges that cut off the most actors first (a leaf's only link is a bridge too, but cuts off just one), from
 * those already `found` when the caller has them.
 */
export function bridgeList(network: Network, limit: number, found = bridges(network.neighbours)): Bridge[] {
  const linksOf = new Map<string, string[]>();
  network.linkEnds.forEach(([a, b], i) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    const ids = linksOf.get(key);
    if (ids) ids.push(network.links[i]!.id);
    else linksOf.set(key, [network.links[i]!.id]);
  });
  return [...found]
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
