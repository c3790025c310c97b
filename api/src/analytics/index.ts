import type { Driver } from 'neo4j-driver';
import { inlineEngine } from './engine/engine.js';
import { AnalyticsService } from './engine/service.js';
import { workerEngine } from './engine/workerEngine.js';
import { readProjection } from './projection/read.js';

export { AnalyticsService } from './engine/service.js';
export type { AnalyticsContext } from './graphql/resolver.js';

export interface AnalyticsOptions {
  driver: Driver;
  database: string;
  /** Measures in a worker thread (the server's default) or on the calling thread. */
  worker: boolean;
  /** Longest the projection's read transaction may run. */
  timeoutMs?: number;
  /** Longest one measure may run in the worker, and how many may wait. */
  jobTimeoutMs?: number;
  maxPending?: number;
  /** The graph version now committed: results are kept per version. */
  graphVersion: () => Promise<string>;
}

export function createAnalytics({ driver, database, worker, timeoutMs, jobTimeoutMs, maxPending, graphVersion }: AnalyticsOptions): AnalyticsService {
  return new AnalyticsService({
    engine: worker ? workerEngine({ ...(jobTimeoutMs ? { timeoutMs: jobTimeoutMs } : {}), ...(maxPending ? { maxPending } : {}) }) : inlineEngine(),
    readProjection: () => readProjection(driver, database, timeoutMs),
    graphVersion,
  });
}
