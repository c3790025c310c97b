// Starts one real Neo4j for the whole run (embedded, on a free port, in a throw-away folder), unless NEO4J_URI
// names a server to use instead. Tests reach it through inject('neo4j'). The `int` and `e2e` tiers both list this
// file, and vitest runs a global set-up once per tier: the database is kept on globalThis and counted, so that the
// tiers share one and the last to finish stops it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, resolveNeo4j, type Neo4jTarget } from '@maillage/neo4j';
import type { TestProject } from 'vitest/node';
import { migrate } from '@maillage/schema';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

interface SharedDatabase {
  ready: Promise<Neo4jTarget>;
  home: string | undefined;
  users: number;
}

const KEY = Symbol.for('maillage.test.neo4j');
const shared = globalThis as { [KEY]?: SharedDatabase };

async function startDatabase(home: string | undefined): Promise<Neo4jTarget> {
  const target = await resolveNeo4j(
    { ...process.env, NEO4J_BOLT_PORT: '0', ...(home ? { NEO4J_HOME_DIR: home } : {}) },
    { pageCache: '128m', heap: '768m' },
  );
  const driver = createDriver(target);
  try {
    await migrate(driver);
  } finally {
    await driver.close();
  }
  return target;
}

export async function setup(project: TestProject): Promise<void> {
  if (!shared[KEY]) {
    const home = process.env.NEO4J_URI ? undefined : mkdtempSync(join(tmpdir(), 'maillage-test-neo4j-'));
    shared[KEY] = { ready: startDatabase(home), home, users: 0 };
  }
  const database = shared[KEY];
  database.users += 1;
  const target = await database.ready;
  project.provide('neo4j', { uri: target.uri, user: target.user, password: target.password });
}

export async function teardown(): Promise<void> {
  const database = shared[KEY];
  if (!database) return;
  database.users -= 1;
  if (database.users > 0) return;
  delete shared[KEY];
  await (await database.ready).stop();
  if (database.home) rmSync(database.home, { recursive: true, force: true });
}
