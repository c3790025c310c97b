import type { ActorKind, CooperationKind, Provenance, Silo } from '@maillage/schema';
import type { NetworkLayout } from '../../analytics/layout/forceLayout.js';
import type { Network } from '../../analytics/network/network.js';

/** The network drawn twice on the same positions (the explorer's server layout), so that the two days compare. */
export interface PictureData {
  nodes: Array<{ x: number; y: number; silo: Silo; kind: ActorKind; degreeThen: number; degreeNow: number }>;
  /** Links by their two nodes' positions in `nodes`, and on which day each is active. */
  links: Array<{ a: number; b: number; kind: CooperationKind; provenance: Provenance; then: boolean; now: boolean }>;
  /** The best connected actors today, named on both pictures. */
  names: Array<{ node: number; name: string }>;
}

const NAMED = 12;

export function pictureData(then: Network, now: Network, layout: NetworkLayout): PictureData {
  const linksThen = new Set(then.links.map((link) => link.id));
  const activeNow = new Set(now.links.map((link) => link.id));
  const links: PictureData['links'] = [];
  const seen = new Set<string>();
  // Every link active on either day, once each.
  for (const network of [now, then]) {
    network.links.forEach((link, i) => {
      if (seen.has(link.id)) return;
      seen.add(link.id);
      const [a, b] = network.linkEnds[i]!;
      links.push({ a, b, kind: link.kind, provenance: link.provenance, then: linksThen.has(link.id), now: activeNow.has(link.id) });
    });
  }
  const nodes = now.actors.map((actor, position) => ({
    x: layout.x[position] ?? 0,
    y: layout.y[position] ?? 0,
    silo: actor.silo,
    kind: actor.kind,
    degreeThen: then.neighbours[position]!.length,
    degreeNow: now.neighbours[position]!.length,
  }));
  const names = now.actors.map((actor, node) => ({ node, name: actor.name }))
    .filter(({ node }) => nodes[node]!.degreeNow > 0)
    .sort((a, b) => nodes[b.node]!.degreeNow - nodes[a.node]!.degreeNow || a.name.localeCompare(b.name, 'fr'))
    .slice(0, NAMED);
  return { nodes, links, names };
}
