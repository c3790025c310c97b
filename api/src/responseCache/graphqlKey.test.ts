import { describe, expect, it } from 'vitest';
import { graphqlCacheKey } from './graphqlKey.js';

describe('graphqlCacheKey', () => {
  it('gives one key to the same query written differently, with variables in any order', () => {
    const a = graphqlCacheKey({ query: 'query Q($id: ID!) { actors(where: {id: {eq: $id}}) { id name } }', variables: { id: 'x', b: 1 } }, []);
    const b = graphqlCacheKey({ query: 'query Q($id: ID!) {\n  actors(where: {id: {eq: $id}}) {\n    id, name # the name\n  }\n}', variables: { b: 1, id: 'x' } }, []);
    expect(a).not.toBeNull();
    expect(a).toBe(b);
  });

  it('keys by role and by variables', () => {
    const query = '{ network { nodes { id } } }';
    expect(graphqlCacheKey({ query }, [])).not.toBe(graphqlCacheKey({ query }, ['researcher']));
    expect(graphqlCacheKey({ query, variables: { a: 1 } }, [])).not.toBe(graphqlCacheKey({ query, variables: { a: 2 } }, []));
  });

  it('keeps nothing of mutations, personal reads, workshops, fragments or bad text', () => {
    expect(graphqlCacheKey({ query: 'mutation { logout }' }, [])).toBeNull();
    expect(graphqlCacheKey({ query: '{ me { email } }' }, [])).toBeNull();
    expect(graphqlCacheKey({ query: '{ actors { id } me { email } }' }, [])).toBeNull();
    expect(graphqlCacheKey({ query: '{ workshopBoard(code: "ABC") { name } }' }, [])).toBeNull();
    expect(graphqlCacheKey({ query: 'query { ...F } fragment F on Query { me { email } }' }, [])).toBeNull();
    expect(graphqlCacheKey({ query: '{ actors { ' }, [])).toBeNull();
    expect(graphqlCacheKey({ query: 42 }, [])).toBeNull();
  });

  it('follows the operation a document names', () => {
    const query = 'query A { actors { id } } query B { me { email } }';
    expect(graphqlCacheKey({ query, operationName: 'A' }, [])).not.toBeNull();
    expect(graphqlCacheKey({ query, operationName: 'B' }, [])).toBeNull();
    expect(graphqlCacheKey({ query }, [])).toBeNull();
  });
});
