import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import graphologyBetweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { betweenness } from '../measures/betweenness.js';
import { toGraphology } from '../network/graphology.js';
import { bridges } from '../measures/bridges.js';
import { cutPoints } from '../measures/cutPoints.js';
import { assortativity } from '../measures/assortativity.js';
import { coreNumbers } from '@maillage/schema/network-filter';
import { structuralHoles } from '../measures/structuralHoles.js';
import { communities } from '../measures/communities.js';
import { networkStats } from '../measures/networkStats.js';
import { seedNetwork } from './seedGraph.js';

// Values networkx computed on the same seed graph (see networkx_reference.py to regenerate them).
interface Reference {
  nodes: number;
  edges: number;
  density: number;
  components: number;
  largestComponent: number;
  averageClustering: number;
  betweenness: Record<string, number>;
  bridges: Array<[string, string]>;
  articulationPoints: string[];
  constraint: Record<string, number>;
  effectiveSize: Record<string, number>;
  siloAssortativity: number;
  kindAssortativity: number;
  coreNumber: Record<string, number>;
  modularityOfOurPartition: number;
  louvainModularity: number;
}
const reference = JSON.parse(readFileSync(new URL('./seed.networkx.json', import.meta.url), 'utf8')) as Reference;
const network = seedNetwork();
// CommonJS typed as an ES module: under Node's ESM the default import is the function itself.
const graphologyBetweenness = graphologyBetweennessModule as unknown as typeof graphologyBetweennessModule.default;

describe('the analytics agree with networkx on the seed graph', () => {
  it('size, density, components and average clustering', () => {
    const stats = networkStats(network);
    expect([stats.actors, stats.linkedPairs, stats.components, stats.largestComponent]).toEqual([reference.nodes, reference.edges, reference.components, reference.largestComponent]);
    expect(stats.density).toBeCloseTo(reference.density, 12);
    expect(stats.averageClustering).toBeCloseTo(reference.averageClustering, 12);
  });

  it('exact betweenness of every actor', () => {
    const scores = betweenness(network.neighbours);
    network.actors.forEach((actor, i) => expect(scores[i], actor.id).toBeCloseTo(reference.betweenness[actor.id]!, 12));
  });

  it('exact betweenness as graphology-metrics computes it too', () => {
    const theirs = graphologyBetweenness(toGraphology(network), { normalized: true });
    const ours = betweenness(network.neighbours);
    network.actors.forEach((actor, i) => expect(ours[i], actor.id).toBeCloseTo(theirs[String(i)]!, 12));
  });

  it('bridges', () => {
    const ours = bridges(network.neighbours).map(({ a, b }) => [network.actors[a]!.id, network.actors[b]!.id].sort());
    expect(ours.sort()).toEqual(reference.bridges);
  });

  it('articulation points: the actors whose departure would cut others off', () => {
    expect(cutPoints(network.neighbours).map(({ position }) => network.actors[position]!.id).sort()).toEqual(reference.articulationPoints);
  });

  it('structural holes: Burt’s constraint and effective size of every linked actor', () => {
    const holes = structuralHoles(network.neighbours);
    network.actors.forEach((actor, i) => {
      const hole = holes[i];
      if (!hole) return expect(reference.constraint[actor.id]).toBeUndefined();
      expect(hole.constraint).toBeCloseTo(reference.constraint[actor.id]!, 10);
      expect(hole.effectiveSize).toBeCloseTo(reference.effectiveSize[actor.id]!, 10);
    });
  });

  it('assortativity by silo and by kind, and core numbers', () => {
    expect(assortativity(network.neighbours, (i) => network.actors[i]!.silo).coefficient).toBeCloseTo(reference.siloAssortativity, 10);
    expect(assortativity(network.neighbours, (i) => network.actors[i]!.kind).coefficient).toBeCloseTo(reference.kindAssortativity, 10);
    expect(Object.fromEntries(coreNumbers(network.neighbours).map((core, i) => [network.actors[i]!.id, core]))).toEqual(reference.coreNumber);
  });

  it('modularity of our Louvain partition, and a partition as good as networkx’s own Louvain', () => {
    const { modularity } = communities(network);
    expect(modularity).toBeCloseTo(reference.modularityOfOurPartition, 12);
    expect(modularity).toBeGreaterThan(reference.louvainModularity - 0.02);
  });
});
