import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef } from 'react';
import type { Highlight } from '../../core/analytics/highlight.js';
import type { LayoutName } from '../../core/url/viewState.js';
import { download } from './download.js';
import { useI18n } from './I18n.js';

cytoscape.use(fcose);
cytoscape.use(svg);

declare global {
  interface Window {
    /** The explorer's Cytoscape instance, read by the end-to-end tests and the benchmark. */
    __maillageCy?: Core;
  }
}

const STYLE: StylesheetJson = [
  {
    selector: 'node[colour]',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never, // a per-node shape, from the data mapper
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      // Labels appear as the user zooms in: below this on-screen size (zoom × font size) they are not drawn.
      'min-zoomed-font-size': 14,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  // A partner shown only because it cooperates with the filtered actors.
  { selector: 'node.context', style: { 'background-opacity': 0.35, 'border-style': 'dashed', 'border-width': 2, 'border-color': 'data(colour)' } },
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      'background-color': '#efefec',
      'background-opacity': 0.7,
      'border-width': 1,
      'border-color': '#b5b5b0',
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 14,
      'font-weight': 'bold',
      color: '#3a3a3a',
      'min-zoomed-font-size': 5,
      padding: '12px',
    },
  },
  { selector: 'node[colour]:selected', style: { 'border-width': 4, 'border-color': '#000000', 'font-size': 12, 'min-zoomed-font-size': 0 } },
  {
    selector: 'edge',
    style: {
      'line-color': 'data(colour)',
      'line-style': 'data(line)' as never, // solid, dashed or dotted by provenance
      width: 'data(width)',
      opacity: 0.55,
      'curve-style': 'straight',
    },
  },
  { selector: 'edge:selected', style: { opacity: 1 } },
  // A gap picked in the Gaps panel: a dark ring and halo (not a colour: silos keep theirs), thick dark links.
  {
    selector: 'node.highlighted',
    style: { 'border-width': 4, 'border-color': '#1a1a1a', 'underlay-color': '#1a1a1a', 'underlay-opacity': 0.18, 'underlay-padding': 8, 'min-zoomed-font-size': 0 } as never,
  },
  { selector: 'edge.highlighted', style: { 'line-color': '#1a1a1a', width: 6, opacity: 1 } },
  // Around a selected actor, the rest of the network steps back.
  { selector: '.faded', style: { opacity: 0.12 } },
];

// Past this many actors the force-directed layout keeps only fcose's spectral stage ("draft"): the full CoSE
// refinement takes minutes at 5,000 actors in one browser thread, the spectral stage about a second.
const DRAFT_FROM = 1_500;

function layoutOptions(positions: Map<string, { x: number; y: number }> | null, nodes: number): LayoutOptions {
  if (positions) {
    return { name: 'preset', positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 }, fit: true, padding: 30 } as LayoutOptions;
  }
  const draft = nodes > DRAFT_FROM;
  return {
    name: 'fcose', quality: draft ? 'draft' : 'default', randomize: true, animate: false, padding: 30,
    nodeRepulsion: () => 8000, idealEdgeLength: () => 70, nodeSeparation: draft ? 150 : 75,
  } as LayoutOptions;
}

interface Props {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Where each actor goes (a preset layout), or null for the force-directed layout. */
  positions: Map<string, { x: number; y: number }> | null;
  selected: string | null;
  /** Actors and links lit up by a gap picked in the Gaps panel. */
  highlight: Highlight | null;
  label: string;
  onSelect(actorId: string | null): void;
}

/** A spot for a new node until the layout places it: spread by its id, so that no two links start on one point. */
function scatter(id: string): { x: number; y: number } {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  return { x: (hash & 0xffff) / 64, y: ((hash >>> 16) & 0xffff) / 64 };
}

/** Diffs the wanted elements into the graph by id; says whether nodes came, went or changed group. */
function applyDiff(cy: Core, elements: ElementDefinition[]): boolean {
  const wanted = new Map(elements.map((element) => [element.data.id as string, element]));
  let structural = false;
  cy.batch(() => {
    const added = elements.filter((element) => cy.getElementById(element.data.id as string).empty());
    const isNew = new Set(added);
    structural ||= added.some((element) => element.group === 'nodes');
    cy.add(added.map((element) => (element.group === 'nodes' ? { ...element, position: scatter(element.data.id as string) } : element)));
    cy.nodes().forEach((node) => {
      const next = wanted.get(node.id());
      if (!next || isNew.has(next)) return;
      const { parent = null, ...data } = next.data;
      node.data(data);
      node.classes(next.classes ?? '');
      if ((node.data('parent') ?? null) !== parent) {
        node.move({ parent });
        structural = true;
      }
    });
    cy.edges().forEach((edge) => {
      const next = wanted.get(edge.id());
      if (next && !isNew.has(next)) edge.data(next.data);
    });
    // Children leave before their groups do: removing a compound node removes what is still inside it.
    const gone = cy.elements().filter((element) => !wanted.has(element.id()));
    structural ||= gone.nodes().nonempty();
    cy.remove(gone.not('.group'));
    cy.remove(gone.filter('.group'));
  });
  return structural;
}

/** Owns the one Cytoscape instance: diffs elements inside a batch and re-runs the layout only when it must. */
export function NetworkView({ elements, layout, positions, selected, highlight, label, onSelect }: Props) {
  const i18n = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const lastLayout = useRef<LayoutName | null>(null);

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: STYLE, minZoom: 0.05, maxZoom: 4 });
    instance.on('tap', 'node[colour]', (event) => onSelectRef.current(event.target.id() as string));
    instance.on('tap', (event) => {
      if (event.target === instance) onSelectRef.current(null);
    });
    // Standard performance marks, read by the benchmark (npm run bench) and visible in any browser's profiler.
    instance.on('layoutstop', () => performance.mark('maillage:settled'));
    instance.one('render', () => performance.mark('maillage:first-render'));
    cy.current = instance;
    window.__maillageCy = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const structural = applyDiff(instance, elements);
    if ((structural || lastLayout.current !== layout) && instance.nodes().length > 0) {
      lastLayout.current = layout;
      instance.layout(layoutOptions(positions, instance.nodes().length)).run();
    }
  }, [elements, layout, positions]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => instance.elements().unselect().removeClass('faded highlighted'));
    if (highlight && !selected) {
      const lit = instance.elements().filter((element) =>
        element.isNode() ? highlight.nodes.has(element.id()) : highlight.edges.has(element.id()));
      if (lit.empty()) return;
      instance.batch(() => {
        lit.addClass('highlighted');
        instance.elements().difference(lit).not('.group').addClass('faded');
      });
      instance.animate({ fit: { eles: lit.nodes(), padding: 80 } }, { duration: 300 });
      return;
    }
    if (!selected) return;
    const node = instance.getElementById(selected);
    if (node.empty()) return;
    instance.batch(() => {
      node.select();
      node.connectedEdges().select();
      instance.elements().difference(node.closedNeighborhood()).not('.group').addClass('faded');
    });
    instance.animate({ center: { eles: node }, zoom: Math.max(instance.zoom(), 1.2) }, { duration: 300 });
  }, [selected, highlight, elements]);

  const exportAs = (format: 'png' | 'svg'): void => {
    const instance = cy.current;
    if (!instance) return;
    const blob = format === 'png'
      ? instance.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob
      : new Blob([instance.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' });
    download(blob, `maillage-reseau.${format}`);
  };

  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={() => exportAs('png')}>{i18n.t('export.png')}</button>
        <button type="button" onClick={() => exportAs('svg')}>{i18n.t('export.svg')}</button>
      </div>
      <div ref={container} className="network" role="img" aria-label={label} data-testid="network" />
    </>
  );
}
