import { beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../../../test/api.js';
import { recordCypher } from '../../../test/cypher.js';
import { LIMITS } from './limits.js';

// Hostile queries are refused before anything runs, each with its own code, and the server answers normal queries
// afterwards. The recorded Cypher proves the refusals never reached the database.
const api = testApi();
const cypher = recordCypher();

const hop = (inner: string): string => `cooperatesWithConnection { edges { node { id ${inner} } } }`;
const nested = (hops: number, leaf = 'name'): string => (hops === 0 ? leaf : hop(nested(hops - 1, leaf)));

async function refusal(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; code: string | undefined; message: string | undefined }> {
  const response = await fetch(api.url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

describe('request limits', () => {
  beforeEach(() => {
    cypher.take();
  });

  it('refuse a query deeper than the limit, and allow three connection hops', async () => {
    const deep = await refusal(`{ actors { ${nested(4)} } }`);
    expect(deep).toMatchObject({ code: 'QUERY_TOO_DEEP', message: expect.stringMatching(/^Requête trop profonde\. \/ Query too deep\. Query depth limit of 12 exceeded/) });
    expect(cypher.take()).toEqual([]);
    const hops = await api.graphql(`{ actors(limit: 1) { ${nested(3)} } }`);
    expect(hops.errors, JSON.stringify(hops.errors)).toBeUndefined();
  });

  it('refuse an alias flood', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: actors(limit: 1) { id }`).join(' ');
    expect(await refusal(`{ ${aliases} }`)).toMatchObject({ code: 'TOO_MANY_ALIASES' });
    expect(cypher.take()).toEqual([]);
  });

  it('let ordinary research pages through, and refuse the explosive shapes before any Cypher runs', async () => {
    for (const page of [
      '{ actorsConnection(first: 100) { totalCount edges { node { id name silo kind } } } }',
      '{ territoriesConnection(first: 100) { edges { node { code name } } } }',
      '{ actors(limit: 100) { id name cooperatesWith { name } } }',
    ]) {
      expect((await api.graphql(page)).errors, page).toBeUndefined();
    }
    cypher.take();
    const five = `{ actors(limit: 1000) { ${'cooperatesWith { '.repeat(5)}name${' }'.repeat(5)} } }`;
    const refused = await refusal(five);
    expect(refused).toMatchObject({ status: 400, code: 'QUERY_TOO_COSTLY', message: expect.stringMatching(/^Requête trop coûteuse : coût estimé 111,111,000, au plus 50,000 .* \/ Query too costly: estimated cost 111,111,000/) });
    expect(cypher.take()).toEqual([]);
  });

  it('refuse a query of too many tokens, too many directives, or too costly', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ');
    expect(await refusal(`{ actors { ${fields} } }`)).toMatchObject({ status: 400, code: 'TOO_MANY_TOKENS', message: expect.stringMatching(/^Requête trop longue\. \/ Query too long\. Document contains more that 3000 tokens/) });
    const directives = Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(await refusal(`{ actors { id ${directives} } }`)).toMatchObject({ code: 'TOO_MANY_DIRECTIVES' });
    const wide = 'id name silo kind ptceRole essMember fictional description website createdAt updatedAt';
    const costly = `{ actors { ${wide} sectors { actors { ${wide} locatedIn { actors { ${wide} } } } } } }`;
    expect(await refusal(costly)).toMatchObject({ code: 'QUERY_TOO_COSTLY', message: expect.stringMatching(/Query too costly: estimated cost [\d,]+, at most 50,000/) });
    expect(cypher.take()).toEqual([]);
  });

  it('refuse a page larger than the maximum, in the query or in a variable', async () => {
    expect(await refusal('{ actors(limit: 99999999) { id } }')).toMatchObject({
      status: 400, code: 'PAGE_TOO_LARGE', message: expect.stringMatching(/limit vaut au plus 1000, reçu 99999999/),
    });
    expect(await refusal('query($n: Int) { actorsConnection(first: $n) { edges { node { id } } } }', { n: 99_999_999 })).toMatchObject({ code: 'PAGE_TOO_LARGE' });
    expect(cypher.take()).toEqual([]);
    expect((await api.graphql('{ actors(limit: 1000) { id } }')).errors).toBeUndefined();
  });

  it('refuse a batched array of operations', async () => {
    const response = await fetch(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ actors { id } }' }, { query: '{ sectors { id } }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it('and the server still answers a normal query', async () => {
    const result = await api.graphql('{ actors(limit: 2) { id name } sectors(limit: 1) { id } }');
    expect(result.errors).toBeUndefined();
  });
});
