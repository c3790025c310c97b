import { SILOS } from '@maillage/schema/vocabulary';
import type { Silo } from '@maillage/schema';
import { forEachPair, type Network } from '../network/network.js';
import { TEXTS, type Text } from '../texts.js';

export interface SiloCell {
  from: Silo;
  to: Silo;
  /** Cooperation links between the two silos (several links may join the same two actors). */
  links: number;
  /** Distinct pairs of actors linked. */
  linkedPairs: number;
  possiblePairs: number;
  /** linkedPairs / possiblePairs, null when no pair is possible. */
  density: number | null;
}

export interface SiloSummary {
  silo: Silo;
  actors: number;
  internalLinks: number;
  externalLinks: number;
  /** (external − internal) / (external + internal): −1 closed on itself, +1 turned entirely outwards. */
  eiIndex: number | null;
  reasons: Text[];
}

export interface SiloMatrix {
  /** The nine cells, row by row (from) and column by column (to); the matrix is symmetric. */
  cells: SiloCell[];
  silos: SiloSummary[];
  links: number;
  crossSiloLinks: number;
  crossSiloShare: number | null;
  eiIndex: number | null;
  /** The E-I index links drawn at random between the same actors would give (Krackhardt & Stern). */
  expectedEiIndex: number | null;
  reasons: Text[];
}

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

export function siloMatrix(network: Network): SiloMatrix {
  const position = new Map(SILOS.map((silo, i) => [silo, i]));
  const siloOf = network.actors.map((actor) => position.get(actor.silo)!);
  const size = [0, 0, 0];
  for (const silo of siloOf) size[silo]! += 1;
  const links = square();
  const pairs = square();
  for (const [a, b] of network.linkEnds) increment(links, siloOf[a]!, siloOf[b]!);
  forEachPair(network, (a, b) => increment(pairs, siloOf[a]!, siloOf[b]!));

  const cells = SILOS.flatMap((from, i) => SILOS.map((to, j): SiloCell => {
    const possiblePairs = i === j ? (size[i]! * (size[i]! - 1)) / 2 : size[i]! * size[j]!;
    return { from, to, links: links[i]![j]!, linkedPairs: pairs[i]![j]!, possiblePairs, density: ratio(pairs[i]![j]!, possiblePairs) };
  }));
  const silos = SILOS.map((silo, i): SiloSummary => {
    const internalLinks = links[i]![i]!;
    const externalLinks = links[i]!.reduce((sum, count, j) => (j === i ? sum : sum + count), 0);
    const eiIndex = ratio(externalLinks - internalLinks, externalLinks + internalLinks);
    return { silo, actors: size[i]!, internalLinks, externalLinks, eiIndex, reasons: eiIndex === null ? [] : [TEXTS.eiIndex(silo, eiIndex, externalLinks, internalLinks)] };
  });
  const total = network.links.length;
  const internal = SILOS.reduce((sum, _, i) => sum + links[i]![i]!, 0);
  const crossSiloLinks = total - internal;
  const eiIndex = ratio(crossSiloLinks - internal, total);
  const expectedEiIndex = expectedEi(size);
  return {
    cells,
    silos,
    links: total,
    crossSiloLinks,
    crossSiloShare: ratio(crossSiloLinks, total),
    eiIndex,
    expectedEiIndex,
    reasons: eiIndex === null ? [TEXTS.noLinks()] : [TEXTS.eiOverall(eiIndex, expectedEiIndex)],
  };
}

function square(): number[][] {
  return SILOS.map(() => SILOS.map(() => 0));
}

function increment(matrix: number[][], i: number, j: number): void {
  matrix[i]![j]! += 1;
  if (i !== j) matrix[j]![i]! += 1;
}

/** With links drawn uniformly among all pairs, the external share is the share of cross-silo pairs. */
function expectedEi(size: number[]): number | null {
  const n = size.reduce((sum, count) => sum + count, 0);
  const allPairs = (n * (n - 1)) / 2;
  if (allPairs === 0) return null;
  const internalPairs = size.reduce((sum, count) => sum + (count * (count - 1)) / 2, 0);
  const external = (allPairs - internalPairs) / allPairs;
  return external - (1 - external);
}
