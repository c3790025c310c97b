import { parameterReader, readNetworkFilter, type NetworkFilter, type UrlParameters } from '@maillage/schema/network-filter';
import { UrlParamsError } from '../http/queryParams.js';

const JSON_FLAVOURS = ['cytoscape', 'node-link'] as const;

export interface ExportRequest {
  filter: NetworkFilter;
  jsonFlavour: (typeof JSON_FLAVOURS)[number];
}

export class ExportParamsError extends UrlParamsError {
  constructor(problems: string[]) {
    super("Paramètres d'export invalides / invalid export parameters", problems);
    this.name = 'ExportParamsError';
  }
}

/**
 * Checks an export's query string, naming each bad parameter and what it expects: the network filter's URL form
 * (the explorer's own, one reader for all), and the JSON flavour. Other parameters (layout, language) are ignored.
 */
export function parseExportParams(query: UrlParameters): ExportRequest {
  const { filter, problems } = readNetworkFilter(query);
  const format = parameterReader(query)('format');
  const jsonFlavour = JSON_FLAVOURS.find((flavour) => flavour === format);
  if (format !== undefined && !jsonFlavour) problems.push(`format: one of ${JSON_FLAVOURS.join(', ')}, got "${format}"`);
  if (problems.length > 0) throw new ExportParamsError(problems);
  return { filter, jsonFlavour: jsonFlavour ?? 'cytoscape' };
}
