import type { Driver, ManagedTransaction } from 'neo4j-driver';

/**
 * The graph version: one number in Neo4j that every transaction writing the graph's content (actors, links,
 * resources, sectors, projects, territories, consents) raises before it commits. Caches in any API process key
 * their entries by it, so a write made through another process, an import or the seed loader is seen at the
 * next request. Scripts that write the graph by hand run `BUMP_GRAPH_VERSION` in the same transaction.
 */
export const BUMP_GRAPH_VERSION =
  "MERGE (v:GraphVersion {id: 'graph'}) SET v.value = coalesce(v.value, 0) + 1, v.changedAt = datetime() RETURN v.value AS version";

/**
 * The version with Neo4j's node and relationship counts (from its count store, constant time): a script that
 * adds or removes nodes without raising the version is still noticed.
 */
export const READ_GRAPH_VERSION = `OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
  CALL () { MATCH (n) RETURN count(n) AS nodes }
  CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
  RETURN coalesce(v.value, 0) + '.' + nodes + '.' + relationships AS version`;

/** Raises the graph version inside `tx`: it takes effect when, and only if, `tx` commits. */
export async function bumpGraphVersion(tx: Pick<ManagedTransaction, 'run'>): Promise<void> {
  await tx.run(BUMP_GRAPH_VERSION);
}

/** The version now committed, as a token such as `42.1830.2301`: one index lookup and two counts. */
export async function readGraphVersion(driver: Driver, database = 'neo4j'): Promise<string> {
  const { records } = await driver.executeQuery(READ_GRAPH_VERSION, {}, { database, routing: 'READ' });
  return String(records[0]?.get('version') ?? '0');
}
