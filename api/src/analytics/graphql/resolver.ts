// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import type { RequestContext } from '../../graphql/context.js';
import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Float, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { audienceOf, requireRole } from '../../auth/index.js';
import { selectsField } from '../../graphql/selection.js';
import type { QueryArgs, QueryName, QueryResult } from '../engine/queries.js';
import type { AnalyticsService } from '../engine/service.js';
import { compactFilter } from '@maillage/schema/network-filter';
import { analyticsFailure } from './failure.js';
import { DateScalar, NetworkFilterInput } from './inputs.js';
import { NetworkResult } from './networkTypes.js';
import {
  ActorGapList, BrokersResult, CentralityResult, CommunitiesResult, LinkSuggestionResult, NetworkChangesResult, NetworkStatsResult,
  ResourceMatchList, SectorGapList, SiloMatrixResult, YearStatsResult,
} from './types.js';

export interface AnalyticsContext extends Pick<RequestContext, 'viewer'> {
  analytics: AnalyticsService;
}

/** People are personal data: only animators may ask for them among suggestions and matches. */
function checkPeople(context: AnalyticsContext, includePeople: boolean, where: string): void {
  if (includePeople) requireRole(context.viewer, 'animator', `${where}(includePeople: true)`);
}

export const MAX_LIMIT = 500;

export const FILTER = { nullable: true, description: "Le filtre de l'explorateur. / The explorer's filter." } as const;

/** Refuses a limit out of range with a message that names it, before any work is done. */
export function limit(name: string, value: number, max = MAX_LIMIT): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new GraphQLError(
      `${name} doit être un entier entre 1 et ${max}, reçu ${value}. / ${name} must be a whole number from 1 to ${max}, got ${value}.`,
      { extensions: { code: 'BAD_USER_INPUT', argumentName: name } },
    );
  }
  return value;
}

export async function ask<Q extends QueryName>(context: AnalyticsContext, name: Q, args: QueryArgs<Q>): Promise<QueryResult<Q>> {
  try {
    return await context.analytics.query(name, args, audienceOf(context.viewer));
  } catch (error) {
    throw analyticsFailure(error);
  }
}

/** A list of actors, cut to `count`, with the coverage of the selection it was drawn from. */
async function gapList(context: AnalyticsContext, name: 'isolatedActors' | 'siloedActors', filter: NetworkFilterInput | undefined, count: number): Promise<ActorGapList> {
  const args = { filter: compactFilter(filter) };
  const [gaps, coverage] = await Promise.all([ask(context, name, args), ask(context, 'coverage', args)]);
  return { total: gaps.length, actors: gaps.slice(0, count), coverage };
}

/** The cooperation-gap analytics: hand-written queries beside the generated CRUD API. */
@Resolver()
export class AnalyticsResolver {
  @Query(() => NetworkResult, {
    description: "Le réseau sélectionné en une réponse compacte (chaque lien une fois), pour l'explorateur et les exports. / The selected network, compact.",
  })
  async network(
    @Ctx() context: AnalyticsContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
  ): Promise<NetworkResult> {
    // The layout costs a ForceAtlas2 run on a new graph version: only for those who ask for it.
    const withLayout = selectsField(info, 'layout');
    const { actors, links, sectors, territories, layout } = await ask(context, 'network', { filter: compactFilter(filter), ...(withLayout ? { withLayout } : {}) });
    return {
      layout: layout ?? null,
      actors: actors.map(({ sectors: sectorIds, territories: territoryIds, offers: _offers, needs: _needs, ...actor }) => ({ ...actor, sectorIds, territoryIds })),
      links,
      sectors,
      territories,
    };
  }

  @Query(() => SiloMatrixResult, { description: 'La matrice des liens entre silos, densités et indices E-I. / Links between silos, densities and E-I indices.' })
  siloMatrix(@Ctx() context: AnalyticsContext, @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput): Promise<QueryResult<'siloMatrix'>> {
    return ask(context, 'siloMatrix', { filter: compactFilter(filter) });
  }

  @Query(() => ActorGapList, { description: 'Les acteurs sans aucun lien. / Actors with no link.' })
  async isolatedActors(
    @Ctx() context: AnalyticsContext,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 100 }) count = 100,
  ): Promise<ActorGapList> {
    limit('limit', count);
    return gapList(context, 'isolatedActors', filter, count);
  }

  @Query(() => ActorGapList, { description: 'Les acteurs dont tous les liens restent dans leur silo. / Actors whose links all stay within their silo.' })
  async siloedActors(
    @Ctx() context: AnalyticsContext,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 100 }) count = 100,
  ): Promise<ActorGapList> {
    limit('limit', count);
    return gapList(context, 'siloedActors', filter, count);
  }

  @Query(() => SectorGapList, { description: 'Secteurs (et secteur × territoire) où plusieurs silos sont présents sans coopérer. / Sectors where silos meet without cooperating.' })
  sectorGaps(
    @Ctx() context: AnalyticsContext,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 50 }) count = 50,
    @Arg('minActors', () => Int, { defaultValue: 3, description: 'Taille minimale. / Smallest group.' }) minActors = 3,
    @Arg('belowAverage', () => Float, { defaultValue: 0.5, description: 'Seuil, en part de la moyenne. / Threshold, as a share of the average.' }) belowAverage = 0.5,
  ): Promise<QueryResult<'sectorGaps'>> {
    limit('limit', count);
    limit('minActors', minActors, 1000);
    if (!(belowAverage > 0 && belowAverage <= 1)) {
      throw new GraphQLError(`belowAverage doit être dans ]0, 1], reçu ${belowAverage}. / belowAverage must be in (0, 1], got ${belowAverage}.`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'belowAverage' },
      });
    }
    return ask(context, 'sectorGaps', { filter: compactFilter(filter), limit: count, minActors, belowAverage });
  }

  @Query(() => ResourceMatchList, { description: "Offres et besoins qui se répondent entre acteurs sans lien ni partenaire commun. / Offers meeting needs between actors not yet connected." })
  resourceMatches(
    @Ctx() context: AnalyticsContext,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 50 }) count = 50,
    @Arg('includePeople', () => Boolean, { defaultValue: false, description: 'Inclure les personnes (données personnelles). / Include people.' }) includePeople = false,
  ): Promise<QueryResult<'resourceMatches'>> {
    limit('limit', count);
    checkPeople(context, includePeople, 'resourceMatches');
    return ask(context, 'resourceMatches', { filter: compactFilter(filter), limit: count, includePeople });
  }

  @Query(() => BrokersResult, { description: "Passeurs (intermédiarité, exacte ou échantillonnée) et liens-ponts. / Brokers by betweenness, and bridges." })
  brokers(
    @Ctx() context: AnalyticsContext,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 20 }) count = 20,
  ): Promise<QueryResult<'brokers'>> {
    limit('limit', count);
    return ask(context, 'brokers', { filter: compactFilter(filter), limit: count });
  }

  @Query(() => CentralityResult, { description: "L'intermédiarité de chaque acteur de la sélection. / Every actor's betweenness." })
  centrality(@Ctx() context: AnalyticsContext, @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput): Promise<QueryResult<'centrality'>> {
    return ask(context, 'centrality', { filter: compactFilter(filter) });
  }

  @Query(() => CommunitiesResult, { description: 'Communautés de Louvain et leur mélange de silos. / Louvain communities and how they mix silos.' })
  communities(
    @Ctx() context: AnalyticsContext,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('resolution', () => Float, { defaultValue: 1, description: '> 1 : plus petites ; < 1 : plus grandes. / > 1 smaller, < 1 larger.' }) resolution = 1,
  ): Promise<QueryResult<'communities'>> {
    if (!(resolution > 0 && resolution <= 10)) {
      throw new GraphQLError(`resolution doit être dans ]0, 10], reçu ${resolution}. / resolution must be in (0, 10], got ${resolution}.`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'resolution' },
      });
    }
    return ask(context, 'communities', { filter: compactFilter(filter), resolution });
  }

  @Query(() => [LinkSuggestionResult], { description: "Coopérations à proposer à un acteur, avec leurs raisons. / Cooperations to propose to one actor, with reasons." })
  linkSuggestions(
    @Ctx() context: AnalyticsContext,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
    @Arg('limit', () => Int, { defaultValue: 10 }) count = 10,
    @Arg('includePeople', () => Boolean, { defaultValue: false, description: 'Proposer aussi des personnes (données personnelles). / Also suggest people.' }) includePeople = false,
  ): Promise<QueryResult<'linkSuggestions'>> {
    limit('limit', count);
    checkPeople(context, includePeople, 'linkSuggestions');
    return ask(context, 'linkSuggestions', { filter: compactFilter(filter), actorId, limit: count, includePeople });
  }

  @Query(() => NetworkStatsResult, { description: 'Acteurs, liens, densité, composantes, clustering, part des liens entre silos. / Network statistics.' })
  networkStats(@Ctx() context: AnalyticsContext, @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput): Promise<QueryResult<'networkStats'>> {
    return ask(context, 'networkStats', { filter: compactFilter(filter) });
  }

  @Query(() => [YearStatsResult], { description: "Les statistiques année par année, d'après les dates des liens. / The statistics year by year, from link dates." })
  networkEvolution(@Ctx() context: AnalyticsContext, @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput): Promise<QueryResult<'networkEvolution'>> {
    return ask(context, 'networkEvolution', { filter: compactFilter(filter), today: new Date().toISOString().slice(0, 10) });
  }

  @Query(() => NetworkChangesResult, { description: 'Ce qui a changé entre deux dates, pour un comité de pilotage. / What changed between two dates.' })
  networkChanges(
    @Ctx() context: AnalyticsContext,
    @Arg('from', () => DateScalar) from: { toString(): string },
    @Arg('to', () => DateScalar) to: { toString(): string },
    @Arg('filter', () => NetworkFilterInput, FILTER) filter?: NetworkFilterInput,
  ): Promise<QueryResult<'networkChanges'>> {
    const [start, end] = [String(from), String(to)];
    if (start > end) {
      throw new GraphQLError(`from (${start}) doit précéder to (${end}). / from (${start}) must come before to (${end}).`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'from' },
      });
    }
    return ask(context, 'networkChanges', { filter: compactFilter(filter), from: start, to: end });
  }
}
