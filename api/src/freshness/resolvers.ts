import { GraphQLError } from 'graphql';
import { requireRole } from '../auth/index.js';
import { analyticsFailure, type AnalyticsContext } from '../analytics/index.js';
import type { RequestContext } from '../graphql/context.js';
import { freshnessDesk, MAX_DESK_LIMIT } from './desk.js';

export interface FreshnessContext extends Pick<RequestContext, 'viewer' | 'db'>, AnalyticsContext {
  /** COVERAGE_MONTHS: a record older than this is to be reviewed. */
  coverageMonths: number;
}

/** A limit out of range, refused before any work, in the words the other desk queries use. */
export function checkDeskLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DESK_LIMIT) {
    throw new GraphQLError(`limit doit être un entier entre 1 et ${MAX_DESK_LIMIT}, reçu ${limit}. / limit must be a whole number from 1 to ${MAX_DESK_LIMIT}, got ${limit}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'limit' },
    });
  }
}

/** `freshness`: the desk's "À revoir" list, for animators (people included: they see them). */
export const freshnessResolvers = {
  Query: {
    freshness: async (_root: unknown, { limit = 20 }: { limit?: number }, context: FreshnessContext) => {
      requireRole(context.viewer, 'animator', 'freshness');
      checkDeskLimit(limit);
      try {
        return await freshnessDesk(context, { coverageMonths: context.coverageMonths, limit });
      } catch (error) {
        throw analyticsFailure(error);
      }
    },
  },
};
