import { describe, expect, it } from 'vitest';
import { testDriver } from '../../../test/neo4j.js';
import { classify, ERROR_MESSAGES, formatError } from './errors.js';

// A transaction past its time limit (QUERY_TIMEOUT_MS for GraphQL requests) is stopped by Neo4j itself; the error
// it raises becomes our code and our words, never Neo4j's text.
const driver = testDriver();

describe('a query past its time limit', () => {
  it('is stopped by Neo4j and answered as QUERY_TIMEOUT, in French then English', async () => {
    const session = driver.session();
    const error = await session.executeRead((tx) => tx.run('CALL apoc.util.sleep(5000) RETURN 1'), { timeout: 200 }).catch((caught: unknown) => caught);
    await session.close();
    expect(classify(error)).toBe('QUERY_TIMEOUT');
    const formatted = formatError(true)({ message: String((error as Error).message), extensions: {} }, error);
    expect(formatted).toEqual({ message: ERROR_MESSAGES.QUERY_TIMEOUT, extensions: { code: 'QUERY_TIMEOUT' } });
  });
});
