// `npm start`: the embedded Neo4j (unless NEO4J_URI is set), migrations, seed on a fresh database, the API.
import { resolveNeo4j } from '@maillage/neo4j';
import { loadConfig } from './config/config.js';
import { createDriver } from '@maillage/neo4j';
import { createLogger } from './logger.js';
import { startApi } from './server.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const neo4j = await resolveNeo4j({ ...process.env, ...(config.NEO4J_URI ? { NEO4J_URI: config.NEO4J_URI } : {}) });
const driver = createDriver(neo4j);

let stopping = false;
async function shutdown(signal: string, api?: { stop(): Promise<void> }): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  await api?.stop();
  await driver.close();
  await neo4j.stop();
  logger.info('stopped');
}

try {
  // The launcher, not the API, knows the seed: loaded only to fill a fresh database.
  const seed = config.SEED_ON_START ? (await import('@maillage/seeds')).seedIfEmpty : undefined;
  const api = await startApi(config, driver, logger, seed);
  logger.info({ url: api.url, graphql: `${api.url}/graphql`, neo4j: neo4j.uri }, `Maillage is up at ${api.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown(signal, api).then(() => process.exit(0)));
  }
} catch (error) {
  logger.fatal({ err: error }, `start-up failed: ${(error as Error).message}`);
  await shutdown('start-up failure');
  process.exit(1);
}
