import { Worker } from 'node:worker_threads';
import type { Projection } from '../projection/types.js';
import type { AnalyticsEngine } from './engine.js';
import { AnalyticsInputError } from './errors.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export class AnalyticsWorkerError extends Error {
  constructor(message: string, readonly stale = false) {
    super(message);
    this.name = 'AnalyticsWorkerError';
  }
}

/**
 * Runs the measures in one worker thread. The worker keeps one graph version; the first query on a new version
 * sends it the projection (a structured clone, once), later ones only their arguments.
 */
export function workerEngine(): AnalyticsEngine {
  // The project runs TypeScript through tsx; a worker thread does not inherit its loader, so worker.mjs registers it.
  const worker = new Worker(new URL('./worker.mjs', import.meta.url));
  worker.unref();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let loaded: { version: number; promise: Promise<unknown> } | undefined;

  worker.on('message', (response: WorkerResponse) => {
    const call = pending.get(response.id);
    pending.delete(response.id);
    if (!call) return;
    if (response.ok) call.resolve(response.result);
    else if ('input' in response) call.reject(new AnalyticsInputError(response.input.code, response.input.text));
    else call.reject(new AnalyticsWorkerError(response.message, response.stale === true));
  });
  const failAll = (error: Error): void => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    loaded = undefined;
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new AnalyticsWorkerError(`the analytics worker stopped (exit code ${code})`)));

  const call = (request: Request): Promise<unknown> => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...request, id });
  });
  const ensureLoaded = async (version: number, projection: () => Promise<Projection>): Promise<void> => {
    if (loaded?.version !== version) {
      const promise = projection().then((data) => call({ type: 'load', version, projection: data }));
      loaded = { version, promise };
    }
    await loaded.promise;
  };

  return {
    async run(version, projection, name, args) {
      await ensureLoaded(version, projection);
      try {
        return (await call({ type: 'run', version, name, args })) as never;
      } catch (error) {
        // Another request loaded a newer version meanwhile: load ours again and ask once more.
        if (!(error instanceof AnalyticsWorkerError && error.stale)) throw error;
        loaded = undefined;
        await ensureLoaded(version, projection);
        return (await call({ type: 'run', version, name, args })) as never;
      }
    },
    async close() {
      await worker.terminate();
    },
  };
}
