import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config/config.js';
import { checkNeo4jCompat } from './db/compat.js';
import { migrate } from '@maillage/schema';
import { createApp } from './app.js';
import type { Logger } from './logger.js';

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/** Fills a fresh database before the API serves it (the launcher passes the seed's loader; the API knows no seed). */
export type SeedIfEmpty = (driver: Driver, database: string) => Promise<unknown>;

/** Checks and migrates the database, then serves the API until `stop()`. */

export async function startApi(config: Config, driver: Driver, logger: Logger, seedIfEmpty?: SeedIfEmpty): Promise<RunningApi> {
  const { version } = await checkNeo4jCompat(driver, config.NEO4J_DATABASE);
  logger.info({ version }, 'Neo4j is compatible');
  await migrate(driver, config.NEO4J_DATABASE);
  if (config.SEED_ON_START && seedIfEmpty) {
    const report = await seedIfEmpty(driver, config.NEO4J_DATABASE);
    if (report) logger.info({ report }, 'empty database: seeded the Grand Bergeracois');
  }
  const app = await createApp(config, driver, logger);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = app.server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  return { url: `http://${host}:${port}`, stop: app.stop };
}
