import type { ExportEdge, ExportFormat, ExportNode } from './types.js';

/** Cytoscape.js's elements JSON: `cy.add(json.elements)` or Cytoscape desktop's "import network from file". */
export const cytoscapeJson: ExportFormat = {
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  parts: { nodes: true, edges: true },
  head: ({ asOf, generatedAt }) => `{"data":${JSON.stringify({ name: 'Maillage', asOf, generatedAt })},"elements":{"nodes":[`,
  node: (node: ExportNode, index: number) => `${index > 0 ? ',' : ''}\n${JSON.stringify({ data: node })}`,
  between: () => '\n],"edges":[',
  edge: (edge: ExportEdge, index: number) => `${index > 0 ? ',' : ''}\n${JSON.stringify({ data: edge })}`,
  tail: () => '\n]}}\n',
};

/**
 * The node-link JSON networkx reads with `nx.node_link_graph(data)` (networkx 3.4 and later; `edges="edges"`
 * names the list for older versions): undirected, a multigraph since two actors may share several links.
 */
export const nodeLinkJson: ExportFormat = {
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  parts: { nodes: true, edges: true },
  head: ({ asOf, generatedAt }) =>
    `{"directed":false,"multigraph":true,"graph":${JSON.stringify({ name: 'Maillage', asOf, generatedAt })},"nodes":[`,
  node: (node: ExportNode, index: number) => `${index > 0 ? ',' : ''}\n${JSON.stringify(node)}`,
  between: () => '\n],"edges":[',
  edge: (edge: ExportEdge, index: number) => `${index > 0 ? ',' : ''}\n${JSON.stringify({ ...edge, key: edge.id })}`,
  tail: () => '\n]}\n',
};
