import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Output } from './route.js';

/** A response whose client reads slowly: every write fills its buffer, until the test says it drained. */
class SlowClient extends EventEmitter {
  destroyed = false;
  written = 0;

  write(chunk: string): boolean {
    this.written += chunk.length;
    return false;
  }
}

const CHUNK = 'x'.repeat(64 * 1024);
const settled = (promise: Promise<void>): (() => boolean) => {
  let done = false;
  void promise.then(() => (done = true));
  return () => done;
};
/** Lets every promise that can settle settle. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const warning = vi.fn();
process.on('warning', warning);
afterEach(() => warning.mockClear());
afterAll(() => process.off('warning', warning));

describe('export output', () => {
  it('waits for each drain with one listener of each kind, however many times it pauses', async () => {
    const client = new SlowClient();
    const output = new Output(client as unknown as ServerResponse);
    for (let pause = 0; pause < 200; pause += 1) {
      const done = settled(output.write(CHUNK));
      await tick();
      expect(done()).toBe(false);
      expect([client.listenerCount('drain'), client.listenerCount('close')]).toEqual([1, 1]);
      client.emit('drain');
      await tick();
      expect(done()).toBe(true);
    }
    expect(client.written).toBe(200 * CHUNK.length);
    client.emit('close');
    expect([client.listenerCount('drain'), client.listenerCount('close')]).toEqual([0, 0]);
    await tick();
    expect(warning).not.toHaveBeenCalled();
  });

  it('stops waiting when the client goes, and waits no more after', async () => {
    const client = new SlowClient();
    const output = new Output(client as unknown as ServerResponse);
    const done = settled(output.write(CHUNK));
    await tick();
    expect(done()).toBe(false);
    client.destroyed = true;
    client.emit('close');
    await tick();
    expect(done()).toBe(true);
    expect(output.gone).toBe(true);
    await output.write(CHUNK);
    expect([client.listenerCount('drain'), client.listenerCount('close')]).toEqual([0, 0]);
  });
});
