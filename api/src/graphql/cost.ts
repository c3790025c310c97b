import {
  getNamedType, getNullableType, GraphQLError, isLeafType, isListType, isObjectType, Kind, valueFromAST,
  type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

/**
 * What a request is estimated to fetch: every object (a node, a link's edge, a result row) costs 1 for each time
 * it may be fetched, scalars are free. A list multiplies what it holds by its size: the `limit` or `first` it is
 * given (or its argument's default), else `rootListSize` for a list at the top of a query (every node type has
 * `@limit(max: 1000)`), else an estimated fan-out for a relationship or a result list.
 */
export const COST_MODEL = {
  maxCost: 50_000,
  rootListSize: 1_000,
  fanOut: 10,
  /** Relationships known to hold more than the usual fan-out: the actors of a territory or a sector. */
  fanOutOf: { 'Territory.actors': 20, 'Territory.parts': 20, 'Sector.actors': 20, 'Resource.offeredBy': 20, 'Resource.neededBy': 20 } as Record<string, number>,
} as const;

const PAGE_ARGUMENTS = ['limit', 'first'] as const;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The `limit` or `first` a field is given, through a variable or by its argument's default; undefined when none. */
function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number | undefined {
  for (const name of PAGE_ARGUMENTS) {
    const argument = definition.args.find((candidate) => candidate.name === name);
    if (!argument) continue;
    const node = field.arguments?.find((candidate) => candidate.name.value === name);
    const value = node ? valueFromAST(node.value, argument.type, variables) : argument.defaultValue;
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/** A Relay-style connection: its `edges` list is the page that `first` sizes. */
function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

function fieldCost(walk: Walk, field: FieldNode, parent: GraphQLNamedType, root: boolean, edgesSize: number | undefined): number {
  if (!isObjectType(parent)) return 0;
  const definition = parent.getFields()[field.name.value];
  if (!definition) return 0;
  const type = getNamedType(definition.type);
  if (isLeafType(type) || !field.selectionSet) return 0;
  const given = pageSize(field, definition, walk.variables);
  const fallback = root ? COST_MODEL.rootListSize : COST_MODEL.fanOutOf[`${parent.name}.${field.name.value}`] ?? COST_MODEL.fanOut;
  if (isConnection(type)) {
    // The connection itself is one object; its edges are the page.
    return 1 + selectionCost(walk, field.selectionSet, type, false, given ?? fallback);
  }
  const list = isListType(getNullableType(definition.type));
  const size = !list ? 1 : field.name.value === 'edges' && edgesSize !== undefined ? edgesSize : given ?? fallback;
  return size * (1 + selectionCost(walk, field.selectionSet, type, false, undefined));
}

function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType, root: boolean, edgesSize: number | undefined): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, selection, parent, root, edgesSize);
    } else {
      // Fragments: counted on the type they name (a spread of several types counts each, an overestimate).
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const on = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) ?? parent : parent;
      cost += selectionCost(walk, fragment.selectionSet, on, root, edgesSize);
    }
  }
  return cost;
}

/** The estimated cost of one operation of a validated document, with the request's variables. */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: readonly FragmentDefinitionNode[], variables: Record<string, unknown> = {}): number {
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!rootType) return 0;
  const walk: Walk = { schema, fragments: new Map(fragments.map((fragment) => [fragment.name.value, fragment])), variables };
  return Math.round(selectionCost(walk, operation.selectionSet, rootType, true, undefined));
}

/** The refusal of an operation over the limit, naming its cost, before any Cypher runs. */
export function tooCostly(cost: number, max: number = COST_MODEL.maxCost): GraphQLError {
  const [costText, maxText] = [cost, max].map((value) => value.toLocaleString('en-GB'));
  return new GraphQLError(
    `Requête trop coûteuse : coût estimé ${costText}, au plus ${maxText} (listes × leur taille, liens × ${COST_MODEL.fanOut}) ; ` +
    `demandez des pages plus petites ou moins de niveaux. / Query too costly: estimated cost ${costText}, at most ${maxText} ` +
    `(lists × their size, relationships × ${COST_MODEL.fanOut}); ask for smaller pages or fewer levels.`,
    { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: max, http: { status: 400 } } },
  );
}
