import type { Silo } from '@maillage/schema';
import type { ExportEdge, ExportFormat, ExportNode } from './types.js';
import { xml } from './xml.js';

// The explorer's Okabe–Ito silo colours, so Gephi opens the network as Maillage draws it.
const SILO_RGB: Record<Silo, [number, number, number]> = { PUBLIC: [0, 114, 178], PRIVATE: [230, 159, 0], POPULATION: [0, 158, 115] };

const NODE_ATTRIBUTES = [
  ['silo', 'string'], ['kind', 'string'], ['ptceRole', 'string'], ['essMember', 'boolean'], ['fictional', 'boolean'],
  ['sectors', 'string'], ['territory', 'string'], ['epci', 'string'], ['latitude', 'double'], ['longitude', 'double'],
] as const;
const EDGE_ATTRIBUTES = [['kind', 'string'], ['intensity', 'integer'], ['provenance', 'string'], ['confidence', 'double']] as const;

const declare = (kind: 'node' | 'edge', attributes: ReadonlyArray<readonly [string, string]>): string =>
  `<attributes class="${kind}">\n${attributes.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`).join('\n')}\n    </attributes>`;

const values = (pairs: Array<[string, string | number | boolean | null]>): string =>
  pairs.filter(([, value]) => value !== null && value !== '')
    .map(([id, value]) => `<attvalue for="${id}" value="${xml(value!)}"/>`).join('');

/**
 * GEXF 1.3, undirected and dynamic: each link carries its `start` and `end` dates (from since/until) so that Gephi's
 * timeline shows the network growing; nodes carry their attributes and their silo's colour.
 */
export const gexf: ExportFormat = {
  contentType: 'application/gexf+xml; charset=utf-8',
  extension: 'gexf',
  parts: { nodes: true, edges: true },
  head: ({ asOf, generatedAt }) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="${generatedAt.slice(0, 10)}">
    <creator>Maillage</creator>
    <description>${xml(asOf ? `Réseau de coopération au ${asOf} / Cooperation network on ${asOf}` : 'Réseau de coopération / Cooperation network')}</description>
  </meta>
  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
    ${declare('node', NODE_ATTRIBUTES)}
    ${declare('edge', EDGE_ATTRIBUTES)}
    <nodes>
`,
  node: (node: ExportNode) => {
    const [r, g, b] = SILO_RGB[node.silo];
    const attributes = values([
      ['silo', node.silo], ['kind', node.kind], ['ptceRole', node.ptceRole], ['essMember', node.essMember], ['fictional', node.fictional],
      ['sectors', node.sectors.join(';')], ['territory', node.territory], ['epci', node.epci], ['latitude', node.latitude], ['longitude', node.longitude],
    ]);
    return `      <node id="${xml(node.id)}" label="${xml(node.label)}"><attvalues>${attributes}</attvalues><viz:color r="${r}" g="${g}" b="${b}"/></node>\n`;
  },
  between: () => '    </nodes>\n    <edges>\n',
  edge: (edge: ExportEdge) => {
    const dates = `${edge.since ? ` start="${edge.since}"` : ''}${edge.until ? ` end="${edge.until}"` : ''}`;
    const attributes = values([['kind', edge.kind], ['intensity', edge.intensity], ['provenance', edge.provenance], ['confidence', edge.confidence]]);
    const weight = edge.intensity === null ? '' : ` weight="${edge.intensity}"`;
    return `      <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}"${weight}${dates}><attvalues>${attributes}</attvalues></edge>\n`;
  },
  tail: () => '    </edges>\n  </graph>\n</gexf>\n',
};
