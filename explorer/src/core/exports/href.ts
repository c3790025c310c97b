import type { Filters } from '../graph/filter.js';
import { DEFAULT_VIEW, serializeViewState } from '../url/viewState.js';

export const EXPORTS = [
  { file: 'network.gexf', key: 'gexf' },
  { file: 'network.graphml', key: 'graphml' },
  { file: 'network.json', key: 'cytoscape' },
  { file: 'network.json?format=node-link', key: 'nodeLink' },
  { file: 'nodes.csv', key: 'nodesCsv' },
  { file: 'edges.csv', key: 'edgesCsv' },
] as const;

export type ExportKey = (typeof EXPORTS)[number]['key'];

/** The export URL of the current view: the API reads the explorer's own filter parameters. */
export function exportHref(file: string, filters: Filters): string {
  const query = serializeViewState({ ...DEFAULT_VIEW, filters }).slice(1);
  if (!query) return `/export/${file}`;
  return `/export/${file}${file.includes('?') ? '&' : '?'}${query}`;
}
