import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';

const READY_TIMEOUT_MS = 2_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

/** What `/readyz` says when Neo4j does not answer: the driver's own words (hosts, users) stay in the logs. */
export const UNREADY_MESSAGE = 'Neo4j ne répond pas. / Neo4j does not answer.';

/** `/healthz`: the process answers. `/readyz`: Neo4j answers too, within two seconds. */
export function healthRoutes(driver: Driver, database: string, logger?: Logger): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await within(driver.executeQuery('RETURN 1', {}, { database }), READY_TIMEOUT_MS);
      res.json({ status: 'ready', neo4j: 'up' });
    } catch (error) {
      logger?.warn({ err: error }, 'readyz: Neo4j does not answer');
      res.status(503).json({ status: 'unready', neo4j: 'down', code: 'DATABASE_UNAVAILABLE', message: UNREADY_MESSAGE });
    }
  });
  return router;
}
