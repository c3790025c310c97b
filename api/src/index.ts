export { startApi, type RunningApi, type SeedIfEmpty } from './server.js';
export { loadConfig, type Config } from './config/config.js';
export { createDriver } from '@maillage/neo4j';
export { checkNeo4jCompat, Neo4jCompatError } from './db/compat.js';
export { createLogger } from './logger.js';
export { ERROR_MESSAGES, type ErrorCode } from './graphql/errors.js';
