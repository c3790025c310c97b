import type { ElementDefinition } from 'cytoscape';
import { degrees, type Selection } from './filter.js';
import { KIND_SHAPES, LINK_COLOURS, nodeSize, PROVENANCE_LINES, SILO_COLOURS } from './style.js';

/** Cytoscape elements for a selection: everything the style needs is in `data`, so styles are mappers. */
export function toElements(selection: Selection): ElementDefinition[] {
  const degree = degrees(selection);
  const nodes = selection.actors.map((actor): ElementDefinition => ({
    group: 'nodes',
    data: {
      id: actor.id,
      label: actor.name,
      silo: actor.silo,
      kind: actor.kind,
      colour: SILO_COLOURS[actor.silo],
      shape: KIND_SHAPES[actor.kind],
      size: nodeSize(degree.get(actor.id) ?? 0),
    },
  }));
  const edges = selection.links.map((link): ElementDefinition => ({
    group: 'edges',
    data: {
      id: link.id,
      source: link.source,
      target: link.target,
      kind: link.kind,
      colour: LINK_COLOURS[link.kind],
      line: PROVENANCE_LINES[link.provenance],
      width: 1 + (link.intensity ?? 1),
    },
  }));
  return [...nodes, ...edges];
}
