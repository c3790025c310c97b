import type { AddressInfo } from 'node:net';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config/config.js';
import { checkNeo4jCompat } from './db/compat.js';
import { migrate } from '@maillage/schema';
import { createApp } from './http/app.js';
import type { Logger } from './logger.js';

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/** Seeds the Grand Bergeracois when the database holds no actor yet (a fresh install). */
export async function seedIfEmpty(driver: Driver, database: string, logger: Logger): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (a:Actor) RETURN count(a) > 0 AS any', {}, { database });
  if (records[0]?.get('any') === true) return;
  const report = await loadDataset(driver, grandBergeracois(), { database });
  logger.info({ report }, 'empty database: seeded the Grand Bergeracois');
}

/** Checks and migrates the database, then serves the API until `stop()`. */
export async function startApi(config: Config, driver: Driver, logger: Logger): Promise<RunningApi> {
  const { version } = await checkNeo4jCompat(driver, config.NEO4J_DATABASE);
  logger.info({ version }, 'Neo4j is compatible');
  await migrate(driver, config.NEO4J_DATABASE);
  if (config.SEED_ON_START) await seedIfEmpty(driver, config.NEO4J_DATABASE, logger);
  const app = await createApp(config, driver, logger);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = app.server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  return { url: `http://${host}:${port}`, stop: app.stop };
}
