import { valueFromASTUntyped, type FieldNode } from 'graphql';

/**
 * The mutations that change what the analytics read (actors, links, resources, sectors, projects); an import only
 * when it is not a dry run. Signing in, declaring, accounts and embed views leave the graph as it was.
 */
const GRAPH_CHANGING = new Set(['saveActor', 'saveCooperation', 'saveResource', 'saveSector', 'saveProject', 'deleteEntity', 'restoreEntity', 'acceptProposal', 'eraseActor', 'importData', 'closeWorkshop']);

/**
 * Mutations @neo4j/graphql runs itself: it offers no hook inside their transaction, so the graph version is raised
 * just after they commit, before the answer goes (the saved embed views, which /embed/v/<name> serves).
 */
const WRITTEN_BY_THE_LIBRARY = new Set(['createEmbedViews', 'updateEmbedViews', 'deleteEmbedViews']);

export function writtenByTheLibrary(field: FieldNode): boolean {
  return WRITTEN_BY_THE_LIBRARY.has(field.name.value);
}

/** Whether a mutation's root field may change the graph, with the request's variables. */
export function changesTheGraph(field: FieldNode, variables: Record<string, unknown>): boolean {
  if (!GRAPH_CHANGING.has(field.name.value)) return false;
  if (field.name.value !== 'importData') return true;
  const dryRun = field.arguments?.find((argument) => argument.name.value === 'dryRun')?.value;
  // importData's dryRun defaults to true: only an explicit false writes.
  return dryRun !== undefined && valueFromASTUntyped(dryRun, variables) === false;
}

