// The analytics worker thread: keeps the latest graph version and answers queries on it, one at a time, so the
// API's event loop never waits for a betweenness or a Louvain run.
import { parentPort } from 'node:worker_threads';
import type { Audience } from '../projection/audience.js';
import type { Projection } from '../projection/types.js';
import { AnalyticsInputError, type AnalyticsErrorCode } from './errors.js';
import type { Text } from '../texts.js';
import { runQuery, type QueryName } from './queries.js';
import { AnalyticsState, type AnalyticsSettings } from './state.js';

export type WorkerRequest =
  | { id: number; type: 'load'; version: number; projection: Projection; settings: AnalyticsSettings }
  | { id: number; type: 'run'; version: number; name: QueryName; args: unknown; audience: Audience };

export type WorkerResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; stale?: true; message: string }
  | { id: number; ok: false; input: { code: AnalyticsErrorCode; text: Text } };

let state: AnalyticsState | undefined;

function handle(request: WorkerRequest): WorkerResponse {
  if (request.type === 'load') {
    state = new AnalyticsState(request.version, request.projection, request.settings);
    return { id: request.id, ok: true, result: null };
  }
  if (state?.version !== request.version) return { id: request.id, ok: false, stale: true, message: `version ${request.version} not loaded` };
  // The arguments were typed by the caller for this query name; the message channel only forgets it.
  return { id: request.id, ok: true, result: runQuery(state, request.name, request.args as never, request.audience) };
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    parentPort!.postMessage(handle(request));
  } catch (error) {
    if (error instanceof AnalyticsInputError) {
      parentPort!.postMessage({ id: request.id, ok: false, input: { code: error.code, text: error.text } } satisfies WorkerResponse);
      return;
    }
    parentPort!.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
