import type { Driver } from 'neo4j-driver';

const MINIMUM = [5, 23] as const;
// What @neo4j/graphql 7 calls in the Cypher it generates.
const REQUIRED_APOC = ['apoc.date.convertFormat', 'apoc.util.validatePredicate'];
const REQUIRED_APOC_PROCEDURES = ['apoc.util.validate'];

export class Neo4jCompatError extends Error {
  override name = 'Neo4jCompatError';
}

export function parseVersion(version: string): [number, number] {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  return [major, minor];
}

export function isSupportedVersion(version: string): boolean {
  const [major, minor] = parseVersion(version);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/** Checks that the server is a Neo4j ≥ 5.23 with the APOC core functions @neo4j/graphql 7 needs. */
export async function checkNeo4jCompat(driver: Driver, database = 'neo4j'): Promise<{ version: string }> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions', {}, { database });
  const kernel = records.find((record) => record.get('name') === 'Neo4j Kernel');
  const version = String((kernel?.get('versions') as string[] | undefined)?.[0] ?? 'unknown');
  if (!isSupportedVersion(version)) {
    throw new Neo4jCompatError(`checkNeo4jCompat: Neo4j ${version} is too old; @neo4j/graphql 7 needs ${MINIMUM.join('.')}+`);
  }
  const functions = await names(driver, database, 'SHOW FUNCTIONS YIELD name WHERE name STARTS WITH "apoc." RETURN name');
  const procedures = await names(driver, database, 'SHOW PROCEDURES YIELD name WHERE name STARTS WITH "apoc." RETURN name');
  const missing = [
    ...REQUIRED_APOC.filter((name) => !functions.has(name)),
    ...REQUIRED_APOC_PROCEDURES.filter((name) => !procedures.has(name)),
  ];
  if (missing.length > 0) {
    throw new Neo4jCompatError(
      `checkNeo4jCompat: the APOC core plugin is missing (${missing.join(', ')}); install apoc-core ${version} on the server`,
    );
  }
  return { version };
}

async function names(driver: Driver, database: string, query: string): Promise<Set<string>> {
  const { records } = await driver.executeQuery(query, {}, { database });
  return new Set(records.map((record) => String(record.get('name'))));
}
