import { KIND_SHAPES, LINK_COLOURS, SILO_COLOURS, type ActorKind, type CooperationKind, type Silo } from '@maillage/schema/vocabulary';
import type { ElementDefinition } from 'cytoscape';
import type { WorkshopBoardQuery, WorkshopEntryFieldsFragment } from '../../generated/graphql.js';

export type Board = NonNullable<WorkshopBoardQuery['workshopBoard']>;
export type Entry = WorkshopEntryFieldsFragment;

/** How a link or a resource names an organisation proposed in the workshop (the API's ENTRY_REF). */
export const ENTRY_REF = 'entry:';

/** The node an entry's reference stands for: the graph actor it was merged with, or the proposed organisation's own. */
export function nodeOf(ref: string, entries: readonly Entry[]): string {
  if (!ref.startsWith(ENTRY_REF)) return ref;
  const entry = entries.find((item) => item.id === ref.slice(ENTRY_REF.length));
  return entry?.mergedWith ?? ref;
}

/**
 * What the workshop adds to the projected network: its proposed organisations (not merged) and the graph actors
 * its links name that the territory's picture lacks, then its links — all with the class `workshop`, which the
 * network's stylesheet makes stand out. Links whose ends are not shown yet (held, rejected) wait.
 */
export function boardElements(board: Board, shown: ReadonlySet<string>): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const node = (id: string, label: string, silo: Silo, kind: ActorKind | null): ElementDefinition => ({
    group: 'nodes', classes: 'workshop', data: { id, label, silo, colour: SILO_COLOURS[silo], shape: KIND_SHAPES[kind ?? 'ASSOCIATION'], size: 30 },
  });
  for (const entry of board.entries) {
    if (entry.kind === 'ORGANISATION' && !entry.mergedWith && entry.silo && entry.name) nodes.push(node(`${ENTRY_REF}${entry.id}`, entry.name, entry.silo, entry.actorKind));
  }
  for (const actor of board.actors) if (!shown.has(actor.id)) nodes.push(node(actor.id, actor.name, actor.silo, null));
  const present = new Set([...shown, ...nodes.map((item) => item.data.id!)]);
  const edges = board.entries.flatMap((entry): ElementDefinition[] => {
    if (entry.kind !== 'LINK' || !entry.from || !entry.to) return [];
    const [source, target] = [nodeOf(entry.from, board.entries), nodeOf(entry.to, board.entries)];
    if (!present.has(source) || !present.has(target) || source === target) return [];
    const kind = (entry.linkKind ?? 'PARTNERSHIP') as CooperationKind;
    return [{ group: 'edges', classes: 'workshop', data: { id: `${ENTRY_REF}${entry.id}`, source, target, kind, colour: LINK_COLOURS[kind], line: 'solid', width: 4 } }];
  });
  return [...nodes, ...edges];
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where a new node goes without moving the others: beside its partners already placed (their centre, pushed out a
 * little, the n-th newcomer a turn further), or, with none, on a spiral around the picture's centre.
 */
export function placeNear(partners: readonly Point[], centre: Point, nth: number, spread = 60): Point {
  const angle = nth * 2.399963; // the golden angle: newcomers never stack
  if (partners.length === 0) {
    const radius = spread * (2 + Math.sqrt(nth + 1));
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  }
  const x = partners.reduce((sum, point) => sum + point.x, 0) / partners.length;
  const y = partners.reduce((sum, point) => sum + point.y, 0) / partners.length;
  return { x: x + spread * Math.cos(angle), y: y + spread * Math.sin(angle) };
}

/** A share as the room reads it: « 42 % », or a dash while there is nothing to count. */
export function percent(share: number | null | undefined, lang: 'fr' | 'en'): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
