import type { Projection } from '../projection/types.js';
import type { Audience } from '../projection/audience.js';
import { runQuery, type QueryArgs, type QueryName, type QueryResult } from './queries.js';
import { AnalyticsState, DEFAULT_SETTINGS, type AnalyticsSettings } from './state.js';

/** Where the measures run: on the calling thread (tests, tiny graphs) or in a worker thread (the server). */
export interface AnalyticsEngine {
  /** Runs a query on the given graph version; `projection` is asked for only when the engine lacks that version. */
  run<Q extends QueryName>(version: number, projection: () => Promise<Projection>, name: Q, args: QueryArgs<Q>, audience: Audience): Promise<QueryResult<Q>>;
  close(): Promise<void>;
}

export function inlineEngine(settings: AnalyticsSettings = DEFAULT_SETTINGS): AnalyticsEngine {
  let state: AnalyticsState | undefined;
  return {
    async run(version, projection, name, args, audience) {
      if (state?.version !== version) state = new AnalyticsState(version, await projection(), settings);
      return runQuery(state, name, args, audience);
    },
    async close() {
      state = undefined;
    },
  };
}
