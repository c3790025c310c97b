export { startEmbeddedNeo4j, defaultHomeDir } from './launcher.js';
export type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './launcher.js';
export { resolveNeo4j, type Neo4jTarget } from './connect.js';
export { buildLauncher, isLauncherBuilt } from './build.js';
export { findJava, javaMajorVersion } from './java.js';
export { createDriver, type DriverTarget } from './driver.js';
export { withNeo4j } from './withNeo4j.js';
