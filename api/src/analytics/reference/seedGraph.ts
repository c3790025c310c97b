import { grandBergeracois } from '@maillage/seeds';
import { communities } from '../measures/communities.js';
import { createContext } from '../network/context.js';
import { selectNetwork, type Network } from '../network/network.js';
import { projectionFromDataset } from './fromDataset.js';

/** The seed graph as the analytics see it (the whole Grand Bergeracois, every link). */
export function seedNetwork(): Network {
  return selectNetwork(createContext(projectionFromDataset(grandBergeracois())));
}

/** What networkx_reference.py reads: nodes, simple edges, our Louvain partition to score, each actor's silo and kind. */
export function referenceInput(network: Network): { nodes: string[]; edges: Array<[string, string]>; partition: string[][]; silos: Record<string, string>; kinds: Record<string, string> } {
  const ids = network.actors.map((actor) => actor.id);
  const edges: Array<[string, string]> = [];
  network.neighbours.forEach((list, a) => list.forEach((b) => a < b && edges.push([ids[a]!, ids[b]!])));
  const grouped = communities(network).communities.map((community) => community.actorIds);
  const inGroups = new Set(grouped.flat());
  // networkx's modularity wants a partition of every node: lone actors are their own community.
  const partition = [...grouped, ...ids.filter((id) => !inGroups.has(id)).map((id) => [id])];
  const silos = Object.fromEntries(network.actors.map((actor) => [actor.id, actor.silo]));
  const kinds = Object.fromEntries(network.actors.map((actor) => [actor.id, actor.kind]));
  return { nodes: ids, edges, partition, silos, kinds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(referenceInput(seedNetwork()))}\n`);
}
