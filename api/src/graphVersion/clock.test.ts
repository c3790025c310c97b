import { describe, expect, it } from 'vitest';
import { GraphVersionClock } from './clock.js';

/** A database whose reads see the version committed when they start, and answer when the test says. */
function fakeDatabase() {
  const state = { committed: '1', reads: 0 };
  const pending: (() => void)[] = [];
  const read = () => new Promise<string>((resolve) => {
    state.reads += 1;
    const seen = state.committed;
    pending.push(() => resolve(seen));
  });
  const answerOldest = async () => {
    pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { read, state, answerOldest };
}

describe('GraphVersionClock', () => {
  it('shares one read among the requests that arrive while another is under way', async () => {
    const database = fakeDatabase();
    const clock = new GraphVersionClock(database.read);
    const first = clock.now();
    const during = [clock.now(), clock.now(), clock.now()];
    expect(database.state.reads).toBe(1);
    await database.answerOldest();
    expect(await first).toBe('1');
    expect(database.state.reads).toBe(2);
    await database.answerOldest();
    expect(await Promise.all(during)).toEqual(['1', '1', '1']);
    expect(database.state.reads).toBe(2);
  });

  it('never answers a request with a read begun before it arrived', async () => {
    const database = fakeDatabase();
    const clock = new GraphVersionClock(database.read);
    const early = clock.now();
    database.state.committed = '2'; // a write commits while the first read is under way
    const late = clock.now();
    await database.answerOldest();
    expect(await early).toBe('1');
    await database.answerOldest();
    expect(await late).toBe('2');
  });

  it('reads again after a failed read', async () => {
    let calls = 0;
    const clock = new GraphVersionClock(async () => {
      calls += 1;
      if (calls === 1) throw new Error('database down');
      return '7';
    });
    await expect(clock.now()).rejects.toThrow('database down');
    expect(await clock.now()).toBe('7');
  });
});
