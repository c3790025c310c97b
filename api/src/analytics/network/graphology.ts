import { UndirectedGraph } from 'graphology';
import type { Network } from './network.js';

/** The simple undirected graph of a network for graphology's algorithms, nodes keyed by position. */
export function toGraphology(network: Network): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let position = 0; position < network.actors.length; position += 1) graph.addNode(String(position));
  network.neighbours.forEach((list, a) => {
    for (const b of list) if (a < b) graph.addEdge(String(a), String(b));
  });
  return graph;
}
