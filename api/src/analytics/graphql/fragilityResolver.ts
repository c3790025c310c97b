// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { compactFilter } from '@maillage/schema/network-filter';
import type { QueryResult } from '../engine/queries.js';
import { FragilityResult, WhatIfResult } from './fragilityTypes.js';
import { NetworkFilterInput } from './inputs.js';
import { ask, FILTER, limit, type AnalyticsContext } from './resolver.js';
import { CoverageResult } from './types.js';

/** Actors one what-if may remove at once: enough for "if these partners closed", small enough to say who. */
export const MAX_REMOVED = 50;

/** Where the selection's cooperation is fragile, what an actor's departure would do, and how sure each figure is. */
@Resolver()
export class FragilityResolver {
  @Query(() => FragilityResult, {
    description: "Points d'articulation et ponts, trous structuraux, mélange par silo et par nature, k-cœurs. / Cut points and bridges, structural holes, mixing, k-cores.",
  })
  fragility(
    @Ctx() context: AnalyticsContext,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 20 }) count = 20,
  ): Promise<QueryResult<'fragility'>> {
    limit('limit', count);
    return ask(context, 'fragility', { filter: compactFilter(filter), limit: count });
  }

  @Query(() => WhatIfResult, {
    description: "Et si ces acteurs partaient : morceaux, acteurs coupés, liens perdus, silos après, qui prendrait le relais. / What if these actors left.",
  })
  withoutActors(
    @Ctx() context: AnalyticsContext,
    @Arg('actorIds', () => [ID], { description: 'Les acteurs qui partiraient (1 à 50). / The actors who would leave (1 to 50).' }) actorIds: string[],
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 10 }) count = 10,
  ): Promise<QueryResult<'withoutActors'>> {
    limit('limit', count);
    const ids = [...new Set(actorIds)];
    if (ids.length < 1 || ids.length > MAX_REMOVED) {
      throw new GraphQLError(
        `actorIds doit nommer de 1 à ${MAX_REMOVED} acteurs, reçu ${ids.length}. / actorIds must name 1 to ${MAX_REMOVED} actors, got ${ids.length}.`,
        { extensions: { code: 'BAD_USER_INPUT', argumentName: 'actorIds' } },
      );
    }
    return ask(context, 'withoutActors', { filter: compactFilter(filter), actorIds: ids.sort(), limit: count });
  }

  @Query(() => CoverageResult, { description: "La couverture des données d'une sélection. / How much of a selection's cooperation is known." })
  coverage(@Ctx() context: AnalyticsContext, @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput): Promise<QueryResult<'coverage'>> {
    return ask(context, 'coverage', { filter: compactFilter(filter) });
  }
}
