import type { Driver } from 'neo4j-driver';
import { resolveNeo4j } from './connect.js';
import { createDriver } from './driver.js';

/**
 * For command-line tools: the database NEO4J_URI names (or an embedded one started for the while), a driver to it
 * and the database name (NEO4J_DATABASE), then everything closed and stopped whatever `work` does.
 */
export async function withNeo4j<T>(work: (driver: Driver, database: string) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const target = await resolveNeo4j(env);
  const driver = createDriver(target);
  try {
    return await work(driver, env.NEO4J_DATABASE ?? 'neo4j');
  } finally {
    await driver.close();
    await target.stop();
  }
}
