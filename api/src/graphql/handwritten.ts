import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../accounts/index.js';
import { FragilityResolver } from '../analytics/graphql/fragilityResolver.js';
import { AnalyticsResolver } from '../analytics/graphql/resolver.js';

/** The hand-written part of the API (type-graphql): the analytics and signing in, merged with the generated part. */
export function buildHandwrittenSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [AnalyticsResolver, FragilityResolver, AccountResolver], validate: false });
}
