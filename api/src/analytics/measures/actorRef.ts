import type { ActorKind, Silo } from '@maillage/schema';
import type { Network } from '../network/network.js';

/** How a result names an actor: enough for the explorer to show and highlight it without another query. */
export interface ActorRef {
  id: string;
  name: string;
  silo: Silo;
  kind: ActorKind;
}

export function actorRef(network: Network, position: number): ActorRef {
  const { id, name, silo, kind } = network.actors[position]!;
  return { id, name, silo, kind };
}
