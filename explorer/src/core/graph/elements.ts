import { centralitySize, KIND_SHAPES, LINK_COLOURS, nodeSize, PROVENANCE_LINES, SILO_COLOURS } from '@maillage/schema/vocabulary';
import type { ElementDefinition } from 'cytoscape';
import { degrees } from './filter.js';
import type { Grouping } from './layouts.js';
import type { Drawing } from './types.js';

const UNIFORM_SIZE = 24;

/** What sets node size: the number of links, betweenness scores from the analytics, or nothing. */
export type NodeSizing = 'degree' | 'uniform' | { betweenness: Map<string, number> };

function sizer(selection: Drawing, sizing: NodeSizing): (actorId: string) => number {
  if (sizing === 'uniform') return () => UNIFORM_SIZE;
  if (sizing === 'degree') {
    const degree = degrees(selection);
    return (id) => nodeSize(degree.get(id) ?? 0);
  }
  const max = Math.max(0, ...sizing.betweenness.values());
  return (id) => centralitySize(sizing.betweenness.get(id) ?? 0, max);
}

/**
 * Cytoscape elements for a selection: everything the style needs is in `data`, so styles are mappers. With a
 * grouping, actors sit inside compound group nodes (class `group`); partners outside the filters get `context`.
 */
export function toElements(selection: Drawing, grouping?: Grouping, sizing: NodeSizing = 'degree'): ElementDefinition[] {
  const sizeOf = sizer(selection, sizing);
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
        size: sizeOf(actor.id),
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
