import { mergeSchemas } from '@graphql-tools/schema';
import { createNeo4jGraphQL, liveTypeDefs } from '@maillage/schema';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { workshopLiveResolvers } from '../workshops/index.js';
import { buildHandwrittenSchema } from './handwritten.js';

/**
 * The whole API: @neo4j/graphql's schema generated from the SDL, merged with the hand-written half (type-graphql)
 * and the live events (served over SSE, api/src/workshops/stream.ts).
 */
export async function mergeApiSchema(generated: GraphQLSchema): Promise<GraphQLSchema> {
  return mergeSchemas({ schemas: [generated, await buildHandwrittenSchema()], typeDefs: liveTypeDefs, resolvers: workshopLiveResolvers });
}

/** The whole API as clients see it, printed in a stable order: what the explorer's operations are typed from. */
export async function printWholeSchema(): Promise<string> {
  const generated = await createNeo4jGraphQL({ authorizationKey: 'codegen-only' }).getSchema();
  return printSchema(lexicographicSortSchema(await mergeApiSchema(generated))) + '\n';
}
