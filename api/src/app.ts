import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config/config.js';
import { AccountService, sessionCheck } from './accounts/index.js';
import { createViewerResolver } from './auth/index.js';
import { createAnalytics } from './analytics/index.js';
import { EditingService, journalRoute } from './editing/index.js';
import { Throttle } from './db/throttle.js';
import { DatabaseAvailability } from './db/availability.js';
import { embedRoutes } from './embed/index.js';
import { exportRoutes } from './exports/index.js';
import { reportRoutes } from './reports/index.js';
import { freshnessRoute } from './freshness/index.js';
import { createApollo } from './graphql/apollo.js';
import type { Logger } from './logger.js';
import { healthRoutes } from './http/health.js';
import { requestId } from './http/requestId.js';
import { refuseUnavailable } from './http/refusals.js';
import { WorkQueue } from './work/queue.js';
import { mapOrigins, mapRoutes } from './map/index.js';
import { WorkshopPulses, workshopStream } from './workshops/index.js';
import { GraphVersionClock } from './graphVersion/index.js';
import { getCache, graphqlCache, ResponseStore, viewerOnce } from './responseCache/index.js';
import { compressAnswers } from './http/compression.js';
import { readGraphVersion } from '@maillage/schema';

export const explorerDist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'explorer', 'dist');

export interface App {
  server: Server;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  stop(): Promise<void>;
}

/** Turns body-parser refusals (too large, bad JSON) into a 4xx with a message instead of a stack trace. */
const clientErrors: ErrorRequestHandler = (error: { status?: number; type?: string; message?: string }, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) req.log.error({ err: error }, 'unhandled error');
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  const message = status === 413
    ? 'Requête trop volumineuse. / Request body too large.'
    : status === 500 ? 'Erreur interne. / Internal error.' : `Requête invalide. / Bad request: ${error.message ?? ''}`;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

export async function createApp(config: Config, driver: Driver, logger: Logger): Promise<App> {
  const app = express();
  const server = createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestId(logger));
  app.use(compressAnswers());
  // No page may be framed, old browsers included; the embed routes replace this with their own policy. No answer
  // is sniffed into another type (an export read as HTML), and other sites see no more than our origin as referrer.
  app.use((_req, res, next) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  });
  app.use(healthRoutes(driver, config.NEO4J_DATABASE, logger));
  // While Neo4j is known to be down, requests that need it are refused at once rather than each waiting.
  const availability = new DatabaseAvailability(driver, config.NEO4J_DATABASE);
  app.use(['/graphql', '/export', '/report.html', '/report.pdf', '/feeds'], (_req, res, next) => {
    if (availability.up) return next();
    refuseUnavailable(res);
  });

  const clock = new GraphVersionClock(() => readGraphVersion(driver, config.NEO4J_DATABASE));
  const responses = new ResponseStore({ maxBytes: config.RESPONSE_CACHE_MB * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 });
  const analytics = createAnalytics({
    driver, graphVersion: () => clock.now(), database: config.NEO4J_DATABASE, worker: config.ANALYTICS_WORKER, timeoutMs: config.EXPORT_TIMEOUT_MS,
    jobTimeoutMs: config.ANALYTICS_TIMEOUT_MS, maxPending: config.ANALYTICS_QUEUE, coverageMonths: config.COVERAGE_MONTHS,
  });
  // Without a configured secret, one nobody knows: every token is refused rather than trusted unverified.
  const jwtSecret = config.JWT_SECRET ?? randomBytes(32).toString('hex');
  const accounts = new AccountService({ driver, database: config.NEO4J_DATABASE, jwtSecret, tokenTtlSeconds: config.TOKEN_TTL_SECONDS });
  if (!config.JWT_SECRET) logger.warn('JWT_SECRET is not set: no request can carry a role, contact details stay hidden');
  const editing = new EditingService(driver, config.NEO4J_DATABASE);
  const declarationThrottle = new Throttle(driver, config.NEO4J_DATABASE, { name: 'declare', maxEvents: config.DECLARATION_RATE_LIMIT, windowMs: 60 * 60_000 });
  // Counted in Neo4j, as every limit: a room's phones may reach different API processes.
  const workshopJoinThrottle = new Throttle(driver, config.NEO4J_DATABASE, { name: 'workshop-join', maxEvents: config.WORKSHOP_JOIN_RATE_LIMIT, windowMs: 60_000 });
  const workshopEntryThrottle = new Throttle(driver, config.NEO4J_DATABASE, { name: 'workshop-entry', maxEvents: config.WORKSHOP_ENTRY_RATE_LIMIT, windowMs: 60_000 });
  const viewerOf = createViewerResolver({ secret: jwtSecret, checkSession: sessionCheck(driver, config.NEO4J_DATABASE), ...(config.oidc ? { oidc: config.oidc } : {}) });
  const { apollo, schema } = await createApollo({
    driver,
    database: config.NEO4J_DATABASE,
    httpServer: server,
    production: config.NODE_ENV === 'production',
    jwtSecret,
    analytics,
    availability,
  });
  // Before /graphql's own middleware, which would take /graphql/stream for itself.
  const workshopPulses = new WorkshopPulses(driver, config.NEO4J_DATABASE, config.WORKSHOP_LIVE_POLL_MS);
  app.use(workshopStream({ schema, driver, database: config.NEO4J_DATABASE, pulses: workshopPulses }));
  app.use(
    '/graphql',
    cors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false }),
    express.json({ limit: config.BODY_LIMIT }),
    graphqlCache(clock, responses, viewerOf, () => availability.markDown()),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = await viewerOnce(req, viewerOf);
        return {
          viewer,
          // Verified here (signature, expiry, revocation): @neo4j/graphql takes `jwt` as already trusted.
          ...(viewer.subject ? { jwt: { sub: viewer.subject, roles: viewer.roles } } : {}),
          sessionConfig: { database: config.NEO4J_DATABASE },
          transaction: { timeout: config.QUERY_TIMEOUT_MS },
          db: { driver, database: config.NEO4J_DATABASE },
          analytics,
          coverageMonths: config.COVERAGE_MONTHS,
          accounts,
          editing,
          declarationThrottle,
          workshopJoinThrottle,
          workshopEntryThrottle,
          ...(typeof req.headers['x-workshop-session'] === 'string' ? { workshopSession: req.headers['x-workshop-session'] } : {}),
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        };
      },
    }),
  );

  const keptGets = getCache(clock, responses, viewerOf, () => availability.markDown());
  app.use('/export', keptGets);
  app.use(mapRoutes({ styleUrl: config.MAP_STYLE_URL ?? null }));
  app.use(embedRoutes({ analytics, driver, database: config.NEO4J_DATABASE, dist: explorerDist, frameAncestors: config.EMBED_FRAME_ANCESTORS, rateLimit: Math.ceil(config.EMBED_RATE_LIMIT / config.API_PROCESSES), mapOrigins: mapOrigins(config.MAP_STYLE_URL ?? null), logger, cache: keptGets }));
  app.use(journalRoute({ driver, database: config.NEO4J_DATABASE, viewerOf }));
  const exportQueue = new WorkQueue(config.EXPORT_CONCURRENCY, config.EXPORT_QUEUE);
  app.use(exportRoutes({ driver, database: config.NEO4J_DATABASE, timeoutMs: config.EXPORT_TIMEOUT_MS, logger, viewerOf, queue: exportQueue }));
  app.use(freshnessRoute({ driver, database: config.NEO4J_DATABASE, analytics, coverageMonths: config.COVERAGE_MONTHS, viewerOf }));
  app.use(reportRoutes({ analytics, viewerOf, queue: new WorkQueue(config.REPORT_CONCURRENCY, config.REPORT_QUEUE), chromium: config.CHROMIUM_PATH, logger }));
  // The short address a workshop's QR code carries: /a/<code>, to the participants' page.
  app.get('/a/:code', (req, res) => res.redirect(302, `/atelier.html?code=${encodeURIComponent(req.params.code.slice(0, 12))}`));
  if (existsSync(explorerDist)) app.use(express.static(explorerDist));
  else logger.warn({ explorerDist }, 'explorer not built: run `npm run build -w @maillage/explorer`');
  app.use(clientErrors);

  return {
    server,
    async stop() {
      workshopPulses.close();
      await apollo.stop();
      await analytics.close();
      availability.close();
    },
  };
}
