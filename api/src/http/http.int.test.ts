import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { testApi } from '../../../test/api.js';
import type { Logger } from '../logger.js';
import { healthRoutes, UNREADY_MESSAGE } from './health.js';

const api = testApi({ BODY_LIMIT: '2kb', CORS_ORIGINS: 'https://www.bergerac.fr' });

describe('HTTP surface', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(api.url('/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(api.url('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });

  it('answers /readyz with a fixed message when Neo4j fails, and logs the driver\'s words instead', async () => {
    const failure = new Error('Could not perform discovery for neo4j://db.internal.example:7687 as user maillage-admin');
    const driver = { executeQuery: () => Promise.reject(failure) } as unknown as Driver;
    const logger = { warn: vi.fn() };
    const server = express().use(healthRoutes(driver, 'neo4j', logger as unknown as Logger)).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ status: 'unready', neo4j: 'down', code: 'DATABASE_UNAVAILABLE', message: UNREADY_MESSAGE });
      expect(text).not.toMatch(/db\.internal|maillage-admin|discovery/);
      expect(logger.warn).toHaveBeenCalledWith({ err: failure }, expect.any(String));
    } finally {
      server.close();
    }
  });

  it('tells browsers not to sniff types and to send no more than the origin as referrer, on every answer', async () => {
    for (const path of ['/healthz', '/readyz', '/graphql?query=%7B__typename%7D', '/export/nodes.csv?asOf=yesterday', '/embed?territory=99999', '/no-such-page']) {
      const response = await fetch(api.url(path));
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      await response.arrayBuffer();
    }
  });

  it('gives each request an id, keeping a sane one from the client', async () => {
    const given = await fetch(api.url('/healthz'), { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const hostile = await fetch(api.url('/healthz'), { headers: { 'x-request-id': 'a b<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a body over the limit with 413 and a coded message', async () => {
    const response = await fetch(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ actors { id } } #${'x'.repeat(4_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/trop volumineuse/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses malformed JSON with 400, not a crash', async () => {
    const response = await fetch(api.url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a volley of hostile requests with 4xx and keeps serving', async () => {
    const post = (body: NonNullable<RequestInit['body']>, type = 'application/json'): Promise<Response> => fetch(api.url('/graphql'), { method: 'POST', headers: { 'content-type': type }, body });
    const hostile: [string, () => Promise<Response>][] = [
      ['invalid UTF-8', () => post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]))],
      ['a JSON array of numbers', () => post('[1, 2, 3]')],
      ['a JSON string', () => post('"query"')],
      ['null', () => post('null')],
      ['a query that is not a string', () => post(JSON.stringify({ query: { a: 1 } }))],
      ['variables that are not an object', () => post(JSON.stringify({ query: '{ actors(limit: 1) { id } }', variables: [1] }))],
      ['a variable of the wrong type', () => post(JSON.stringify({ query: 'query($n: Int) { actors(limit: $n) { id } }', variables: { n: '1; DROP' } }))],
      ['a huge integer', () => post(JSON.stringify({ query: '{ actors(limit: 99999999999999999999) { id } }' }))],
      ['form data', () => post('query=%7B%7D', 'application/x-www-form-urlencoded')],
      ['plain text', () => post('{ actors { id } }', 'text/plain')],
      ['a GET with a long query', () => fetch(api.url(`/graphql?query=${encodeURIComponent(`{ actors { id } } #${'x'.repeat(6_000)}`)}`))],
      ['an unknown operation name', () => post(JSON.stringify({ query: 'query A { actors(limit: 1) { id } }', operationName: 'B' }))],
      ['a path out of the site', () => fetch(api.url('/..%2f..%2fetc%2fpasswd'))],
      ['an export with bad parameters', () => fetch(api.url('/export/nodes.csv?territory=%3Cscript%3E&asOf=yesterday'))],
      ['an embed with a script in a parameter', () => fetch(api.url('/embed?territory=%22%3E%3Cscript%3Ealert(1)%3C/script%3E'))],
    ];
    const answers = await Promise.all(hostile.map(async ([what, send]) => {
      const response = await send();
      return [what, response.status, /<script>alert/.test(await response.text())] as const;
    }));
    expect(answers.filter(([, status, echoed]) => status < 400 || status >= 500 || echoed)).toEqual([]);
    // Keys that would pollute prototypes are only data: the query answers, and so does the next one.
    const polluting = await post('{"query": "{ actors(limit: 1) { id } }", "__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}');
    expect(polluting.status).toBe(200);
    const nullByte = await api.graphql('query($name: String!) { actors(where: { name: { eq: $name } }) { id } }', { name: 'a\u0000b' });
    expect(nullByte).toMatchObject({ data: { actors: [] } });
    expect(nullByte.errors).toBeUndefined();
    expect((await fetch(api.url('/healthz'))).status).toBe(200);
    expect((await api.graphql('{ actors(limit: 1) { id } }')).errors).toBeUndefined();
  });

  it('answers a GraphQL syntax error with a code', async () => {
    const result = await api.graphql('{ actors { ');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('allows the configured origins only', async () => {
    const preflight = (origin: string) => fetch(api.url('/graphql'), {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect((await preflight('https://www.bergerac.fr')).headers.get('access-control-allow-origin')).toBe('https://www.bergerac.fr');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('hides stack traces in production', async () => {
    // The production switch is read once at start: its effect on errors is covered by errors.test.ts.
    const result = await api.graphql('{ nope }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
