import type { Driver } from 'neo4j-driver';
import { inlineEngine } from './engine/engine.js';
import { AnalyticsService } from './engine/service.js';
import { DEFAULT_SETTINGS } from './engine/state.js';
import { workerEngine } from './engine/workerEngine.js';
import { readProjection } from './projection/read.js';

export { AnalyticsService } from './engine/service.js';
export { analyticsFailure } from './graphql/failure.js';
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
  /** COVERAGE_MONTHS: how recent a review must be for an actor's links to count as known. */
  coverageMonths?: number;
}

export function createAnalytics({ driver, database, worker, timeoutMs, jobTimeoutMs, maxPending, graphVersion, coverageMonths = DEFAULT_SETTINGS.coverageMonths }: AnalyticsOptions): AnalyticsService {
  const settings = { coverageMonths };
  return new AnalyticsService({
    engine: worker ? workerEngine({ settings, ...(jobTimeoutMs ? { timeoutMs: jobTimeoutMs } : {}), ...(maxPending ? { maxPending } : {}) }) : inlineEngine(settings),
    readProjection: () => readProjection(driver, database, timeoutMs),
    graphVersion,
  });
}
