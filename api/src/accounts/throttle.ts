import type { Driver } from 'neo4j-driver';
import { toNumber } from '../db/integers.js';

export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
}

/**
 * Failed sign-ins per address, counted in Neo4j so that every API instance shares the count: after `maxFailures`
 * in a window, the address waits for the window's end, whatever the password.
 */
export class LoginThrottle {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: ThrottleOptions,
  ) {}

  /** Seconds to wait before this address may try again; 0 when it may try now. */
  async retryAfterSeconds(key: string, now = Date.now()): Promise<number> {
    const { records } = await this.driver.executeQuery(
      'MATCH (t:LoginThrottle {key: $key}) RETURN t.count AS count, t.since AS since',
      { key },
      { database: this.database, routing: 'READ' },
    );
    const record = records[0];
    if (!record) return 0;
    const since = toNumber(record.get('since')) ?? 0;
    if (now - since > this.options.windowMs || (toNumber(record.get('count')) ?? 0) < this.options.maxFailures) return 0;
    return Math.ceil((since + this.options.windowMs - now) / 1000);
  }

  async failed(key: string, now = Date.now()): Promise<void> {
    await this.driver.executeQuery(
      `MERGE (t:LoginThrottle {key: $key}) ON CREATE SET t.count = 0, t.since = $now
       WITH t, $now - t.since > $window AS stale
       SET t.count = CASE WHEN stale THEN 1 ELSE t.count + 1 END, t.since = CASE WHEN stale THEN $now ELSE t.since END`,
      { key, now, window: this.options.windowMs },
      { database: this.database },
    );
  }

  async succeeded(key: string): Promise<void> {
    await this.driver.executeQuery('MATCH (t:LoginThrottle {key: $key}) DELETE t', { key }, { database: this.database });
  }
}
