import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createDriver, startEmbeddedNeo4j, type EmbeddedNeo4j } from '@maillage/neo4j';
import type { Driver } from 'neo4j-driver';

/** The Chromium flags that work on these machines: no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Empties a benchmark's own database between territories, in batches (one transaction would hold them all). */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** The value below which a share `p` (0–1) of the values fall, nearest-rank. */
export function percentile(values: number[], p: number): number {
  return [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
}

/** A benchmark's own embedded Neo4j in a throw-away folder, and what closes it all (driver, database, folder). */
export async function benchDatabase(name: string, memory: { pageCache: string; heap: string }): Promise<{ neo4j: EmbeddedNeo4j; driver: Driver; close(): Promise<void> }> {
  const home = mkdtempSync(join(tmpdir(), `maillage-bench-${name}-`));
  const neo4j = await startEmbeddedNeo4j({ homeDir: home, port: 0, ...memory });
  const driver = createDriver(neo4j);
  return {
    neo4j,
    driver,
    async close() {
      await driver.close();
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Writes a benchmark's results as JSON under the git-ignored .bench/ folder. */
export function writeBenchResult(name: string, data: unknown): void {
  const output = join(import.meta.dirname, '..', '.bench');
  mkdirSync(output, { recursive: true });
  writeFileSync(join(output, `${name}.json`), JSON.stringify(data, null, 2));
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Another build of the explorer served beside the API, which it forwards everything else to (GraphQL, exports,
 * embeds' data): a before/after comparison on the same data, in the same run.
 */
export async function serveBuild(dist: string, apiUrl: string): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      createReadStream(file).pipe(res);
      return;
    }
    const target = new URL(req.url ?? '/', apiUrl);
    const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * The API as its own process (as in production) on a benchmark's Neo4j, started with Node's `args` (the entry point
 * last): its URL once it logs that it is up, and what stops it.
 */
export async function startApiProcess(neo4jUri: string, args: string[], env: Record<string, string> = {}): Promise<{ url: string; stop(): Promise<unknown> }> {
  const api = spawn(process.execPath, args, {
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    createInterface({ input: api.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.url && entry.msg?.startsWith('Maillage is up')) resolve(entry.url);
    });
  });
  return { url, stop: () => { api.kill('SIGTERM'); return new Promise((resolve) => api.once('exit', resolve)); } };
}
