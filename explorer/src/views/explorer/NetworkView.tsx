import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef } from 'react';
import type { Highlight } from '../../core/analytics/highlight.js';
import { layoutOptions } from '../../core/graph/layouts.js';
import { networkStyle } from '../../core/graph/style.js';
import type { LayoutName } from '../../core/url/viewState.js';
import { download } from './download.js';
import { useI18n } from '../common/I18n.js';

cytoscape.use(fcose);
cytoscape.use(svg);

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
    const instance = cytoscape({ container: container.current, style: networkStyle(), minZoom: 0.05, maxZoom: 4 });
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
