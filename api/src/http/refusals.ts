import type { Request, Response } from 'express';
import { AnalyticsBusyError, AnalyticsTimeoutError } from '../analytics/engine/workerEngine.js';
import { classify, ERROR_MESSAGES } from '../graphql/errors.js';
import { QueueFullError } from '../work/queue.js';

// The HTTP routes beside GraphQL (exports, report, feeds) refuse in GraphQL's error shape, so that one client reads
// both: `{ errors: [{ message, extensions: { code } }] }`, the message in French then English.

export function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The answer while Neo4j is known to be down: 503 at once, with a hint to try again in a second rather than each
 * request waiting out the driver's retries.
 */
export function refuseUnavailable(res: Response): void {
  res.setHeader('Retry-After', '1');
  refuse(res, 503, 'DATABASE_UNAVAILABLE', ERROR_MESSAGES.DATABASE_UNAVAILABLE);
}

/**
 * A route's work failed: too much waiting (its queue, the analytics') → 503 BUSY with `Retry-After`; a measure or
 * a read past its time, or the database down → 503 with that code; anything else is logged as `what` and is a 500
 * that says nothing of the database.
 */
export function refuseFailure(req: Request, res: Response, error: unknown, { retryAfterSeconds, what }: { retryAfterSeconds: number; what: string }): void {
  if (error instanceof QueueFullError || error instanceof AnalyticsBusyError) {
    res.setHeader('Retry-After', String(retryAfterSeconds));
    return refuse(res, 503, 'BUSY', ERROR_MESSAGES.BUSY);
  }
  if (error instanceof AnalyticsTimeoutError) return refuse(res, 503, 'QUERY_TIMEOUT', ERROR_MESSAGES.QUERY_TIMEOUT);
  const code = classify(error);
  if (code === 'DATABASE_UNAVAILABLE' || code === 'QUERY_TIMEOUT') return refuse(res, 503, code, ERROR_MESSAGES[code]);
  req.log.error({ err: error }, `${what} failed`);
  refuse(res, 500, 'INTERNAL_SERVER_ERROR', ERROR_MESSAGES.INTERNAL_SERVER_ERROR);
}
