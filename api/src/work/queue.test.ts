import { describe, expect, it } from 'vitest';
import { QueueFullError, WorkQueue } from './queue.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('WorkQueue', () => {
  it('runs at most `concurrency` jobs at once, queues a few, and refuses the rest at once', async () => {
    const queue = new WorkQueue(2, 1);
    const gates = [deferred(), deferred(), deferred()];
    let started = 0;
    const jobs = gates.map((gate) => queue.run(async () => {
      started += 1;
      await gate.promise;
      return started;
    }));
    await expect(queue.run(async () => 0)).rejects.toBeInstanceOf(QueueFullError);
    await Promise.resolve();
    expect(started).toBe(2);
    expect(queue.size).toEqual({ running: 2, waiting: 1 });
    gates[0]!.resolve();
    await jobs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toBe(3);
    gates[1]!.resolve();
    gates[2]!.resolve();
    await Promise.all(jobs);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a job that fails', async () => {
    const queue = new WorkQueue(1, 0);
    await expect(queue.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await queue.run(async () => 'next')).toBe('next');
  });

  it('names a bad option', () => {
    expect(() => new WorkQueue(0, 1)).toThrow(/WorkQueue: concurrency must be a whole number ≥ 1, got 0/);
  });
});
