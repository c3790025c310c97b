import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../url/viewState.js';
import { project } from '../map/projection.js';
import type { DrawnActor, Drawing, Network, NetworkActor, Point } from './types.js';

export interface Group {
  id: string;
  label: string;
  parent: string | null;
}

export interface Grouping {
  groups: Group[];
  /** The group each actor sits in (grouped layouts only). */
  parentOf: Map<string, string>;
}

export interface GroupLabels {
  silo(silo: NetworkActor['silo']): string;
  elsewhere: string;
  noSector: string;
}

/** The EPCI an actor is in: its commune's, or the EPCI itself for an EPCI's own body. */
function epciOf(actor: DrawnActor): { id: string; name: string } | null {
  const territory = actor.territories[0];
  if (!territory) return null;
  if (territory.epci) return territory.epci;
  return territory.id.startsWith('epci:') ? { id: territory.id, name: territory.name } : null;
}

function rootSector(network: Pick<Network, 'sectors'>, sectorId: string): string {
  const parent = new Map(network.sectors.map((sector) => [sector.id, sector.parent]));
  let current = sectorId;
  for (let guard = 0; parent.get(current) && guard < 20; guard += 1) current = parent.get(current)!;
  return current;
}

/**
 * Compound groups for the grouped layouts: by silo, by (root) sector, or by EPCI. One level only: force-directed
 * layouts of nested compounds (EPCI, then commune) tangle on real data, where one level stays readable.
 */
export function grouping(layout: LayoutName, selection: Pick<Drawing, 'actors'>, network: Pick<Network, 'sectors'>, labels: GroupLabels): Grouping {
  const groups = new Map<string, Group>();
  const parentOf = new Map<string, string>();
  const add = (group: Group): string => {
    if (!groups.has(group.id)) groups.set(group.id, group);
    return group.id;
  };
  const sectorName = new Map(network.sectors.map((sector) => [sector.id, sector.name]));
  for (const actor of selection.actors) {
    if (layout === 'silo') {
      parentOf.set(actor.id, add({ id: `group:silo:${actor.silo}`, label: labels.silo(actor.silo), parent: null }));
    } else if (layout === 'sector') {
      const first = actor.sectors[0];
      const root = first ? rootSector(network, first.id) : null;
      parentOf.set(actor.id, add(root
        ? { id: `group:sector:${root}`, label: sectorName.get(root) ?? root, parent: null }
        : { id: 'group:sector:none', label: labels.noSector, parent: null }));
    } else if (layout === 'territory') {
      const epci = epciOf(actor);
      parentOf.set(actor.id, add(epci
        ? { id: `group:epci:${epci.id}`, label: epci.name, parent: null }
        : { id: 'group:elsewhere', label: labels.elsewhere, parent: null }));
    }
  }
  return { groups: [...groups.values()], parentOf };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Where the geographic layout puts actors, and those it cannot place (a département, a région…), for a list. */
export interface GeoPlacement {
  positions: Map<string, { x: number; y: number }>;
  unplaced: DrawnActor[];
}

/**
 * Positions for the geographic layout: the actors' coordinates in Web Mercator (core/map/projection.ts: the
 * basemap's own projection, so the two stay in step), actors sharing one point (a commune centre) spread on a small
 * sunflower spiral around it, an EPCI's own body without coordinates at the centre of its communes' actors. The
 * others have no place on the map: they are listed beside it, never lined up on it.
 */
export function geoPositions(actors: DrawnActor[]): GeoPlacement {
  const located = actors.filter((actor) => actor.location);
  const positions = new Map<string, { x: number; y: number }>();
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  const epciPoints = new Map<string, { latitude: number; longitude: number }[]>();
  for (const actor of located) {
    const epci = epciOf(actor);
    if (epci) epciPoints.set(epci.id, [...(epciPoints.get(epci.id) ?? []), actor.location!]);
  }
  const pointOf = (actor: DrawnActor): { latitude: number; longitude: number } | null => {
    if (actor.location) return actor.location;
    const points = epciPoints.get(epciOf(actor)?.id ?? '');
    return points ? { latitude: mean(points.map((p) => p.latitude)), longitude: mean(points.map((p) => p.longitude)) } : null;
  };
  const atPoint = new Map<string, number>();
  const unplaced: DrawnActor[] = [];
  for (const actor of actors) {
    const point = pointOf(actor);
    if (!point) {
      unplaced.push(actor);
      continue;
    }
    const key = `${point.latitude},${point.longitude}`;
    const rank = atPoint.get(key) ?? 0;
    atPoint.set(key, rank + 1);
    const radius = 14 * Math.sqrt(rank);
    const { x, y } = project(point);
    positions.set(actor.id, { x: x + radius * Math.cos(rank * GOLDEN_ANGLE), y: y + radius * Math.sin(rank * GOLDEN_ANGLE) });
  }
  unplaced.sort((a, b) => (a.territories[0]?.name ?? '').localeCompare(b.territories[0]?.name ?? '') || a.name.localeCompare(b.name));
  return { positions, unplaced };
}

/** The part of a drawing the map can show: the placed actors and the links between them. */
export function placedOnly<D extends Drawing>(drawing: D, placement: GeoPlacement): D {
  const placed = (id: string): boolean => placement.positions.has(id);
  return { ...drawing, actors: drawing.actors.filter((actor) => placed(actor.id)), links: drawing.links.filter((link) => placed(link.source) && placed(link.target)) };
}

const SPIRAL_STEP = 32; // pixels: distance between neighbours on a group's sunflower spiral

/**
 * Positions for the grouped layouts: each group's actors on a compact sunflower spiral, the most connected at the
 * centre, and the groups on a grid. Deterministic and instant at any size, and groups never overlap (force-directed
 * layouts of compound nodes let them overlap as soon as many links cross between groups).
 */
export function groupedPositions(grouped: Grouping, selection: Pick<Drawing, 'actors' | 'links'>): Map<string, { x: number; y: number }> {
  const members = new Map<string, DrawnActor[]>();
  for (const actor of selection.actors) {
    const group = grouped.parentOf.get(actor.id);
    if (group) members.set(group, [...(members.get(group) ?? []), actor]);
  }
  const degree = new Map(selection.actors.map((actor) => [actor.id, 0]));
  for (const link of selection.links) for (const end of [link.source, link.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const groups = grouped.groups.filter((group) => members.has(group.id));
  const largest = Math.max(1, ...groups.map((group) => members.get(group.id)!.length));
  const cell = 2 * SPIRAL_STEP * Math.sqrt(largest) + 120;
  const columns = Math.ceil(Math.sqrt(groups.length));
  const positions = new Map<string, { x: number; y: number }>();
  groups.forEach((group, index) => {
    const centre = { x: (index % columns) * cell, y: Math.floor(index / columns) * cell };
    const sorted = [...members.get(group.id)!].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name));
    sorted.forEach((actor, rank) => {
      const radius = SPIRAL_STEP * Math.sqrt(rank);
      positions.set(actor.id, { x: centre.x + radius * Math.cos(rank * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(rank * GOLDEN_ANGLE) });
    });
  });
  return positions;
}

/** The API's layout (two arrays in the order of the actors it sent) keyed by actor id. */
export function layoutById(actors: readonly { id: string }[], layout: { x: readonly number[]; y: readonly number[] }): Map<string, Point> {
  return new Map(actors.map((actor, i) => [actor.id, { x: layout.x[i]!, y: layout.y[i]! }]));
}

const NEWCOMER_STEP = 40; // pixels: how far from its partners' centre an actor the server has not placed yet is set

/**
 * Positions for the force-directed layout from the picture the API computed for the whole network: the selection
 * keeps the places its actors have there (a filter never moves an actor, so the eye finds them again). An actor
 * the API has not placed yet (an edit not yet confirmed) goes beside its placed partners, else below the drawing.
 */
export function serverPositions(layout: ReadonlyMap<string, Point>, selection: Pick<Drawing, 'actors' | 'links'>): Map<string, Point> {
  const positions = new Map<string, Point>();
  const newcomers: DrawnActor[] = [];
  for (const actor of selection.actors) {
    const placed = layout.get(actor.id);
    if (placed) positions.set(actor.id, placed);
    else newcomers.push(actor);
  }
  // A loop, not Math.max(...all): a spread of 100,000 arguments would overflow the stack.
  let bottom = 0;
  for (const point of positions.values()) bottom = Math.max(bottom, point.y);
  newcomers.forEach((actor, rank) => {
    const partners = selection.links.flatMap((link) => (link.source === actor.id ? [link.target] : link.target === actor.id ? [link.source] : []))
      .flatMap((id) => positions.get(id) ?? []);
    const centre = partners.length > 0
      ? { x: partners.reduce((sum, point) => sum + point.x, 0) / partners.length, y: partners.reduce((sum, point) => sum + point.y, 0) / partners.length }
      : { x: rank * NEWCOMER_STEP, y: bottom + 2 * NEWCOMER_STEP };
    const turn = (rank + 1) * GOLDEN_ANGLE;
    positions.set(actor.id, partners.length > 0 ? { x: centre.x + NEWCOMER_STEP * Math.cos(turn), y: centre.y + NEWCOMER_STEP * Math.sin(turn) } : centre);
  });
  return positions;
}

// Past this many actors the force-directed layout keeps only fcose's spectral stage ("draft"): the full CoSE
// refinement takes minutes at 5,000 actors in one browser thread, the spectral stage about a second.
const DRAFT_FROM = 1_500;

/**
 * Cytoscape's forces run again from where the actors are (the API's picture, say) on this selection only: asked for
 * by the animator, never on its own. fcose refines from given positions only at its 'proof' quality, whose rounds
 * are capped on large selections so that one click does not hold the page for minutes.
 */
export function refineOptions(nodes: number): LayoutOptions {
  return {
    name: 'fcose', quality: 'proof', randomize: false, animate: false, fit: true, padding: 30, numIter: nodes > DRAFT_FROM ? 300 : 2500,
    nodeRepulsion: () => 8000, idealEdgeLength: () => 70, nodeSeparation: 75,
  } as LayoutOptions;
}

/**
 * Cytoscape's layout: preset positions (the map, the grouped layouts), or fcose's forces; `spread` widens the
 * forces' spacing (the projector draws names large).
 */
export function layoutOptions(positions: Map<string, { x: number; y: number }> | null, nodes: number, spread = 1): LayoutOptions {
  if (positions) {
    return { name: 'preset', positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 }, fit: true, padding: 30 } as LayoutOptions;
  }
  const draft = nodes > DRAFT_FROM;
  return {
    name: 'fcose', quality: draft ? 'draft' : 'default', randomize: true, animate: false, padding: 30,
    nodeRepulsion: () => 8000 * spread ** 2, idealEdgeLength: () => 70 * spread, nodeSeparation: (draft ? 150 : 75) * spread,
  } as LayoutOptions;
}
