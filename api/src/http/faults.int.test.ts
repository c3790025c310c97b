import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, startEmbeddedNeo4j, type EmbeddedNeo4j } from '@maillage/neo4j';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, TEST_JWT_SECRET } from '../../../test/api.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logger.js';
import { startApi, type RunningApi } from '../server.js';

// Faults need a database of their own: this file stops it, and kills it with SIGKILL, while the API serves.
const home = mkdtempSync(join(tmpdir(), 'maillage-faults-'));
let neo4j: EmbeddedNeo4j;
let port = 0;
let driver: Driver;
let api: RunningApi;
const animator = signTestJwt(['animator']);
const LOOKUP = '{ actors(limit: 1) { id name } }';

const startDatabase = async (): Promise<void> => {
  neo4j = await startEmbeddedNeo4j({ homeDir: join(home, 'db'), port, pageCache: '32m', heap: '512m', log: () => {} });
  port = Number(new URL(neo4j.uri.replace('bolt:', 'http:')).port);
};

beforeAll(async () => {
  await startDatabase();
  driver = createDriver(neo4j);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, ANALYTICS_WORKER: 'false' });
  api = await startApi(config, driver, createLogger('silent'));
}, 240_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

interface Outcome {
  ok: boolean;
  code: string | null;
  /** Refused by the availability gate, before any resolver or driver call (its `Retry-After: 1`). */
  gated: boolean;
}

async function graphql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Outcome & { data?: unknown }> {
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code ?? null;
    return { ok: !code, code, gated: response.headers.get('retry-after') === '1', data: body.data };
  } catch (error) {
    return { ok: false, code: (error as Error).name, gated: false };
  }
}

async function readyz(): Promise<number> {
  return (await fetch(`${api.url}/readyz`)).status;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

/** Requests from `workers` clients, one after another each, until stopped; every outcome kept. */
function traffic(workers: number, request: () => Promise<Outcome>): { stop(): Promise<Outcome[]> } {
  let running = true;
  const outcomes: Outcome[] = [];
  const loops = Array.from({ length: workers }, async () => {
    while (running) outcomes.push(await request());
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

describe('faults', () => {
  it('the database stops during traffic: /readyz turns unready, requests fail fast and clearly, all recovers by itself', async () => {
    await graphql('mutation { saveActor(input: { id: "a-1", name: "Acteur", silo: PUBLIC, kind: EPCI }) { id } }', {}, animator);
    const load = traffic(4, () => graphql(LOOKUP));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await neo4j.stop();
    try {
      await until(async () => (await readyz()) === 503, 10_000, '/readyz unready');
      // The first request to find it down waits out the driver's retries; once one has, the next are refused at
      // once, by the availability gate rather than by the driver (no time bound: these machines are shared).
      const first = await graphql(LOOKUP);
      expect(first.code).toBe('DATABASE_UNAVAILABLE');
      const next = await graphql(LOOKUP);
      expect(next).toMatchObject({ code: 'DATABASE_UNAVAILABLE', gated: true });
    } finally {
      // Whatever was found, the next test needs its database back.
      await startDatabase();
    }
    await until(async () => (await readyz()) === 200, 60_000, '/readyz ready again');
    await until(async () => (await graphql(LOOKUP)).ok, 30_000, 'GraphQL answers again');
    const outcomes = await load.stop();
    expect(outcomes.filter((outcome) => outcome.ok).length).toBeGreaterThan(0);
    // Every failure said clearly what it was (no client gave up waiting), and some were refused at the gate.
    expect(new Set(outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    expect(outcomes.filter((outcome) => outcome.gated).length).toBeGreaterThan(0);
  }, 180_000);

  it('a write interrupted by kill -9 of the database loses no committed change and leaves no half-written one', async () => {
    const acknowledged: string[] = [];
    let attempts = 0;
    let killed: Promise<void> | null = null;
    while (attempts < 400) {
      const id = `w-${attempts}`;
      attempts += 1;
      const outcome = await graphql('mutation($id: ID!) { saveActor(input: { id: $id, name: "Écriture", silo: PRIVATE, kind: COMPANY, contactEmail: "w@example.org", contactConsentPurpose: "Contact" }) { id } }', { id }, animator);
      if (outcome.ok) acknowledged.push(id);
      else if (!killed) throw new Error(`write refused before the crash: ${outcome.code}`);
      if (acknowledged.length === 40 && !killed) killed = neo4j.kill();
      if (killed && !outcome.ok) break;
    }
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    await startDatabase();
    await until(async () => (await readyz()) === 200, 60_000, '/readyz ready after the crash');
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor) WHERE a.id STARTS WITH 'w-'
       RETURN a.id AS id, COUNT { MATCH (c:Change {entityId: a.id, action: 'CREATE'}) } AS changes`,
    );
    const stored = new Map(records.map((record) => [record.get('id') as string, Number(record.get('changes'))]));
    for (const id of acknowledged) expect(stored.get(id), id).toBe(1);
    // Whatever was committed is whole: every actor with its journal entry, and no entry without its actor.
    expect([...stored.values()].every((changes) => changes === 1)).toBe(true);
    const orphans = await driver.executeQuery("MATCH (c:Change) WHERE c.entityId STARTS WITH 'w-' AND NOT EXISTS { MATCH (:Actor {id: c.entityId}) } RETURN count(c) AS n");
    expect(Number(orphans.records[0]!.get('n'))).toBe(0);
  }, 180_000);
});
