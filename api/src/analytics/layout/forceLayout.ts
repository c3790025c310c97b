import { nodeSize } from '@maillage/schema/vocabulary';
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { Network } from '../network/network.js';
import { drawingScale, extent } from './scale.js';
import { separate } from './separate.js';

/**
 * Where each selected actor is drawn, in `network.actors` order, as whole numbers of the explorer's units (pixels
 * at zoom 1; the median link `EDGE_LENGTH` long or more): two arrays rather than objects, to keep the answer small.
 */
export interface NetworkLayout {
  x: number[];
  y: number[];
}

// The package is CommonJS with an `export default` in its types: under NodeNext the function is on `.default`'s type.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/**
 * The median link's length in the explorer's units (pixels at zoom 1): twice the diameter of a well-linked actor,
 * so that the names drawn at first sight find room and the silos' clusters stay apart.
 */
export const EDGE_LENGTH = 140;
const SEPARATION_ROUNDS = 10;

/** A node of the layout's graph: where ForceAtlas2 has it. */
type Placed = { x: number; y: number };
// One collator for all: `localeCompare(…, 'fr')` makes one per call, seconds for thousands of isolated actors.
const BY_NAME = new Intl.Collator('fr');
const ISOLATED_STEP = 40;

/**
 * ForceAtlas2 rounds by size: a small territory gets many (they cost milliseconds), a large one few (each round
 * of Barnes-Hut costs about 50 ms at 20,000 actors). Fixed counts, not a time budget, so that every API process
 * computes the same picture for the same graph.
 */
export function roundsFor(actors: number): number {
  if (actors <= 500) return 300;
  if (actors <= 2_000) return 200;
  if (actors <= 10_000) return 100;
  if (actors <= 50_000) return 50;
  return 20;
}

/**
 * A start for an actor, drawn from its id (FNV-1a): the same in every process and at every graph version, so an
 * edit elsewhere does not move where an actor starts, and the pictures of two versions stay alike.
 */
export function startOf(id: string, side: number): { x: number; y: number } {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  return { x: ((hash & 0xffff) / 0xffff - 0.5) * side, y: (((hash >>> 16) & 0xffff) / 0xffff - 0.5) * side };
}

/**
 * The force-directed picture of a selection, computed once per graph version and filter on the server (in the
 * analytics worker) and sent with the network, so the browser draws at once. Connected actors are laid out by
 * ForceAtlas2 (graphology's, as Gephi's), enlarged to the explorer's units (drawingScale), centred, then pulled
 * apart where two actors drawn at the explorer's size (nodeSize, by number of partners) would overlap; isolated actors
 * — a cooperation gap the animators look for — are set apart below, on a grid, rather than piled in the middle.
 */
export function forceLayout(network: Pick<Network, 'actors' | 'neighbours'>): NetworkLayout {
  const count = network.actors.length;
  const x = new Array<number>(count).fill(0);
  const y = new Array<number>(count).fill(0);
  const connected = network.neighbours.flatMap((neighbours, position) => (neighbours.length > 0 ? [position] : []));
  const box = connected.length > 0 ? layoutConnected(network, connected, x, y) : { left: 0, right: 0, bottom: 0 };
  placeIsolated(network, box, x, y);
  return { x, y };
}

function layoutConnected(network: Pick<Network, 'actors' | 'neighbours'>, connected: number[], x: number[], y: number[]): { left: number; right: number; bottom: number } {
  const graph = new UndirectedGraph<Placed>({ allowSelfLoops: false });
  const side = EDGE_LENGTH * Math.sqrt(connected.length);
  connected.forEach((position, rank) => graph.addNode(rank, startOf(network.actors[position]!.id, side)));
  const rankOf = new Map(connected.map((position, rank) => [position, rank]));
  const ends: Array<[number, number]> = [];
  connected.forEach((position, rank) => {
    for (const other of network.neighbours[position]!) if (other > position) ends.push([rank, rankOf.get(other)!]);
  });
  for (const [a, b] of ends) graph.addEdge(a, b);
  // Barnes-Hut's theta at Gephi's default (1.2, graphology's is 0.5): half the time per round, the same picture.
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: connected.length > 500, barnesHutTheta: 1.2 };
  forceAtlas2.assign(graph, { iterations: roundsFor(connected.length), settings });
  const xs = connected.map((_position, rank) => graph.getNodeAttribute(rank, 'x'));
  const ys = connected.map((_position, rank) => graph.getNodeAttribute(rank, 'y'));
  const radius = connected.map((_position, rank) => nodeSize(graph.degree(rank)) / 2);
  const scale = drawingScale({ xs, ys, ends, radius }, EDGE_LENGTH);
  const centre = { x: mean(xs), y: mean(ys) };
  const scaled = { xs: xs.map((value) => (value - centre.x) * scale), ys: ys.map((value) => (value - centre.y) * scale) };
  separate(scaled.xs, scaled.ys, radius, { rounds: SEPARATION_ROUNDS });
  connected.forEach((position, rank) => {
    x[position] = Math.round(scaled.xs[rank]!);
    y[position] = Math.round(scaled.ys[rank]!);
  });
  const across = extent(connected.map((position) => x[position]!));
  return { left: across.min, right: across.max, bottom: extent(connected.map((position) => y[position]!)).max };
}

function placeIsolated(network: Pick<Network, 'actors' | 'neighbours'>, box: { left: number; right: number; bottom: number }, x: number[], y: number[]): void {
  const isolated = network.neighbours.flatMap((neighbours, position) => (neighbours.length === 0 ? [position] : []));
  if (isolated.length === 0) return;
  // As wide as the drawing above (at least a square of them), in name order so an actor is easy to find.
  const columns = Math.max(Math.ceil(Math.sqrt(isolated.length)), Math.floor((box.right - box.left) / ISOLATED_STEP) + 1);
  const top = isolated.length === network.actors.length ? 0 : box.bottom + EDGE_LENGTH;
  const sorted = [...isolated].sort((a, b) => BY_NAME.compare(network.actors[a]!.name, network.actors[b]!.name));
  const left = isolated.length === network.actors.length ? -((columns - 1) * ISOLATED_STEP) / 2 : box.left;
  sorted.forEach((position, rank) => {
    x[position] = Math.round(left + (rank % columns) * ISOLATED_STEP);
    y[position] = Math.round(top + Math.floor(rank / columns) * ISOLATED_STEP);
  });
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}
