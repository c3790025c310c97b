import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { scalarResolvers } from './scalars.js';
import { typeDefs } from './typeDefs.js';

export interface ApiSchemaOptions {
  driver?: Driver;
  /** Secret (or JWKS settings) that verifies request JWTs; without it, only a decoded `context.jwt` counts. */
  authorizationKey?: string;
  /** Resolvers of the SDL's hand-written fields (e.g. the editing mutations), beside the scalars'. */
  resolvers?: Record<string, Record<string, unknown>>;
}

/** The one place where the domain model becomes the @neo4j/graphql API, for the server and for codegen alike. */
export function createNeo4jGraphQL({ driver, authorizationKey, resolvers = {} }: ApiSchemaOptions = {}): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs,
    resolvers: { ...scalarResolvers, ...resolvers },
    ...(driver ? { driver } : {}),
    features: {
      ...(authorizationKey ? { authorization: { key: authorizationKey } } : {}),
      // A new API: none of the library's deprecated aliases (e.g. `name_EQ` beside `name: { eq }`).
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
}
