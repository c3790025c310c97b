import { GraphQLError } from 'graphql';
import { ERROR_MESSAGES } from '../../graphql/errors.js';
import { AnalyticsInputError } from '../engine/errors.js';
import { AnalyticsBusyError, AnalyticsTimeoutError } from '../engine/workerEngine.js';

/** The analytics' own failures (bad input, busy, past their time) as coded GraphQL errors; anything else as it came. */
export function analyticsFailure(error: unknown): unknown {
  if (error instanceof AnalyticsInputError) return new GraphQLError(error.message, { extensions: { code: error.code } });
  if (error instanceof AnalyticsBusyError) return new GraphQLError(ERROR_MESSAGES.BUSY, { extensions: { code: 'BUSY', retryAfterSeconds: 5, http: { status: 503 } } });
  if (error instanceof AnalyticsTimeoutError) return new GraphQLError(ERROR_MESSAGES.QUERY_TIMEOUT, { extensions: { code: 'QUERY_TIMEOUT', http: { status: 503 } } });
  return error;
}
