// Starts one real Neo4j for the whole run (embedded, on a free port, in a throw-away folder), unless NEO4J_URI
// names a server to use instead. Tests reach it through inject('neo4j').
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

let target: Neo4jTarget | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  home = process.env.NEO4J_URI ? undefined : mkdtempSync(join(tmpdir(), 'maillage-test-neo4j-'));
  target = await resolveNeo4j(
    { ...process.env, NEO4J_BOLT_PORT: '0', ...(home ? { NEO4J_HOME_DIR: home } : {}) },
    { pageCache: '128m', heap: '768m' },
  );
  const driver = createDriver(target);
  try {
    await migrate(driver);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', { uri: target.uri, user: target.user, password: target.password });
}

export async function teardown(): Promise<void> {
  await target?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
