import { lexicographicSortSchema, printSchema } from 'graphql';
import { createNeo4jGraphQL } from './neo4jGraphQL.js';

/** The full GraphQL API generated from the domain model, printed in a stable order. */
export async function printApiSchema(): Promise<string> {
  const schema = await createNeo4jGraphQL({ authorizationKey: 'codegen-only' }).getSchema();
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
