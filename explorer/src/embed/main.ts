import type { EmbedPayload } from '@maillage/schema/embed';
import { SHARED_MESSAGES, SILO_NAMES } from '@maillage/schema/vocabulary';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../core/graph/elements.js';
import { geoPositions, grouping, groupedPositions, layoutOptions, layoutById, placedOnly, serverPositions, type Grouping } from '../core/graph/layouts.js';
import { attachNameLayer } from '../core/graph/nameLayer.js';
import { createBasemap } from '../core/map/basemap.js';
import { networkStyle } from '../core/graph/style.js';
import type { Drawing } from '../core/graph/types.js';
import './embed.css';

// The embed: a small read-only picture of the network the server already put in the page (no GraphQL, no
// framework), with the server-rendered list beside it for screen readers and browsers without JavaScript. It is
// drawn with the explorer's own elements, stylesheet, sizes and layouts; only the page's colours are its theme's.

cytoscape.use(fcose);

const data = JSON.parse(document.getElementById('maillage-data')!.textContent!) as EmbedPayload;
const container = document.getElementById('maillage-graph')!;
const status = document.getElementById('maillage-status')!;
const styles = getComputedStyle(document.body);
const colour = (name: string): string => styles.getPropertyValue(name).trim();

// The embed knows no sector or territory of its actors: its layouts are the map, the silos and the forces.
const drawing: Drawing = {
  actors: data.network.actors.map(({ latitude, longitude, ...actor }) => ({
    ...actor, location: latitude !== null && longitude !== null ? { latitude, longitude } : null, sectors: [], territories: [],
  })),
  links: data.network.links,
  context: new Set(),
};
const lang = data.settings.lang;
const groups: Grouping | undefined = data.settings.layout === 'silo'
  ? grouping('silo', drawing, { sectors: [] }, { silo: (silo) => SILO_NAMES[lang][silo], elsewhere: '', noSector: '' })
  : undefined;
// On the map, only the actors it can place (the list beside the picture names everyone).
const placement = data.settings.layout === 'geo' ? geoPositions(drawing.actors) : null;
const drawn = placement ? placedOnly(drawing, placement) : drawing;
const layout = data.network.layout;
const forces = layout ? serverPositions(layoutById(data.network.actors, layout), drawing) : null;
const positions = placement ? placement.positions : groups ? groupedPositions(groups, drawing) : forces;

const cy = cytoscape({
  container,
  elements: toElements(drawn, groups),
  layout: layoutOptions(positions, drawn.actors.length),
  minZoom: 0.05,
  maxZoom: 4,
  style: networkStyle({
    text: colour('--fg'), outline: colour('--bg'), selected: colour('--accent'), highlight: colour('--accent'),
    group: { fill: colour('--group'), outline: colour('--edge'), text: colour('--fg') },
  }),
});
window.__maillageEmbed = cy;
performance.mark('maillage:embed-rendered');
// The best connected actors named at first sight, as in the explorer.
const names = attachNameLayer(cy, { text: colour('--fg'), halo: colour('--bg') });
window.__maillageNames = () => names.names();

function select(id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  node.connectedEdges().select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
  status.textContent = `${node.data('label')} · ${node.degree(false)}`;
}

cy.on('tap', 'node[colour]', (event) => select(event.target.id() as string));

// The map under the geographic layout: the explorer's own basemap, driven by the network.
if (placement) {
  const under = document.createElement('div');
  under.className = 'basemap';
  under.setAttribute('aria-hidden', 'true');
  container.prepend(under);
  void createBasemap(under, { ground: colour('--group'), lines: colour('--edge') }, (state) => {
    if (state === 'remote') return;
    const notice = document.createElement('p');
    notice.className = 'source';
    notice.textContent = SHARED_MESSAGES[lang][state === 'local' ? 'embed.mapLocal' : 'embed.mapUnreachable'];
    container.after(notice);
  }).then((basemap) => {
    const follow = (): void => basemap.follow({ pan: cy.pan(), zoom: cy.zoom(), width: cy.width(), height: cy.height() });
    cy.on('viewport resize', follow);
    follow();
  });
}

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
