import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalyticsResolver } from './resolver.js';

/** The analytics part of the API, code-first with type-graphql, to be merged with the generated schema. */
export function buildAnalyticsSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [AnalyticsResolver], validate: false });
}
