import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from './driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './launcher.js';

// A second, short-lived embedded Neo4j of its own: what is tested here is the launcher's life cycle.
const home = mkdtempSync(join(tmpdir(), 'maillage-launcher-'));
const started: EmbeddedNeo4j[] = [];
afterAll(async () => {
  await Promise.all(started.map((neo4j) => neo4j.stop()));
  rmSync(home, { recursive: true, force: true });
});

async function start(password = ''): Promise<EmbeddedNeo4j> {
  const neo4j = await startEmbeddedNeo4j({ homeDir: home, port: 0, password, pageCache: '32m', heap: '512m', log: () => {} });
  started.push(neo4j);
  return neo4j;
}

describe('the embedded Neo4j launcher', () => {
  it('keeps committed data across a clean stop and start, and refuses a second instance on the same data', async () => {
    const first = await start();
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const driver = createDriver(first);
    await driver.executeQuery("CREATE (:Probe {id: 'kept', at: datetime()})");
    await driver.close();

    await expect(startEmbeddedNeo4j({ homeDir: home, port: 0, log: () => {} })).rejects.toThrow(
      /Another Neo4j already uses this data directory/,
    );

    await first.stop();
    const second = await start();
    const again = createDriver(second);
    const { records } = await again.executeQuery("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS n");
    await again.close();
    expect(records[0]?.get('n').toNumber()).toBe(1);
    await second.stop();
  }, 240_000);

  it('turns authentication on when given a password', async () => {
    const secured = await start('maillage-test-password');
    const anonymous = createDriver({ ...secured, password: '' });
    await expect(anonymous.executeQuery('RETURN 1')).rejects.toThrow(/auth|credentials|unauthorized/i);
    await anonymous.close();
    const authenticated = createDriver(secured);
    const { records } = await authenticated.executeQuery('RETURN 1 AS one');
    await authenticated.close();
    expect(records[0]?.get('one').toNumber()).toBe(1);
  }, 120_000);
});
