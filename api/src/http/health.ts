import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

const READY_TIMEOUT_MS = 2_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

/** `/healthz`: the process answers. `/readyz`: Neo4j answers too, within two seconds. */
export function healthRoutes(driver: Driver, database: string): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await within(driver.executeQuery('RETURN 1', {}, { database }), READY_TIMEOUT_MS);
      res.json({ status: 'ready', neo4j: 'up' });
    } catch (error) {
      res.status(503).json({ status: 'unready', neo4j: 'down', reason: (error as Error).message });
    }
  });
  return router;
}
