import type { Projection } from '../projection/types.js';
import { runQuery, type QueryArgs, type QueryName, type QueryResult } from './queries.js';
import { AnalyticsState } from './state.js';

/** Where the measures run: on the calling thread (tests, tiny graphs) or in a worker thread (the server). */
export interface AnalyticsEngine {
  /** Runs a query on the given graph version; `projection` is asked for only when the engine lacks that version. */
  run<Q extends QueryName>(version: number, projection: () => Promise<Projection>, name: Q, args: QueryArgs<Q>): Promise<QueryResult<Q>>;
  close(): Promise<void>;
}

export function inlineEngine(): AnalyticsEngine {
  let state: AnalyticsState | undefined;
  return {
    async run(version, projection, name, args) {
      if (state?.version !== version) state = new AnalyticsState(version, await projection());
      return runQuery(state, name, args);
    },
    async close() {
      state = undefined;
    },
  };
}
