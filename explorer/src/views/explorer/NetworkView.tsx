import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Highlight } from '../../core/analytics/highlight.js';
import { plainLinks } from '../../core/graph/detail.js';
import { fitView, type FitView } from '../../core/graph/fit.js';
import { layoutOptions, refineOptions } from '../../core/graph/layouts.js';
import { MIN_FRAMES_PER_SECOND, probeFrameRate, rendererOptions, rgbOf, type RendererName } from '../../core/graph/renderer.js';
import { networkStyle, type NetworkColours } from '../../core/graph/style.js';
import type { Viewport } from '../../core/map/projection.js';
import type { LayoutName } from '../../core/url/viewState.js';
import { token, useTheme } from '../../ui/index.js';
import { attachNameLayer, type DrawnName, type NameLayer } from '../../core/graph/nameLayer.js';

cytoscape.use(fcose);
cytoscape.use(svg);

interface Props {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Where each actor goes (a preset layout, the API's forces included), or null for forces run in the browser. */
  positions: Map<string, { x: number; y: number }> | null;
  selected: string | null;
  /** Actors and links lit up by a gap picked in the Gaps panel. */
  highlight: Highlight | null;
  label: string;
  /** How to draw; made once (the page gives the view a new key to change it). */
  renderer: RendererName;
  /** WebGL drew fewer than MIN_FRAMES_PER_SECOND once laid out: the page goes back to the canvas. */
  onSlowRenderer(framesPerSecond: number): void;
  /** A large network's links went plain from afar, or back (core/graph/detail.ts): the legend says so. */
  onPlainLinks?(plain: boolean): void;
  onSelect(actorId: string | null): void;
  /** What the page may ask of the drawing: fit it, take its picture. */
  handle?: Ref<NetworkHandle>;
}

export interface NetworkHandle {
  fit(): void;
  /** Runs the forces again from where the actors are, on what is drawn. */
  refine(): void;
  /** The drawing as it is (every element, not only the visible part), on the page's background. */
  svg(): string;
  png(): Promise<Blob>;
  /** The drawing's extent in model units (as its SVG is drawn), for the picture's frame. */
  size(): { width: number; height: number; left: number; top: number };
  /** The names drawn over the network, for the picture. */
  names(): DrawnName[];
  /** Follows the viewport (pan, zoom, size), at once and at every change: the basemap keeps in step with it. */
  onViewport(listener: (viewport: Viewport) => void): () => void;
}

function nameColours(): { text: string; halo: string } {
  return { text: token('--text'), halo: token('--canvas') };
}

/** The network's colours from the design tokens of the theme in force. */
function pageColours(): NetworkColours {
  const text = token('--text');
  return {
    text, outline: token('--canvas'), selected: text, highlight: text,
    group: { fill: token('--canvas-group'), outline: token('--canvas-group-line'), text: token('--text-muted') },
  };
}

/** A spot for a new node until the layout places it: spread by its id, so that no two links start on one point. */
function scatter(id: string): { x: number; y: number } {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  return { x: (hash & 0xffff) / 64, y: ((hash >>> 16) & 0xffff) / 64 };
}

// Room kept around the outermost actors: the largest node's radius and a group box's padding and title.
const FIT_MARGIN = 48;

/** The view that shows `points` in this instance, padding on screen as given. */
function fitting(cy: Core, points: Iterable<{ x: number; y: number }>, padding: number): FitView | null {
  return fitView(points, { width: cy.width(), height: cy.height(), margin: FIT_MARGIN, padding, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() });
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
export function NetworkView({ elements, layout, positions, selected, highlight, label, renderer, onSlowRenderer, onPlainLinks, onSelect, handle }: Props) {
  const [theme] = useTheme();
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onSlowRef = useRef(onSlowRenderer);
  onSlowRef.current = onSlowRenderer;
  const onPlainRef = useRef(onPlainLinks);
  onPlainRef.current = onPlainLinks;
  const lastLayout = useRef<LayoutName | null>(null);
  const plain = useRef(false);
  const restyleLinks = (instance: Core, zoom: number): void => {
    const next = plainLinks(instance.edges().length, zoom);
    if (next === plain.current) return;
    plain.current = next;
    instance.style(networkStyle(pageColours(), { plainLinks: next }));
    onPlainRef.current?.(next);
  };
  const names = useRef<NameLayer | null>(null);

  useEffect(() => {
    const instance = cytoscape({
      container: container.current, style: networkStyle(pageColours()), minZoom: 0.05, maxZoom: 4, ...rendererOptions(renderer, rgbOf(token('--canvas'))),
    });
    instance.on('tap', 'node[colour]', (event) => onSelectRef.current(event.target.id() as string));
    instance.on('tap', (event) => {
      if (event.target === instance) onSelectRef.current(null);
    });
    // Standard performance marks, read by the benchmark (npm run bench) and visible in any browser's profiler.
    instance.on('layoutstop', () => performance.mark('maillage:settled'));
    instance.one('render', () => performance.mark('maillage:first-render'));
    // WebGL is kept only if it keeps up, measured once the first picture is laid out.
    if (renderer === 'webgl') {
      instance.one('layoutstop', () => void probeFrameRate(instance).then((rate) => {
        performance.mark('maillage:renderer-probed', { detail: { renderer, framesPerSecond: rate } });
        if (rate < MIN_FRAMES_PER_SECOND && !instance.destroyed()) onSlowRef.current(rate);
      }));
    }
    // A large network's links go plain from afar, their origin drawn again when zoomed in.
    instance.on('zoom', () => restyleLinks(instance, instance.zoom()));
    const layer = attachNameLayer(instance, nameColours());
    names.current = layer;
    window.__maillageNames = () => layer.names();
    // The container changes size when a drawer or a panel opens: the drawing follows, the selected actor in view.
    const resized = new ResizeObserver(() => {
      instance.resize();
      const chosen = instance.nodes(':selected');
      if (chosen.nonempty()) instance.center(chosen);
    });
    if (container.current) resized.observe(container.current);
    cy.current = instance;
    window.__maillageCy = instance;
    return () => {
      resized.disconnect();
      layer.destroy();
      instance.destroy();
      cy.current = null;
    };
    // Made once: the theme's colours are applied by their own effect below; another renderer remounts the view.
  }, []);

  // A new theme changes the tokens the colours are read from: read them again.
  useEffect(() => {
    cy.current?.style(networkStyle(pageColours(), { plainLinks: plain.current }));
    names.current?.setColours(nameColours());
  }, [theme]);

  useImperativeHandle(handle, () => ({
    fit: () => {
      const instance = cy.current;
      const view = instance ? fitting(instance, instance.nodes().map((node) => node.position()), 40) : null;
      if (view) instance!.animate(view, { duration: 250 });
    },
    refine: () => cy.current?.layout(refineOptions(cy.current.nodes().length)).run(),
    svg: () => cy.current?.svg({ full: true, scale: 1, bg: token('--canvas') }) ?? '',
    png: async () => cy.current!.png({ full: true, scale: 2, bg: token('--canvas'), output: 'blob-promise' }),
    size: () => {
      const box = cy.current?.elements().boundingBox({}) ?? { w: 0, h: 0, x1: 0, y1: 0 };
      return { width: box.w, height: box.h, left: box.x1, top: box.y1 };
    },
    names: () => names.current?.names() ?? [],
    onViewport: (listener) => {
      const instance = cy.current;
      if (!instance) return () => undefined;
      const tell = (): void => listener({ pan: instance.pan(), zoom: instance.zoom(), width: instance.width(), height: instance.height() });
      instance.on('viewport resize', tell);
      tell();
      return () => instance.off('viewport resize', tell);
    },
  }), []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const structural = applyDiff(instance, elements);
    if ((structural || lastLayout.current !== layout) && instance.nodes().length > 0) {
      lastLayout.current = layout;
      // Positions known beforehand: the view is fitted from them before they are applied, not measured after.
      const view = positions ? fitting(instance, positions.values(), 30) : null;
      if (view) {
        restyleLinks(instance, view.zoom);
        instance.viewport(view);
      }
      instance.layout({ ...layoutOptions(positions, instance.nodes().length), ...(view ? { fit: false } : {}) } as LayoutOptions).run();
    }
  }, [elements, layout, positions]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => instance.elements().unselect().removeClass('faded highlighted gone'));
    if (highlight?.gone && !selected) {
      const { gone, nodes } = highlight;
      const going = instance.elements().filter((element) => gone.has(element.id()));
      instance.batch(() => {
        going.addClass('gone');
        instance.nodes().filter((node) => nodes.has(node.id())).addClass('highlighted');
      });
      // Close in on what would go and on those it was tied to.
      if (going.nonempty()) instance.animate({ fit: { eles: going.nodes().closedNeighborhood().nodes(), padding: 80 } }, { duration: 300 });
      return;
    }
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

  return <div ref={container} className="network" role="img" aria-label={label} data-testid="network" />;
}
