/** The queue is full: the caller answers "busy, try again" at once rather than waiting without end. */
export class QueueFullError extends Error {
  constructor(readonly queued: number) {
    super(`work queue full (${queued} waiting)`);
    this.name = 'QueueFullError';
  }
}

/**
 * Runs expensive work a few at a time (`concurrency`), with at most `maxQueued` jobs waiting behind them: ten
 * hostile exports at once leave the database and the event loop to everyone else.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly concurrency: number, private readonly maxQueued: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`WorkQueue: concurrency must be a whole number ≥ 1, got ${concurrency}`);
    if (!Number.isInteger(maxQueued) || maxQueued < 0) throw new Error(`WorkQueue: maxQueued must be a whole number ≥ 0, got ${maxQueued}`);
  }

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxQueued) throw new QueueFullError(this.waiting.length);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await job();
    } finally {
      // The slot passes to the next job waiting, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
