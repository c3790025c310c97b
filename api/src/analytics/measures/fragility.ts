import { coreLevels, coreNumbers } from '@maillage/schema/network-filter';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { actorRef, type ActorRef } from './actorRef.js';
import { assortativity, type Assortativity } from './assortativity.js';
import { bridgeList, type Bridge } from './brokers.js';
import { bridges } from './bridges.js';
import { cutPoints } from './cutPoints.js';
import { structuralHoles } from './structuralHoles.js';

export interface FragilityOptions {
  limit: number;
}

export const FRAGILITY_DEFAULTS: FragilityOptions = { limit: 20 };

export interface CutPointItem {
  actor: ActorRef;
  /** Actors cut off from the rest were this actor gone. */
  cutOff: number;
  reasons: Text[];
}

export interface HoleItem {
  actor: ActorRef;
  partners: number;
  constraint: number;
  effectiveSize: number;
  reasons: Text[];
}

export type MixingGroup = 'SILO' | 'KIND';

export interface Mixing extends Assortativity {
  by: MixingGroup;
  reasons: Text[];
}

export interface CoreLevel {
  k: number;
  /** Actors whose core number is k or more: who stays with the `minCore: k` filter. */
  actors: number;
}

export interface Cores {
  maxCore: number;
  levels: CoreLevel[];
  /** The actors of the innermost core. */
  innermost: ActorRef[];
  /** Each actor's core number, for those with one link or more (the others have 0). */
  numbers: Array<{ actorId: string; core: number }>;
  reasons: Text[];
}

/** Where the selection's cooperation is fragile, and how it holds together. */
export interface Fragility {
  cutPointCount: number;
  cutPoints: CutPointItem[];
  bridgeCount: number;
  bridges: Bridge[];
  structuralHoles: HoleItem[];
  mixing: Mixing[];
  cores: Cores;
}

const GROUP_NAMES: Record<MixingGroup, Text> = { SILO: { fr: 'silo', en: 'silo' }, KIND: { fr: 'nature d’acteur', en: 'kind of actor' } };

function mixing(network: Network, by: MixingGroup): Mixing {
  const result = assortativity(network.neighbours, (i) => (by === 'SILO' ? network.actors[i]!.silo : network.actors[i]!.kind));
  const { withinShare, expectedWithinShare, coefficient } = result;
  return {
    by,
    ...result,
    reasons: withinShare === null || expectedWithinShare === null ? [TEXTS.noLinks()] : [TEXTS.assortativity(GROUP_NAMES[by], withinShare, expectedWithinShare, coefficient)],
  };
}

function cores(network: Network, limit: number): Cores {
  const numbers = coreNumbers(network.neighbours);
  const maxCore = numbers.reduce((max, k) => Math.max(max, k), 0);
  const levels = coreLevels(numbers).map((actors, i) => ({ k: i + 1, actors }));
  const innermost = numbers.flatMap((k, i) => (k === maxCore && maxCore > 0 ? [i] : []));
  return {
    maxCore,
    levels,
    innermost: innermost.slice(0, limit).map((i) => actorRef(network, i)),
    numbers: numbers.flatMap((core, i) => (core > 0 ? [{ actorId: network.actors[i]!.id, core }] : [])),
    reasons: maxCore === 0 ? [TEXTS.noLinks()] : [TEXTS.core(maxCore, innermost.length)],
  };
}

/** Cut points and bridges, structural holes, silo and kind mixing, and the k-cores of a selection. */
export function fragility(network: Network, options: Partial<FragilityOptions> = {}): Fragility {
  const { limit } = { ...FRAGILITY_DEFAULTS, ...options };
  const points = cutPoints(network.neighbours);
  const holes = structuralHoles(network.neighbours)
    .flatMap((hole, i) => (hole && network.neighbours[i]!.length >= 2 ? [{ ...hole, position: i }] : []))
    .sort((a, b) => b.effectiveSize - a.effectiveSize || a.constraint - b.constraint || a.position - b.position)
    .slice(0, limit);
  const found = bridges(network.neighbours);
  return {
    cutPointCount: points.length,
    cutPoints: points.slice(0, limit).map(({ position, cutOff }) => ({
      actor: actorRef(network, position), cutOff, reasons: [TEXTS.cutPoint(network.actors[position]!.name, cutOff)],
    })),
    bridgeCount: found.length,
    bridges: bridgeList(network, limit, found),
    structuralHoles: holes.map(({ position, constraint, effectiveSize }) => ({
      actor: actorRef(network, position),
      partners: network.neighbours[position]!.length,
      constraint,
      effectiveSize,
      reasons: [TEXTS.structuralHole(network.actors[position]!.name, effectiveSize, network.neighbours[position]!.length)],
    })),
    mixing: [mixing(network, 'SILO'), mixing(network, 'KIND')],
    cores: cores(network, limit),
  };
}
