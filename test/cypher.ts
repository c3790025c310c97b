import createDebug from 'debug';
import { afterAll } from 'vitest';

const NAMESPACE = '@neo4j/graphql:execution';

/**
 * Records the Cypher that @neo4j/graphql sends to Neo4j (its debug channel logs each query before running it),
 * so that tests can pin the generated Cypher in snapshots while the query still runs on the real database.
 */
export function recordCypher(): { take(): string[] } {
  const queries: string[] = [];
  const previousLog = createDebug.log;
  const previousNamespaces = createDebug.disable();
  createDebug.enable(previousNamespaces ? `${previousNamespaces},${NAMESPACE}` : NAMESPACE);
  let next = false;
  createDebug.log = (...args: unknown[]) => {
    const [first] = args;
    const text = typeof first === 'string' ? first.replace(/^\s*\S+ @neo4j\/graphql:execution /, '') : '';
    // The library asks for the server's version once before its first query: that is not the query under test.
    if (next && !text.includes('CALL dbms.components()')) queries.push(text.replace(/\s+\+\d+m?s$/, '').trim());
    next = text.includes('executing cypher');
  };
  afterAll(() => {
    createDebug.log = previousLog;
    createDebug.disable();
    if (previousNamespaces) createDebug.enable(previousNamespaces);
  });
  return { take: () => queries.splice(0) };
}
