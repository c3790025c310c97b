import { createHmac } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../api/src/config/config.js';
import { createLogger } from '../api/src/logger.js';
import { startApi, type RunningApi } from '../api/src/server.js';
import { testDriver } from './neo4j.js';

export const TEST_JWT_SECRET = 'maillage-test-secret-at-least-32-characters';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  /** What the request cost (api/src/graphql/cost.ts), and the limit. */
  extensions?: { cost?: number; maxCost?: number } & Record<string, unknown>;
}

/** Starts the API on a free port against the run's Neo4j, without seeding, for the tests of one file. */
export function testApi(env: Record<string, string> = {}) {
  const driver = testDriver();
  let api: RunningApi | undefined;
  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, ...env });
    api = await startApi(config, driver, createLogger(config.LOG_LEVEL));
  });
  afterAll(() => api?.stop());
  const url = (path = ''): string => {
    if (!api) throw new Error('testApi: the API is not started yet (call inside a test)');
    return `${api.url}${path}`;
  };
  return {
    driver,
    url,
    async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
      const response = await fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
  };
}

/** A service token: signed HS256 by Maillage's secret, with roles but no account session behind it. */
export function signTestJwt(roles: string[], secret = TEST_JWT_SECRET): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ iss: 'maillage', sub: 'test', roles, iat: now, exp: now + 600 })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
