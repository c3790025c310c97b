import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { hasRole, roleRequired, type Viewer } from '../auth/index.js';
import type { AnalyticsService } from '../analytics/index.js';
import { refuse, refuseFailure } from '../http/refusals.js';
import { atomFeed } from './atom.js';
import { freshnessDesk, MAX_DESK_LIMIT } from './desk.js';
import { feedEntries } from './entries.js';
import { jsonFeed } from './jsonFeed.js';

export interface FreshnessRouteOptions {
  driver: Driver;
  database: string;
  analytics: AnalyticsService;
  coverageMonths: number;
  viewerOf(authorization: string | undefined): Promise<Viewer>;
}

const REFUSALS = {
  UNAUTHENTICATED: 'Flux « À revoir » : réservé aux animateurs ; envoyez votre jeton dans l’en-tête Authorization: Bearer <jeton> (mutation login). / Freshness feed: animators only; send your token in the header Authorization: Bearer <token> (login mutation).',
  FORBIDDEN: 'Flux « À revoir » : réservé aux animateurs, ce compte n’a pas ce rôle. / Freshness feed: animators only, this account does not have that role.',
};
const DEFAULT_LIMIT = 20;

/** `?limit=`: items per list, 1 to MAX_DESK_LIMIT; null when it is not one. */
function limitOf(value: unknown): number | null {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  return limit >= 1 && limit <= MAX_DESK_LIMIT ? limit : null;
}

/**
 * `/feeds/freshness.json` (JSON Feed 1.1) and `/feeds/freshness.atom` (Atom 1.0): the desk's "À revoir" list for
 * the animators' own tools, by their token only; no contact detail and no account address in either.
 */
export function freshnessRoute(options: FreshnessRouteOptions): Router {
  const router = Router();
  router.get(['/feeds/freshness.json', '/feeds/freshness.atom'], async (req, res) => {
    const viewer = await options.viewerOf(req.headers.authorization);
    if (!hasRole(viewer, 'animator')) {
      if (viewer.subject) return refuse(res, 403, 'FORBIDDEN', REFUSALS.FORBIDDEN);
      res.setHeader('WWW-Authenticate', 'Bearer realm="maillage"');
      // A token that came and did not count: why (expired, invalid, session ended), as GraphQL says it.
      const message = viewer.tokenProblem ? roleRequired('animator', req.path, false, viewer.tokenProblem).message : REFUSALS.UNAUTHENTICATED;
      return refuse(res, 401, 'UNAUTHENTICATED', message);
    }
    const limit = limitOf(req.query.limit);
    if (limit === null) {
      return refuse(res, 400, 'BAD_REQUEST', `limit doit être un entier entre 1 et ${MAX_DESK_LIMIT}. / limit must be a whole number from 1 to ${MAX_DESK_LIMIT}.`);
    }
    try {
      const now = new Date();
      const desk = await freshnessDesk({ db: { driver: options.driver, database: options.database }, analytics: options.analytics }, { coverageMonths: options.coverageMonths, limit, now });
      const meta = { origin: `${req.protocol}://${req.get('host')}`, updated: now.toISOString() };
      // Animators' data (people's names): kept by no cache on the way.
      res.setHeader('Cache-Control', 'private, no-store');
      if (req.path.endsWith('.atom')) res.type('application/atom+xml; charset=utf-8').send(atomFeed(feedEntries(desk), meta));
      else res.type('application/feed+json; charset=utf-8').send(JSON.stringify(jsonFeed(feedEntries(desk), meta)));
    } catch (error) {
      refuseFailure(req, res, error, { retryAfterSeconds: 5, what: 'freshness feed' });
    }
  });
  return router;
}
