import type { ElementDefinition } from 'cytoscape';
import { degrees, type Selection } from './filter.js';
import type { Grouping } from './layouts.js';
import { KIND_SHAPES, LINK_COLOURS, nodeSize, PROVENANCE_LINES, SILO_COLOURS } from './style.js';

/**
 * Cytoscape elements for a selection: everything the style needs is in `data`, so styles are mappers. With a
 * grouping, actors sit inside compound group nodes (class `group`); partners outside the filters get `context`.
 */
export function toElements(selection: Selection, grouping?: Grouping): ElementDefinition[] {
  const degree = degrees(selection);
  const groups = (grouping?.groups ?? []).map((group): ElementDefinition => ({
    group: 'nodes',
    classes: 'group',
    data: { id: group.id, label: group.label, ...(group.parent ? { parent: group.parent } : {}) },
  }));
  const nodes = selection.actors.map((actor): ElementDefinition => {
    const parent = grouping?.parentOf.get(actor.id);
    return {
      group: 'nodes',
      classes: selection.context.has(actor.id) ? 'context' : '',
      data: {
        id: actor.id,
        label: actor.name,
        silo: actor.silo,
        kind: actor.kind,
        colour: SILO_COLOURS[actor.silo],
        shape: KIND_SHAPES[actor.kind],
        size: nodeSize(degree.get(actor.id) ?? 0),
        ...(parent ? { parent } : {}),
      },
    };
  });
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
  return [...groups, ...nodes, ...edges];
}
