import type { Driver } from 'neo4j-driver';
import { toNumber } from './values.js';

/** One event, counted. */
export interface Attempt {
  /** Events in the window, this one included. */
  count: number;
  /** When the window began (ms since the epoch): what `giveBack` checks the event is still in. */
  since: number;
  /** Seconds until the window ends when this event is one too many; 0 when it is allowed. */
  retryAfterSeconds: number;
}

export interface ThrottleOptions {
  /** What is counted, e.g. "login": keys of different throttles never meet. */
  name: string;
  maxEvents: number;
  windowMs: number;
}

/**
 * Events per key (failed sign-ins per address, declarations per client), counted in Neo4j so that every API
 * instance shares the count: after `maxEvents` in a window, the key waits for the window's end.
 */
export class Throttle {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: ThrottleOptions,
  ) {}

  private key(key: string): string {
    return `${this.options.name}:${key}`;
  }

  /**
   * Counts one event and says whether it is allowed, in one write transaction that locks the key's node before it
   * reads the count (Neo4j reads committed data: without the lock, a burst of events would all read the same count);
   * the lock lasts until the commit, the marker property does not. So under any burst, at most `maxEvents` events of
   * a window are allowed.
   */
  async take(key: string, now = Date.now()): Promise<Attempt> {
    const { records } = await this.driver.executeQuery(
      `MERGE (t:Throttle {key: $key}) ON CREATE SET t.count = 0, t.since = $now
       SET t._lock = true REMOVE t._lock
       WITH t, $now - t.since > $window AS stale
       SET t.count = CASE WHEN stale THEN 1 ELSE t.count + 1 END, t.since = CASE WHEN stale THEN $now ELSE t.since END
       RETURN t.count AS count, t.since AS since`,
      { key: this.key(key), now, window: this.options.windowMs },
      { database: this.database },
    );
    const count = toNumber(records[0]?.get('count')) ?? 0;
    const since = toNumber(records[0]?.get('since')) ?? now;
    const retryAfterSeconds = count > this.options.maxEvents ? Math.max(1, Math.ceil((since + this.options.windowMs - now) / 1000)) : 0;
    return { count, since, retryAfterSeconds };
  }

  /** Takes one event back off the count, if its window still runs (an event that turned out not to count). */
  async giveBack(key: string, attempt: Attempt): Promise<void> {
    await this.driver.executeQuery(
      `MATCH (t:Throttle {key: $key})
       SET t._lock = true REMOVE t._lock
       WITH t WHERE t.since = $since
       SET t.count = CASE WHEN t.count > 0 THEN t.count - 1 ELSE 0 END`,
      { key: this.key(key), since: attempt.since },
      { database: this.database },
    );
  }

  async forget(key: string): Promise<void> {
    await this.driver.executeQuery('MATCH (t:Throttle {key: $key}) DELETE t', { key: this.key(key) }, { database: this.database });
  }
}
