import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, visit, type FragmentDefinitionNode, type ValidationRule, type ValueNode } from 'graphql';
import { COST_MODEL, operationCost, tooCostly } from './cost.js';

/**
 * What one GraphQL request may ask for (OWASP's GraphQL cheat sheet). Tuned so that every query of the explorer
 * and of the documentation passes with room to spare; a Neo4j connection hop (`…Connection { edges { node } }`)
 * counts three levels.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3_000,
  /** See cost.ts: lists times their size, relationships times an estimated fan-out. */
  maxCost: COST_MODEL.maxCost,
  /** The largest `first`, `limit` or `offset` a list may be asked for. */
  maxPageSize: 1_000,
} as const;

/** Our code for each kind of refusal. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'TOO_MANY_TOKENS' | 'QUERY_TOO_COSTLY' | 'PAGE_TOO_LARGE';

// graphql-armor names the limit in its message (exposeLimits); its errors carry no code of their own that says which.
const ARMOR_MESSAGES: Array<[RegExp, LimitCode]> = [
  [/^Syntax Error: Query depth limit of /, 'QUERY_TOO_DEEP'],
  [/^Syntax Error: Aliases limit of /, 'TOO_MANY_ALIASES'],
  [/^Syntax Error: Directives limit of /, 'TOO_MANY_DIRECTIVES'],
  // Tokens are counted by graphql-js's own parser (Apollo's parseOptions), which says so in its syntax error.
  [/^Syntax Error: Document contains more that \d+ tokens/, 'TOO_MANY_TOKENS'],
];

/** Which limit refused a request, from the error graphql-armor or our plugins gave; undefined for any other error. */
export function limitOf(message: string, extensions: Record<string, unknown> | undefined): LimitCode | undefined {
  if (extensions?.limit === 'PAGE_TOO_LARGE') return 'PAGE_TOO_LARGE';
  if (extensions?.code === 'QUERY_TOO_COSTLY') return 'QUERY_TOO_COSTLY';
  return ARMOR_MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
}

/**
 * graphql-armor's validation rules. Its token limit stays off: it re-parses in a plugin hook and turns every
 * syntax error into a validation failure; graphql-js's parser counts tokens itself (`parseOptions`, below).
 */
export function armor(production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    // Its cost counts fields, not what lists fetch: ours (cost.ts) runs once the variables are known.
    costLimit: { enabled: false },
    // Apollo already hides suggestions in production (hideSchemaDetailsFromClientErrors); this covers the rest.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor is typed against Apollo's CommonJS declarations, we import its ESM ones: the same objects at runtime.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}

/** For Apollo's `parseOptions`: the parser stops past this many tokens, before building any document. */
export const PARSE_OPTIONS = { maxTokens: LIMITS.maxTokens } as const;

const PAGE_ARGUMENTS = new Set(['first', 'limit', 'offset']);

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/**
 * Refuses `first: 99999999` and its kin before anything runs, rather than letting a list quietly stop at the
 * maximum: a researcher should know the page was cut.
 */
export function pageSizeLimit(max: number = LIMITS.maxPageSize): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          visit(document, {
            Argument(node) {
              if (!PAGE_ARGUMENTS.has(node.name.value)) return;
              const value = valueOf(node.value, variables);
              if (typeof value === 'number' && value > max) {
                throw new GraphQLError(
                  `${node.name.value} vaut au plus ${max}, reçu ${value} : paginez (after, offset). / ` +
                  `${node.name.value} is at most ${max}, got ${value}: page through the results.`,
                  { nodes: [node], extensions: { code: 'BAD_USER_INPUT', limit: 'PAGE_TOO_LARGE', http: { status: 400 } } },
                );
              }
            },
          });
        },
      };
    },
  };
}

/**
 * Refuses an operation whose estimated cost (cost.ts) is over the limit, once its variables are known and before
 * any Cypher runs: the explosive shapes (lists of lists of lists) stop here, ordinary pages pass. Every answer says
 * what it cost (`extensions.cost`), so that a researcher sees how close a query comes to the limit.
 */
export function costLimit(max: number = LIMITS.maxCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
          cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > max) throw tooCostly(cost, max);
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost, maxCost: max };
        },
      };
    },
  };
}
