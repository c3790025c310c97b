import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { ApolloServerPlugin } from '@apollo/server';
import { BUMP_GRAPH_VERSION, createNeo4jGraphQL } from '@maillage/schema';
import type { Driver } from 'neo4j-driver';
import type { AccountContext } from '../accounts/index.js';
import type { AnalyticsContext, AnalyticsService } from '../analytics/index.js';
import { editingResolvers, type EditingContext } from '../editing/index.js';
import { importResolvers, type ImportContext } from '../imports/index.js';
import { duplicateResolvers } from '../duplicates/index.js';
import { freshnessResolvers, type FreshnessContext } from '../freshness/index.js';
import { declarationResolvers, type DeclarationContext } from '../declarations/index.js';
import { privacyResolvers, type PrivacyContext } from '../privacy/index.js';
import { workshopResolvers, type WorkshopContext } from '../workshops/index.js';
import { mergeApiSchema } from './schema.js';
import { unwrapResolverError } from '@apollo/server/errors';
import { Kind, type FieldNode, type GraphQLSchema } from 'graphql';
import { changesTheGraph, writtenByTheLibrary } from './graphChanges.js';
import type { DatabaseAvailability } from '../db/availability.js';
import { classify, formatError } from './errors.js';
import { armor, costLimit, pageSizeLimit, PARSE_OPTIONS } from './limits.js';
import { accessRuleFieldsGuard } from './accessRuleFields.js';

export interface GraphQLContext extends AnalyticsContext, AccountContext, EditingContext, ImportContext, DeclarationContext, PrivacyContext, WorkshopContext, FreshnessContext {
  /** The request's verified claims, for @neo4j/graphql's rules; absent for the public. */
  jwt?: { sub: string; roles: string[] };
  sessionConfig: { database: string };
  /** @neo4j/graphql's transaction settings: a timeout, so that no query holds the database for long. */
  transaction: { timeout: number };
}

export interface ApolloOptions {
  driver: Driver;
  database: string;
  httpServer: Server;
  production: boolean;
  /** Verifies request JWTs (HS256). */
  jwtSecret: string;
  analytics: AnalyticsService;
  availability: DatabaseAvailability;
}

/** A successful mutation that changes the graph: the analytics forget what they computed before it. */
function invalidateAnalyticsOnWrite(analytics: AnalyticsService, driver: Driver, database: string): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, request }) {
          if (operation?.operation !== 'mutation') return;
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          const fields = operation.selectionSet.selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);
          if (failed) return;
          if (fields.some(writtenByTheLibrary)) await driver.executeQuery(BUMP_GRAPH_VERSION, {}, { database });
          if (fields.some((field) => changesTheGraph(field, request.variables ?? {}))) analytics.invalidate();
        },
      };
    },
  };
}

/** A request that finds Neo4j down tells the availability, so that the next ones are refused at once. */
function watchDatabase(availability: DatabaseAvailability): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          if (errors.some((error) => classify(unwrapResolverError(error)) === 'DATABASE_UNAVAILABLE')) availability.markDown();
        },
      };
    },
  };
}

/** Apollo Server over the @neo4j/graphql schema generated from `schema/`, merged with the analytics queries. */
export async function createApollo(options: ApolloOptions): Promise<{ apollo: ApolloServer<GraphQLContext>; schema: GraphQLSchema }> {
  const neoSchema = createNeo4jGraphQL({ driver: options.driver, authorizationKey: options.jwtSecret, resolvers: {
    Query: { ...editingResolvers.Query, ...importResolvers.Query, ...duplicateResolvers.Query, ...freshnessResolvers.Query, ...declarationResolvers.Query, ...privacyResolvers.Query, ...workshopResolvers.Query },
    Proposal: duplicateResolvers.Proposal,
    Mutation: { ...editingResolvers.Mutation, ...importResolvers.Mutation, ...declarationResolvers.Mutation, ...privacyResolvers.Mutation, ...workshopResolvers.Mutation },
  } });
  const schema = await mergeApiSchema(await neoSchema.getSchema());
  // The SDL's @fulltext index must be the one the migrations created: a mismatch stops start-up, not a request.
  await neoSchema.assertIndexesAndConstraints({ driver: options.driver, sessionConfig: { database: options.database } });
  const limits = armor(options.production);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: PARSE_OPTIONS,
    // A JSON array of operations is refused (400): one request, one operation, one cost to check.
    allowBatchedHttpRequests: false,
    formatError: formatError(options.production),
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    // main.ts owns shutdown (API, then driver, then database); Apollo's own handler would re-raise the signal
    // and kill the process before the database is stopped.
    stopOnTerminationSignals: false,
    // Apollo's own landing page loads from a CDN: the query page of Maillage will be served locally instead.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // HTTP caching is the response cache's (ETag by graph version): Apollo's no-store would forbid it.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      invalidateAnalyticsOnWrite(options.analytics, options.driver, options.database),
      watchDatabase(options.availability),
      ...(limits.plugins as ApolloServerPlugin<GraphQLContext>[]),
      pageSizeLimit(),
      costLimit(),
      accessRuleFieldsGuard(),
    ],
  });
  await apollo.start();
  return { apollo, schema };
}
