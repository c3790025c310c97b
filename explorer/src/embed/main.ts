import { type ActorKind, type CooperationKind, KIND_SHAPES, type Silo, SILO_COLOURS, SILOS } from '@maillage/schema/vocabulary';
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { degrees } from '../core/graph/filter.js';
import './embed.css';

// The embed: a small read-only picture of the network the server already put in the page (no GraphQL, no
// framework), with the server-rendered list beside it for screen readers and browsers without JavaScript.

interface EmbedData {
  settings: { layout: 'force' | 'silo' | 'geo'; search: boolean; lang: 'fr' | 'en' };
  network: {
    actors: Array<{ id: string; name: string; silo: Silo; kind: ActorKind; latitude: number | null; longitude: number | null }>;
    links: Array<{ id: string; source: string; target: string; kind: CooperationKind }>;
  };
}

declare global {
  interface Window {
    /** The embed's Cytoscape instance, read by the end-to-end tests and the benchmark. */
    __maillageEmbed?: cytoscape.Core;
  }
}

const data = JSON.parse(document.getElementById('maillage-data')!.textContent!) as EmbedData;
const container = document.getElementById('maillage-graph')!;
const status = document.getElementById('maillage-status')!;
const styles = getComputedStyle(document.body);
const colour = (name: string): string => styles.getPropertyValue(name).trim();

const degree = degrees(data.network);

function positions(): Map<string, { x: number; y: number }> | null {
  const { actors } = data.network;
  if (data.settings.layout === 'geo') {
    const located = actors.filter((actor) => actor.latitude !== null && actor.longitude !== null);
    const elsewhere = actors.filter((actor) => actor.latitude === null || actor.longitude === null);
    const map = new Map(located.map((actor) => [actor.id, { x: actor.longitude! * 2000, y: -actor.latitude! * 2800 }]));
    const bottom = Math.max(0, ...[...map.values()].map((point) => point.y)) + 80;
    elsewhere.forEach((actor, i) => map.set(actor.id, { x: -1000 + (i % 40) * 30, y: bottom + Math.floor(i / 40) * 30 }));
    return map;
  }
  if (data.settings.layout === 'silo') {
    // Three columns, one a silo, the most connected actors at the top.
    const map = new Map<string, { x: number; y: number }>();
    SILOS.forEach((silo, column) => {
      actors.filter((actor) => actor.silo === silo)
        .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))
        .forEach((actor, i) => map.set(actor.id, { x: column * 420 + (i % 6) * 60, y: Math.floor(i / 6) * 60 }));
    });
    return map;
  }
  return null;
}

const elements: ElementDefinition[] = [
  ...data.network.actors.map((actor) => ({
    group: 'nodes' as const,
    data: {
      id: actor.id, label: actor.name, colour: SILO_COLOURS[actor.silo], shape: KIND_SHAPES[actor.kind],
      size: Math.round(Math.min(56, 14 + 8 * Math.log2(1 + (degree.get(actor.id) ?? 0)))),
    },
  })),
  ...data.network.links.map((link) => ({ group: 'edges' as const, data: { id: link.id, source: link.source, target: link.target } })),
];

const placed = positions();
const layout: LayoutOptions = placed
  ? ({ name: 'preset', positions: (node: { id(): string }) => placed.get(node.id()) ?? { x: 0, y: 0 }, padding: 20 } as LayoutOptions)
  : ({ name: 'cose', animate: false, randomize: false, padding: 20, nodeRepulsion: () => 6000, idealEdgeLength: () => 60,
    // Past 150 actors a quarter of cose's iterations: a 300-actor view renders in about a second, not two.
    numIter: data.network.actors.length > 150 ? 250 : 1000 } as LayoutOptions);

const cy = cytoscape({
  container,
  elements,
  layout,
  minZoom: 0.1,
  maxZoom: 4,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)', shape: 'data(shape)' as never, width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 10, color: colour('--fg'), 'min-zoomed-font-size': 12, 'text-valign': 'bottom',
        'text-margin-y': 3, 'border-width': 1, 'border-color': colour('--bg'),
      },
    },
    { selector: 'edge', style: { 'line-color': colour('--edge'), width: 1.5, opacity: 0.7, 'curve-style': 'straight' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': colour('--accent'), 'min-zoomed-font-size': 0 } },
    { selector: 'edge:selected', style: { 'line-color': colour('--accent'), opacity: 1, width: 3 } },
  ],
});
window.__maillageEmbed = cy;
performance.mark('maillage:embed-rendered');

function select(id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  node.connectedEdges().select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
  status.textContent = `${node.data('label')} · ${node.degree(false)}`;
}

cy.on('tap', 'node', (event) => select(event.target.id() as string));

const search = document.getElementById('maillage-search') as HTMLInputElement | null;
if (search) {
  const list = document.createElement('datalist');
  list.id = 'maillage-names';
  for (const actor of [...data.network.actors].sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
    const option = document.createElement('option');
    option.value = actor.name;
    list.append(option);
  }
  document.body.append(list);
  search.addEventListener('change', () => {
    const wanted = search.value.trim().toLowerCase();
    const actor = data.network.actors.find((candidate) => candidate.name.toLowerCase() === wanted)
      ?? data.network.actors.find((candidate) => candidate.name.toLowerCase().includes(wanted));
    if (actor) select(actor.id);
  });
}
