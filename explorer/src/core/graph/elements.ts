import type { ElementDefinition } from 'cytoscape';
import { degrees, type Selection } from './filter.js';
import type { Grouping } from './layouts.js';
import { KIND_SHAPES, LINK_COLOURS, nodeSize, PROVENANCE_LINES, SILO_COLOURS } from './style.js';

const UNIFORM_SIZE = 24;

/**
 * Cytoscape elements for a selection: everything the style needs is in `data`, so styles are mappers. With a
 * grouping, actors sit inside compound group nodes (class `group`); partners outside the filters get `context`.
 */
export function toElements(selection: Selection, grouping?: Grouping, size: 'degree' | 'uniform' = 'degree'): ElementDefinition[] {
  const degree = size === 'degree' ? degrees(selection) : new Map<string, number>();
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
        size: size === 'degree' ? nodeSize(degree.get(actor.id) ?? 0) : UNIFORM_SIZE,
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
