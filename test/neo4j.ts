import { randomUUID } from 'node:crypto';
import { createDriver } from '@maillage/neo4j';
import type { Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';

/** A driver to the run's Neo4j, closed after the file's tests. */
export function testDriver(): Driver {
  const driver = createDriver(inject('neo4j'));
  afterAll(() => driver.close());
  return driver;
}

/**
 * A prefix unique to one test file, for every id it creates; `cleanup()` deletes those nodes (and their
 * relationships) and nothing else, so test files can share the database and run side by side.
 */
export function testIds(driver: Driver, name: string): { prefix: string; id(suffix: string): string; cleanup(): Promise<void> } {
  const prefix = `t-${name}-${randomUUID().slice(0, 8)}-`;
  const cleanup = async (): Promise<void> => {
    await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    // Journal entries about those nodes (the index on entityId makes this cheap).
    await driver.executeQuery('MATCH (c:Change) WHERE c.entityId STARTS WITH $prefix DETACH DELETE c', { prefix });
  };
  afterAll(cleanup);
  return { prefix, id: (suffix) => `${prefix}${suffix}`, cleanup };
}
