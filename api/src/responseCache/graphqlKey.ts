import { Kind, OperationTypeNode, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { stableJson } from '../analytics/engine/service.js';
import { PARSE_OPTIONS } from '../graphql/limits.js';

/**
 * The root fields whose answer depends only on the graph (and the viewer's role): the graph's own types and the
 * analytics. Anything about a person's account, a workshop in progress or the moderation queue is left out: it
 * changes without the graph version moving.
 */
const GRAPH_READS = new Set([
  'actors', 'actorsConnection', 'sectors', 'sectorsConnection', 'resources', 'resourcesConnection', 'projects', 'projectsConnection',
  'territories', 'territoriesConnection', 'searchActors', 'changes', 'history',
  'network', 'networkStats', 'networkChanges', 'networkEvolution', 'siloMatrix', 'siloedActors', 'isolatedActors', 'brokers', 'centrality',
  'communities', 'linkSuggestions', 'resourceMatches', 'sectorGaps',
]);

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** What a query text comes to, worked out once per distinct text: its printed form, or why it is not kept. */
type Normalised = { printed: string } | { printed: null };

const normalisedTexts = new LRUCache<string, Normalised>({ max: 1_000 });

function chosenOperation(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((operation) => operation.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/** Whether a document's chosen operation is a query that reads the graph only (fragments are not followed: skipped). */
function readsTheGraphOnly(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== OperationTypeNode.QUERY) return false;
  return operation.selectionSet.selections.every((selection) =>
    selection.kind === Kind.FIELD && (GRAPH_READS.has(selection.name.value) || selection.name.value === '__typename'));
}

function normalise(query: string, operationName: string | undefined): Normalised {
  const textKey = `${operationName ?? ''}\n${query}`;
  const known = normalisedTexts.get(textKey);
  if (known) return known;
  let normalised: Normalised = { printed: null };
  try {
    const document = parse(query, PARSE_OPTIONS);
    // Printed, the same query written with other spacing, commas or comments shares one entry.
    if (readsTheGraphOnly(chosenOperation(document, operationName))) normalised = { printed: print(document) };
  } catch {
    // Not GraphQL: Apollo says why; nothing is kept.
  }
  normalisedTexts.set(textKey, normalised);
  return normalised;
}

/**
 * The cache key of a GraphQL request for a viewer of `roles`, or null when its answer must not be kept (a
 * mutation, a field outside the graph's reads, a text that does not parse).
 */
export function graphqlCacheKey(body: GraphQLRequestBody, roles: readonly string[]): string | null {
  if (typeof body.query !== 'string') return null;
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const { printed } = normalise(body.query, operationName);
  if (printed === null) return null;
  return `graphql|${[...roles].sort().join(',')}|${operationName ?? ''}|${stableJson(body.variables ?? {})}|${printed}`;
}
