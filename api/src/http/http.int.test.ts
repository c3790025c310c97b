import { describe, expect, it } from 'vitest';
import { testApi } from '../../../test/api.js';

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
