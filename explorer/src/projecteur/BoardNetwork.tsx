import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { layoutOptions } from '../core/graph/layouts.js';
import { networkStyle } from '../core/graph/style.js';
import { placeNear } from '../core/workshop/board.js';

cytoscape.use(fcose);

interface Props {
  /** The territory's network, drawn once and laid out once. */
  base: ElementDefinition[];
  /** What the workshop adds: diffed by id, new nodes placed beside their partners, the rest left where it is. */
  overlay: ElementDefinition[];
  label: string;
}

/** The projector's network: one component owns the `cy` instance; updates never re-run the layout. */
export function BoardNetwork({ base, overlay, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: networkStyle(), elements: base, boxSelectionEnabled: false, autoungrabify: true, maxZoom: 2 });
    // Room for the names a projector draws large.
    instance.layout(layoutOptions(null, instance.nodes().length, 2.2)).run();
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [base]);
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = new Map(overlay.map((element) => [element.data.id!, element]));
    const extent = instance.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    let added = 0;
    instance.batch(() => {
      instance.elements('[?overlay]').forEach((element) => {
        if (!wanted.has(element.id())) element.remove();
      });
      const fresh = overlay.filter((element) => instance.getElementById(element.data.id!).empty());
      const partnersOf = (id: string) => overlay
        .filter((edge) => edge.group === 'edges' && (edge.data.source === id || edge.data.target === id))
        .map((edge) => instance.getElementById(edge.data.source === id ? edge.data.target! : edge.data.source!))
        .filter((partner) => partner.nonempty() && partner.data('alone') !== true)
        .map((partner) => partner.position());
      for (const node of fresh.filter((element) => element.group === 'nodes')) {
        const partners = partnersOf(node.data.id!);
        instance.add({ ...node, data: { ...node.data, overlay: true, alone: partners.length === 0 }, position: placeNear(partners, centre, instance.nodes('[?overlay]').length + added, 140) });
        added += 1;
      }
      instance.add(fresh.filter((element) => element.group === 'edges').map((edge) => ({ ...edge, data: { ...edge.data, overlay: true } })));
      // A newcomer first placed on its own moves beside its partners once it has some, then stays.
      instance.nodes('[?alone]').forEach((node) => {
        const partners = partnersOf(node.id());
        if (partners.length === 0) return;
        node.data('alone', false);
        node.position(placeNear(partners, centre, added, 140));
        added += 1;
      });
      // A graph actor the workshop names is ringed as well.
      instance.nodes('[!overlay]').forEach((node) => {
        node.toggleClass('workshop', node.connectedEdges('[?overlay]').nonempty());
      });
    });
    if (added > 0) instance.animate({ fit: { eles: instance.elements(), padding: 40 } }, { duration: 400 });
    container.current?.setAttribute('data-workshop-nodes', String(instance.nodes('.workshop').length));
    container.current?.setAttribute('data-workshop-links', String(instance.edges('.workshop').length));
  }, [overlay, base]);
  return <div ref={container} className="board-network" role="img" aria-label={label} />;
}
