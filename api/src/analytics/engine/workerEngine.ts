import { Worker } from 'node:worker_threads';
import type { Projection } from '../projection/types.js';
import { DEFAULT_SETTINGS, type AnalyticsSettings } from './state.js';
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

export interface WorkerEngineOptions {
  /** Queries waiting or running at once; one more is refused at once (`AnalyticsBusyError`) rather than queued. */
  maxPending?: number;
  /** Longest one query (or loading a graph version) may take; past it the worker is restarted. */
  timeoutMs?: number;
  settings?: AnalyticsSettings;
}

/** Too many analytics queries wait already: the caller says "busy, try again". */
export class AnalyticsBusyError extends Error {
  constructor(readonly pending: number) {
    super(`${pending} analytics queries are waiting already`);
    this.name = 'AnalyticsBusyError';
  }
}

/** A query ran past its time limit: the worker was stopped and started again. */
export class AnalyticsTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`an analytics query ran past ${timeoutMs} ms`);
    this.name = 'AnalyticsTimeoutError';
  }
}

/**
 * The worker's entry: the compiled worker.js in production; from the sources (tsx, tests), worker.mjs, which teaches
 * the thread TypeScript, since a worker thread does not inherit tsx's loader.
 */
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.mjs' : './worker.js', import.meta.url);

/**
 * Runs the measures in one worker thread. The worker keeps one graph version; the first query on a new version
 * sends it the projection (a structured clone, once), later ones only their arguments. The queue is bounded and
 * every job has a time limit: a job past it stops the worker (a measure cannot be interrupted otherwise), the
 * jobs behind it fail, and a new worker takes the next ones.
 */

export function workerEngine({ maxPending = 32, timeoutMs = 60_000, settings = DEFAULT_SETTINGS }: WorkerEngineOptions = {}): AnalyticsEngine {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let loaded: { version: number; promise: Promise<unknown> } | undefined;
  let worker = spawn();
  let closed = false;

  function spawn(): Worker {
    const thread = new Worker(WORKER_ENTRY);
    thread.unref();
    thread.on('message', (response: WorkerResponse) => {
      const call = pending.get(response.id);
      pending.delete(response.id);
      if (!call) return;
      if (response.ok) call.resolve(response.result);
      else if ('input' in response) call.reject(new AnalyticsInputError(response.input.code, response.input.text));
      else call.reject(new AnalyticsWorkerError(response.message, response.stale === true));
    });
    thread.on('error', failAll);
    thread.on('exit', (code) => {
      if (thread === worker) failAll(new AnalyticsWorkerError(`the analytics worker stopped (exit code ${code})`));
    });
    return thread;
  }

  function failAll(error: Error): void {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    loaded = undefined;
  }

  /** The job took too long: the jobs queued behind it fail with it, and a fresh worker takes the next ones. */
  function restart(error: Error): void {
    const stuck = worker;
    failAll(error);
    if (!closed) worker = spawn();
    void stuck.terminate();
  }

  const call = (request: Request): Promise<unknown> => {
    if (pending.size >= maxPending) return Promise.reject(new AnalyticsBusyError(pending.size));
    return new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        if (pending.has(id)) restart(new AnalyticsTimeoutError(timeoutMs));
      }, timeoutMs);
      timer.unref();
      const settle = <T>(done: (value: T) => void) => (value: T): void => {
        clearTimeout(timer);
        done(value);
      };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      worker.postMessage({ ...request, id });
    });
  };
  const ensureLoaded = async (version: number, projection: () => Promise<Projection>): Promise<void> => {
    if (loaded?.version !== version) {
      const promise = projection().then((data) => call({ type: 'load', version, projection: data, settings }));
      loaded = { version, promise };
      promise.catch(() => {
        if (loaded?.promise === promise) loaded = undefined;
      });
    }
    await loaded.promise;
  };

  return {
    async run(version, projection, name, args, audience) {
      await ensureLoaded(version, projection);
      try {
        return (await call({ type: 'run', version, name, args, audience })) as never;
      } catch (error) {
        // Another request loaded a newer version meanwhile: load ours again and ask once more.
        if (!(error instanceof AnalyticsWorkerError && error.stale)) throw error;
        loaded = undefined;
        await ensureLoaded(version, projection);
        return (await call({ type: 'run', version, name, args, audience })) as never;
      }
    },
    async close() {
      closed = true;
      await worker.terminate();
    },
  };
}
