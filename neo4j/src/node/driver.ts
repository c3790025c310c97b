import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  uri: string;
  user: string;
  password: string;
}

/** A driver for the target; an empty password means a server without authentication (embedded, loopback). */
export function createDriver({ uri, user, password }: DriverTarget): Driver {
  return neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
    // Fail fast rather than hang when the database is away: /readyz and requests then answer at once.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
}
