import { writeNetworkFilter } from '@maillage/schema/network-filter';
import { toNetworkFilter, type Filters } from '../graph/filter.js';

export const EXPORTS = [
  { file: 'network.gexf', key: 'gexf' },
  { file: 'network.graphml', key: 'graphml' },
  { file: 'network.json', key: 'cytoscape' },
  { file: 'network.json?format=node-link', key: 'nodeLink' },
  { file: 'nodes.csv', key: 'nodesCsv' },
  { file: 'edges.csv', key: 'edgesCsv' },
  { file: 'network.jsonld', key: 'jsonLd' },
] as const;

export type ExportKey = (typeof EXPORTS)[number]['key'];

/** The export URL of the current view: the network filter's URL form, which the API reads with the same reader. */
export function exportHref(file: string, filters: Filters): string {
  const query = writeNetworkFilter(toNetworkFilter(filters)).toString();
  if (!query) return `/export/${file}`;
  return `/export/${file}${file.includes('?') ? '&' : '?'}${query}`;
}
