import type { ExportEdge, ExportFormat, ExportNode } from './types.js';
import { xml } from './xml.js';

const NODE_KEYS = [
  ['label', 'string'], ['silo', 'string'], ['kind', 'string'], ['ptceRole', 'string'], ['essMember', 'boolean'], ['fictional', 'boolean'],
  ['sectors', 'string'], ['territory', 'string'], ['epci', 'string'], ['latitude', 'double'], ['longitude', 'double'],
] as const;
const EDGE_KEYS = [
  ['kind', 'string'], ['since', 'string'], ['until', 'string'], ['intensity', 'int'], ['provenance', 'string'], ['confidence', 'double'],
] as const;

const data = (prefix: 'n' | 'e', pairs: Array<[string, string | number | boolean | null]>): string =>
  pairs.filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => `<data key="${prefix}_${key}">${xml(value!)}</data>`).join('');

/** GraphML with typed keys (networkx `read_graphml`, igraph `read_graph(format="graphml")`, Gephi, yEd). */
export const graphml: ExportFormat = {
  contentType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  parts: { nodes: true, edges: true },
  head: ({ asOf }) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`).join('\n')}
${EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`).join('\n')}
  <key id="g_asOf" for="graph" attr.name="asOf" attr.type="string"/>
  <graph id="maillage" edgedefault="undirected">
${asOf ? `    <data key="g_asOf">${xml(asOf)}</data>\n` : ''}`,
  node: (node: ExportNode) => `    <node id="${xml(node.id)}">${data('n', [
    ['label', node.label], ['silo', node.silo], ['kind', node.kind], ['ptceRole', node.ptceRole], ['essMember', node.essMember],
    ['fictional', node.fictional], ['sectors', node.sectors.join(';')], ['territory', node.territory], ['epci', node.epci],
    ['latitude', node.latitude], ['longitude', node.longitude],
  ])}</node>\n`,
  edge: (edge: ExportEdge) => `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data('e', [
    ['kind', edge.kind], ['since', edge.since], ['until', edge.until], ['intensity', edge.intensity], ['provenance', edge.provenance], ['confidence', edge.confidence],
  ])}</edge>\n`,
  tail: () => '  </graph>\n</graphml>\n',
};
