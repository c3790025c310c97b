import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, startEmbeddedNeo4j, type EmbeddedNeo4j } from '@maillage/neo4j';
import { migrate } from '@maillage/schema';
import { grandBergeracois, loadDataset, syntheticTerritory } from '@maillage/seeds';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, sessionCheck } from '../accounts/index.js';
import { revokeSession } from '../accounts/sessions.js';
import { findAccount, updateAccount } from '../accounts/store.js';
import { EditingService } from '../editing/index.js';
import { backupGraph } from './backup.js';
import { restoreGraph } from './restore.js';
import { encodeProperties, toNumber } from '../db/values.js';
import { FROM_SOURCES, SOURCE_ENV } from '../../../test/source.js';

// A Neo4j of its own: restoring is tried on an empty database, the way a new machine would, and `--replace` wipes
// everything, which the run's shared database cannot afford.
const home = mkdtempSync(join(tmpdir(), 'maillage-backup-neo4j-'));
const folder = mkdtempSync(join(tmpdir(), 'maillage-backup-'));
let neo4j: EmbeddedNeo4j;
let driver: Driver;

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ homeDir: join(home, 'db'), port: 0, pageCache: '32m', heap: '512m', log: () => {} });
  driver = createDriver(neo4j);
  await migrate(driver);
  await loadDataset(driver, grandBergeracois());
  await loadDataset(driver, syntheticTerritory({ actors: 3_000, linksPerActor: 3 }));
  await createAccount(driver, 'neo4j', { email: 'animatrice@example.org', password: 'une phrase de passe assez longue', roles: ['animator'] });
  const editing = new EditingService(driver, 'neo4j');
  await editing.save('ACTOR', { id: 'a-supprimer', name: 'Acteur supprimé', silo: 'PRIVATE', kind: 'COMPANY' }, 'animatrice@example.org');
  await editing.delete('ACTOR', 'a-supprimer', 'animatrice@example.org');
  await driver.executeQuery(
    `CREATE (:Probe {int: 9007199254740993, float: 1.0, negativeZero: -0.0, text: 'é\\n"', flag: false, ints: [1, 2], floats: [0.5],
       date: date('2024-02-29'), at: datetime('2026-11-29T16:30:05.123456789+01:00'), zoned: datetime({year: 2026, month: 3, day: 29, hour: 2, timezone: 'Europe/Paris'}),
       local: localdatetime('2026-01-01T00:00:00.000000001'), time: time('12:00+01:00'), localTime: localtime('12:00'), duration: duration('P1M2DT3.000000004S'),
       here: point({latitude: 44.85, longitude: 0.48}), there: point({x: 1, y: 2, z: 3})})-[:PROBES {since: date('2020-01-01'), weight: 0.5}]->(:Probe:Second {id: 'b'})`,
  );
}, 180_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
});

/**
 * The graph as a sorted list of lines: each node by its labels and typed properties, each relationship by its ends.
 * The graph version is not in backups: a restore raises it.
 */
async function canonical(): Promise<string[]> {
  const nodes = await driver.executeQuery('MATCH (n) WHERE NOT n:GraphVersion RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties');
  const key = new Map(nodes.records.map((record) => [record.get('id') as string, JSON.stringify([(record.get('labels') as string[]).sort(), encodeProperties(record.get('properties'))])]));
  const relationships = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS properties');
  return [
    ...key.values(),
    ...relationships.records.map((record) => JSON.stringify([key.get(record.get('a')), record.get('type'), key.get(record.get('b')), encodeProperties(record.get('properties'))])),
  ].sort();
}

function run(args: string[], onLine?: (line: string, kill: () => void) => void): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [...FROM_SOURCES, 'api/src/backup/cli.ts', ...args], {
    env: { ...process.env, ...SOURCE_ENV, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, INIT_CWD: folder },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onLine?.(chunk.toString(), () => child.kill('SIGKILL'));
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('backup and restore', () => {
  it('give back the same graph, node for node and property for property, on an emptied database', async () => {
    const before = await canonical();
    expect(before.length).toBeGreaterThan(10_000);
    const backup = await run(['backup', '--out', 'hier.jsonl']);
    expect(backup.code, backup.stderr).toBe(0);
    const file = join(folder, 'hier.jsonl');
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!)).toMatchObject({ format: 'maillage-backup', version: 1 });

    const session = driver.session();
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS').finally(() => session.close());
    const restored = await run(['restore', 'hier.jsonl']);
    expect(restored.code, restored.stderr).toBe(0);
    // A restore ends every session: each account's session version moved on by one. Put back, all is the same.
    const versions = await driver.executeQuery('MATCH (a:Account) SET a.sessionVersion = a.sessionVersion - 1 RETURN collect(a.sessionVersion) AS versions');
    expect((versions.records[0]?.get('versions') as unknown[]).map(toNumber)).toEqual([0]);
    expect(await canonical()).toEqual(before);
  }, 180_000);

  it('leave the graph as it was when a restore is killed halfway, or refused', async () => {
    const before = await canonical();
    const killed = await run(['restore', 'hier.jsonl', '--replace'], (line, kill) => {
      if (/\[restore\] relationships \d+/.test(line)) kill();
    });
    expect(killed.code).toBeNull();
    expect(await canonical()).toEqual(before);

    const notEmpty = await run(['restore', 'hier.jsonl']);
    expect(notEmpty.stderr).toMatch(/the database is not empty; add --replace/);
    const whole = readFileSync(join(folder, 'hier.jsonl'), 'utf8').split('\n');
    writeFileSync(join(folder, 'cut.jsonl'), whole.slice(0, whole.length - 200).join('\n'));
    const cut = await run(['restore', 'cut.jsonl', '--replace']);
    expect(cut.stderr).toMatch(/the file is cut short \(no end line\): nothing restored/);
    writeFileSync(join(folder, 'other.jsonl'), '{"hello": "world"}\n');
    expect((await run(['restore', 'other.jsonl', '--replace'])).stderr).toMatch(/this is not a Maillage backup/);
    expect(await canonical()).toEqual(before);
  }, 180_000);

  it('write owner-only files, in an owner-only folder, a stale temporary file included', async () => {
    const mode = (path: string): number => statSync(path).mode & 0o777;
    expect(mode(join(folder, 'hier.jsonl'))).toBe(0o600);
    const backup = await run(['backup']);
    expect(backup.code, backup.stderr).toBe(0);
    const backups = join(folder, 'backups');
    expect(mode(backups)).toBe(0o700);
    expect(readdirSync(backups).map((name) => mode(join(backups, name)))).toEqual([0o600]);

    const file = join(folder, 'stale.jsonl');
    writeFileSync(`${file}.partial`, 'left by a killed run', { mode: 0o644 });
    await backupGraph(driver, 'neo4j', file);
    expect(mode(file)).toBe(0o600);
  }, 180_000);

  it('end every session on restore: an older backup does not bring back a session ended since', async () => {
    const email = 'animatrice@example.org';
    const check = sessionCheck(driver, 'neo4j');
    const before = (await findAccount(driver, 'neo4j', email))!.sessionVersion;
    expect(await check({ email, id: 'taken-before-the-backup', version: before })).toEqual(['animator']);
    const file = join(folder, 'sessions.jsonl');
    await backupGraph(driver, 'neo4j', file);

    // After the backup: a password change ends the first session, a logout the next one; a third one is open.
    await updateAccount(driver, 'neo4j', email, { password: 'une autre phrase de passe assez longue' });
    await revokeSession(driver, 'neo4j', { id: 'logged-out', expiresAt: new Date(Date.now() + 3_600_000) });
    const sessions = [{ id: 'taken-before-the-backup', version: before }, { id: 'logged-out', version: before + 1 }, { id: 'open', version: before + 1 }];
    expect(await Promise.all(sessions.map((session) => check({ email, ...session })))).toEqual([null, null, ['animator']]);

    await restoreGraph(driver, 'neo4j', file, { replace: true });
    expect(await Promise.all(sessions.map((session) => check({ email, ...session })))).toEqual([null, null, null]);
    expect((await findAccount(driver, 'neo4j', email))!.sessionVersion).toBe(before + 2);
    expect(await check({ email, id: 'signed-in-again', version: before + 2 })).toEqual(['animator']);
  }, 180_000);
});
