import type { Silo } from '@maillage/schema';
import { withoutPositions, type Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { actorRef, type ActorRef } from './actorRef.js';
import { betweenness } from './betweenness.js';
import { sampleSources, type BetweennessMethod } from './brokers.js';
import { siloMatrix, type SiloMatrix } from './siloMatrix.js';
import { components } from './structure.js';

export interface WhatIfOptions {
  /** Risers and silo losses listed. */
  limit: number;
  /** The least rise in betweenness (a share of all shortest paths) that makes someone "take over". */
  minRise: number;
  /** Up to this many actors, betweenness before and after is exact; beyond, estimated from the same `samples` sources. */
  exactUpTo: number;
  samples: number;
  seed: number;
}

export const WHAT_IF_DEFAULTS: WhatIfOptions = { limit: 10, minRise: 0.005, exactUpTo: 1000, samples: 300, seed: 1 };

export interface NetworkShape {
  actors: number;
  links: number;
  crossSiloLinks: number;
  eiIndex: number | null;
  components: number;
  largestComponent: number;
}

export interface SiloAccessLoss {
  actor: ActorRef;
  /** The silo in which the actor would have no partner left. */
  silo: Silo;
  reasons: Text[];
}

export interface Riser {
  actor: ActorRef;
  before: number;
  after: number;
  reasons: Text[];
}

/** What the network would lose if some actors left it. */
export interface WhatIf {
  removed: ActorRef[];
  before: NetworkShape;
  after: NetworkShape;
  /** Actors no longer joined to the largest remaining piece of the part of the network they were in. */
  cutOff: ActorRef[];
  lostLinkIds: string[];
  lostCrossSiloLinks: number;
  siloAccessLost: SiloAccessLoss[];
  siloMatrixAfter: SiloMatrix;
  /** The actors whose betweenness would rise most: those who would have to take over. */
  risers: Riser[];
  method: BetweennessMethod;
  reasons: Text[];
}

// The betweenness before, per selection and setting: several what-ifs are asked on the same network in a row.
const scoresBefore = new WeakMap<Network, Map<string, Float64Array>>();

function before(network: Network, sources: number[] | undefined, key: string): Float64Array {
  let byKey = scoresBefore.get(network);
  if (!byKey) scoresBefore.set(network, (byKey = new Map()));
  let scores = byKey.get(key);
  if (!scores) byKey.set(key, (scores = betweenness(network.neighbours, sources)));
  return scores;
}

function shapeOf(network: Network, matrix: SiloMatrix): NetworkShape {
  const { sizes } = components(network.neighbours);
  return {
    actors: network.actors.length,
    links: network.links.length,
    crossSiloLinks: matrix.crossSiloLinks,
    eiIndex: matrix.eiIndex,
    components: sizes.length,
    largestComponent: sizes.reduce((max, size) => Math.max(max, size), 0),
  };
}

/** Actors whose piece, once `gone` left, is not the largest piece of the component they shared with them. */
function cutOffPositions(network: Network, gone: ReadonlySet<number>, positionOf: Int32Array, after: Network): number[] {
  const was = components(network.neighbours).of;
  const now = components(after.neighbours).of;
  const touched = new Set([...gone].map((position) => was[position]!));
  // Per touched component, the size of each piece left.
  const pieces = new Map<number, Map<number, number>>();
  network.actors.forEach((_, i) => {
    if (gone.has(i) || !touched.has(was[i]!)) return;
    const byPiece = pieces.get(was[i]!) ?? new Map<number, number>();
    pieces.set(was[i]!, byPiece);
    const piece = now[positionOf[i]!]!;
    byPiece.set(piece, (byPiece.get(piece) ?? 0) + 1);
  });
  const rest = new Map([...pieces].map(([component, byPiece]) => [component, [...byPiece].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0]]));
  return network.actors.flatMap((_, i) =>
    !gone.has(i) && touched.has(was[i]!) && now[positionOf[i]!] !== rest.get(was[i]!) ? [i] : []);
}

function siloAccessLost(network: Network, gone: ReadonlySet<number>, limit: number): SiloAccessLoss[] {
  const losses: SiloAccessLoss[] = [];
  const near = new Set([...gone].flatMap((position) => network.neighbours[position]!).filter((i) => !gone.has(i)));
  for (const i of [...near].sort((a, b) => a - b)) {
    const own = network.actors[i]!.silo;
    const silos = (keep: (j: number) => boolean): Set<Silo> =>
      new Set(network.neighbours[i]!.filter(keep).map((j) => network.actors[j]!.silo).filter((silo) => silo !== own));
    const after = silos((j) => !gone.has(j));
    for (const silo of silos(() => true)) {
      if (!after.has(silo)) losses.push({ actor: actorRef(network, i), silo, reasons: [TEXTS.whatIfSiloAccess(network.actors[i]!.name, silo)] });
    }
  }
  return losses.slice(0, limit);
}

function risers(network: Network, gone: ReadonlySet<number>, positionOf: Int32Array, after: Network, settings: WhatIfOptions): { method: BetweennessMethod; risers: Riser[] } {
  const n = network.actors.length;
  const exact = n <= settings.exactUpTo || settings.samples >= n;
  const sources = exact ? undefined : sampleSources(n, settings.samples, settings.seed);
  const was = before(network, sources, exact ? 'exact' : `${settings.samples}/${settings.seed}`);
  // The same sources after, less those who left: both estimates then count the same searches.
  const sourcesAfter = sources?.filter((s) => !gone.has(s)).map((s) => positionOf[s]!);
  const now = betweenness(after.neighbours, sourcesAfter);
  // Each score is a share of its own graph's pairs: after, of fewer pairs. Both on the first graph's pairs, a rise
  // is new paths through the actor, not the smaller denominator.
  const pairs = (count: number): number => (count - 1) * (count - 2);
  const rescale = pairs(n) > 0 ? pairs(after.actors.length) / pairs(n) : 0;
  const list = network.actors
    .flatMap((actor, i): Riser[] => {
      if (gone.has(i)) return [];
      const score = now[positionOf[i]!]! * rescale;
      return score - was[i]! >= settings.minRise ? [{ actor: actorRef(network, i), before: was[i]!, after: score, reasons: [TEXTS.whatIfRiser(actor.name, was[i]!, score)] }] : [];
    })
    .sort((a, b) => b.after - b.before - (a.after - a.before) || a.actor.name.localeCompare(b.actor.name, 'fr'))
    .slice(0, settings.limit);
  return { method: exact ? 'EXACT' : 'SAMPLED', risers: list };
}

/**
 * What the selection would lose if the actors at `gone` left it: pieces, links, silo mixing, and who takes over;
 * from the selection without them, when the caller has it already.
 */
export function whatIf(
  network: Network, gone: ReadonlySet<number>, options: Partial<WhatIfOptions> = {}, remaining = withoutPositions(network, gone),
): WhatIf {
  const settings = { ...WHAT_IF_DEFAULTS, ...options };
  const { network: after, positionOf } = remaining;
  const matrixBefore = siloMatrix(network);
  const siloMatrixAfter = siloMatrix(after);
  const lost = network.linkEnds.flatMap(([a, b], i) => (gone.has(a) || gone.has(b) ? [i] : []));
  const lostCrossSiloLinks = lost.filter((i) => {
    const [a, b] = network.linkEnds[i]!;
    return network.actors[a]!.silo !== network.actors[b]!.silo;
  }).length;
  const cutOff = cutOffPositions(network, gone, positionOf, after);
  const shapeAfter = shapeOf(after, siloMatrixAfter);
  const removed = [...gone].sort((a, b) => a - b).map((position) => actorRef(network, position));
  const names = removed.map((actor) => actor.name).join(', ');
  return {
    removed,
    before: shapeOf(network, matrixBefore),
    after: shapeAfter,
    cutOff: cutOff.map((position) => actorRef(network, position)),
    lostLinkIds: lost.map((i) => network.links[i]!.id).sort(),
    lostCrossSiloLinks,
    siloAccessLost: siloAccessLost(network, gone, settings.limit),
    siloMatrixAfter,
    ...risers(network, gone, positionOf, after, settings),
    reasons: [TEXTS.whatIfSplit(names, cutOff.length), TEXTS.whatIfLinks(lost.length, lostCrossSiloLinks)],
  };
}
