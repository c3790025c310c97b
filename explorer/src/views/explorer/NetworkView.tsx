import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';

cytoscape.use(fcose);

const STYLE: StylesheetJson = [
  {
    selector: 'node',
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
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000', 'font-size': 12, 'min-zoomed-font-size': 0 } },
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
  // Around a selected actor, the rest of the network steps back.
  { selector: '.faded', style: { opacity: 0.12 } },
];

const LAYOUT = { name: 'fcose', quality: 'default', randomize: true, animate: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 70 } as const;

interface Props {
  elements: ElementDefinition[];
  selected: string | null;
  label: string;
  onSelect(actorId: string | null): void;
}

/** Owns the one Cytoscape instance: diffs elements by id inside a batch and re-runs the layout only when nodes change. */
export function NetworkView({ elements, selected, label, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: STYLE, minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3 });
    instance.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
    instance.on('tap', (event) => {
      if (event.target === instance) onSelectRef.current(null);
    });
    cy.current = instance;
    (window as unknown as { __maillageCy?: Core }).__maillageCy = instance; // for end-to-end tests and the benchmark
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = new Map(elements.map((element) => [element.data.id as string, element]));
    let nodesChanged = false;
    instance.batch(() => {
      instance.elements().forEach((element) => {
        const next = wanted.get(element.id());
        if (!next) {
          nodesChanged ||= element.isNode();
          instance.remove(element);
        } else {
          element.data(next.data);
          wanted.delete(element.id());
        }
      });
      const added = [...wanted.values()];
      nodesChanged ||= added.some((element) => element.group === 'nodes');
      instance.add(added);
    });
    if (nodesChanged && instance.nodes().length > 0) instance.layout(LAYOUT).run();
  }, [elements]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => instance.elements().unselect().removeClass('faded'));
    if (!selected) return;
    const node = instance.getElementById(selected);
    if (node.empty()) return;
    instance.batch(() => {
      node.select();
      node.connectedEdges().select();
      instance.elements().difference(node.closedNeighborhood()).addClass('faded');
    });
    instance.animate({ center: { eles: node }, zoom: Math.max(instance.zoom(), 1.2) }, { duration: 300 });
  }, [selected, elements]);

  return <div ref={container} className="network" role="img" aria-label={label} data-testid="network" />;
}
