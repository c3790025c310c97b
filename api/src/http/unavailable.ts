import type { Response } from 'express';
import { ERROR_MESSAGES } from '../graphql/errors.js';

/**
 * The answer while Neo4j is known to be down, in GraphQL's error shape (the exports' clients read the same): 503
 * at once, with a hint to try again in a second rather than each request waiting out the driver's retries.
 */
export function refuseUnavailable(res: Response): void {
  res.status(503).setHeader('Retry-After', '1').json({ errors: [{ message: ERROR_MESSAGES.DATABASE_UNAVAILABLE, extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
}
