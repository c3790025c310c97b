import type { Silo } from '@maillage/schema';
import type { Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';
import { actorRef, type ActorRef } from './actorRef.js';

export interface ActorGap {
  actor: ActorRef;
  /** Distinct partners in the selection. */
  partners: number;
  reasons: Text[];
}

/** Actors with no link in the selection, by name. */
export function isolatedActors(network: Network): ActorGap[] {
  return network.neighbours
    .flatMap((partners, position) => (partners.length === 0 ? [position] : []))
    .map((position) => ({ actor: actorRef(network, position), partners: 0, reasons: [TEXTS.isolated(network.actors[position]!.name)] }))
    .sort(byName);
}

/**
 * Actors whose partners are all in their own silo. The best connected come first: they already cooperate,
 * so they are the easiest to open to another silo.
 */
export function siloedActors(network: Network): ActorGap[] {
  return network.neighbours
    .flatMap((partners, position) => {
      const silo: Silo = network.actors[position]!.silo;
      if (partners.length === 0 || partners.some((partner) => network.actors[partner]!.silo !== silo)) return [];
      return [{ actor: actorRef(network, position), partners: partners.length, reasons: [TEXTS.siloed(network.actors[position]!.name, silo, partners.length)] }];
    })
    .sort((a, b) => b.partners - a.partners || byName(a, b));
}

function byName(a: ActorGap, b: ActorGap): number {
  return a.actor.name.localeCompare(b.actor.name, 'fr');
}
