import { createNeo4jGraphQL } from '@maillage/schema';
import type { Driver } from 'neo4j-driver';

export class Neo4jCompatError extends Error {
  override name = 'Neo4jCompatError';
}

async function kernelVersion(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions', {}, { database });
  const kernel = records.find((record) => record.get('name') === 'Neo4j Kernel');
  return String((kernel?.get('versions') as string[] | undefined)?.[0] ?? 'unknown');
}

/**
 * Checks that the server can serve @neo4j/graphql 7 (Neo4j ≥ 5.23 with the APOC core functions it calls), with the
 * library's own check so that its requirements and ours never drift, and says what to do when it cannot.
 */
export async function checkNeo4jCompat(driver: Driver, database = 'neo4j'): Promise<{ version: string }> {
  const version = await kernelVersion(driver, database);
  try {
    await createNeo4jGraphQL({ driver }).checkNeo4jCompat({ driver, sessionConfig: { database } });
  } catch (error) {
    throw new Neo4jCompatError(
      `checkNeo4jCompat: Neo4j ${version} cannot serve Maillage (${(error as Error).message}); ` +
        'use Neo4j 5.23 or later with the APOC core plugin (apoc-core of the same version)',
      { cause: error },
    );
  }
  return { version };
}
