import type { CooperationKind } from '@maillage/schema';
import type { ProjectionContext } from '../network/context.js';
import type { NetworkFilter } from '@maillage/schema/network-filter';
import { periodNetworks, selectNetwork, type Network } from '../network/network.js';
import { actorRef, type ActorRef } from './actorRef.js';
import { isolatedActors, siloedActors } from './siloedActors.js';
import { siloMatrix, type SiloMatrix } from './siloMatrix.js';

export interface LinkChange {
  id: string;
  kind: CooperationKind;
  a: ActorRef;
  b: ActorRef;
  crossSilo: boolean;
}

export interface NetworkChanges {
  from: string;
  to: string;
  linksGained: LinkChange[];
  linksLost: LinkChange[];
  crossSiloLinksGained: number;
  crossSiloLinksLost: number;
  becameIsolated: ActorRef[];
  noLongerIsolated: ActorRef[];
  becameSiloed: ActorRef[];
  noLongerSiloed: ActorRef[];
  before: SiloMatrix;
  after: SiloMatrix;
}

/** What changed between two days, for a steering committee: the network of each day, compared. */
export function networkChanges(context: ProjectionContext, filter: NetworkFilter, from: string, to: string): NetworkChanges {
  const { then, now } = periodNetworks((chosen) => selectNetwork(context, chosen), filter, from, to);
  return changesBetween(then, now);
}

/** What changed between two selections of the same actors on two days (their filters' `asOf`). */
export function changesBetween(before: Network, after: Network): NetworkChanges {
  const [from, to] = [before.filter.asOf ?? '', after.filter.asOf ?? ''];
  const linksGained = difference(after, before);
  const linksLost = difference(before, after);
  const isolated = [isolatedActors(before), isolatedActors(after)].map((list) => list.map((gap) => gap.actor));
  const siloed = [siloedActors(before), siloedActors(after)].map((list) => list.map((gap) => gap.actor));
  return {
    from,
    to,
    linksGained,
    linksLost,
    crossSiloLinksGained: linksGained.filter((link) => link.crossSilo).length,
    crossSiloLinksLost: linksLost.filter((link) => link.crossSilo).length,
    becameIsolated: missingFrom(isolated[1]!, isolated[0]!),
    noLongerIsolated: missingFrom(isolated[0]!, isolated[1]!),
    becameSiloed: missingFrom(siloed[1]!, siloed[0]!),
    noLongerSiloed: missingFrom(siloed[0]!, siloed[1]!),
    before: siloMatrix(before),
    after: siloMatrix(after),
  };
}

/** Links of `network` that `other` does not have. */
function difference(network: Network, other: Network): LinkChange[] {
  const ids = new Set(other.links.map((link) => link.id));
  return network.links.flatMap((link, i) => {
    if (ids.has(link.id)) return [];
    const [a, b] = network.linkEnds[i]!;
    const change: LinkChange = {
      id: link.id, kind: link.kind, a: actorRef(network, a), b: actorRef(network, b),
      crossSilo: network.actors[a]!.silo !== network.actors[b]!.silo,
    };
    return [change];
  });
}

function missingFrom(list: ActorRef[], other: ActorRef[]): ActorRef[] {
  const ids = new Set(other.map((actor) => actor.id));
  return list.filter((actor) => !ids.has(actor.id));
}
