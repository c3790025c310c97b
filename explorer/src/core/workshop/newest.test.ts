import { describe, expect, it } from 'vitest';
import { newestWins } from './newest.js';

describe('newestWins', () => {
  it('keeps only the newest call current, whatever order the answers come back in', () => {
    const ask = newestWins();
    const first = ask();
    expect(first()).toBe(true);
    const second = ask();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('keeps each reader apart', () => {
    const workshop = newestWins();
    const me = newestWins();
    const read = workshop();
    me();
    expect(read()).toBe(true);
  });
});
