import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createDriver, startEmbeddedNeo4j, type EmbeddedNeo4j } from '@maillage/neo4j';
import type { Driver } from 'neo4j-driver';
import { migrate } from '@maillage/schema';
import { loadConfig } from '../api/src/config/config.js';
import { createLogger } from '../api/src/logger.js';
import { startApi } from '../api/src/server.js';

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

/** The API in this process on a benchmark's own embedded Neo4j, its schema made and nothing seeded; `stop` ends both. */
export async function benchApi(name: string, memory: { pageCache: string; heap: string }): Promise<{ driver: Driver; url: string; stop(): Promise<void> }> {
  const database = await benchDatabase(name, memory);
  await migrate(database.driver);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'silent' });
  const api = await startApi(config, database.driver, createLogger('silent'));
  return {
    driver: database.driver,
    url: api.url,
    async stop() {
      await api.stop();
      await database.close();
    },
  };
}

const RESULTS = join(import.meta.dirname, '..', '.bench');

/** Writes a benchmark's results as JSON under the git-ignored .bench/ folder. */
export function writeBenchResult(name: string, data: unknown): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify(data, null, 2));
}

/** The variable `npm run bench -- --quick` sets for each benchmark it starts. */
export const QUICK_VARIABLE = 'BENCH_QUICK';

/** Whether this is the quick run: smaller territories and shorter runs, every ratio still measured. */
export function isQuickRun(): boolean {
  return process.env[QUICK_VARIABLE] === '1';
}

type ScaleValue = number | number[];

/** A number, or a comma-separated list where the default is a list; a typo stops the benchmark at once. */
function parseOverride(variable: string, given: string, fallback: ScaleValue): ScaleValue {
  const values = given.split(',').map(Number);
  if (values.some((value) => !Number.isFinite(value)) || (!Array.isArray(fallback) && values.length !== 1)) {
    throw new Error(`bench: ${variable}="${given}" is not ${Array.isArray(fallback) ? 'a comma-separated list of numbers' : 'a number'}`);
  }
  return Array.isArray(fallback) ? values : values[0]!;
}

/** The keys of a scale whose values are numbers or lists of numbers: those an environment variable may set. */
type NumericKeys<T> = { [K in keyof T]: T[K] extends ScaleValue ? K : never }[keyof T];

/**
 * A benchmark's sizes and durations: the full run's, or the quick run's (`npm run bench -- --quick`). A variable
 * named in `overrides` wins over both when it is set (THROUGHPUT_SECONDS=30 is 30 s, quick or not).
 */
export function benchScale<T extends Record<string, unknown>>(scales: { full: T; quick: T }, overrides: { [K in NumericKeys<T>]?: string } = {}): T {
  const chosen: Record<string, unknown> = { ...(isQuickRun() ? scales.quick : scales.full) };
  for (const [key, variable] of Object.entries<string | undefined>(overrides)) {
    const given = variable ? process.env[variable] : undefined;
    // Only numeric keys can be named in `overrides` (NumericKeys), so the default there is a number or a list.
    if (variable && given) chosen[key] = parseOverride(variable, given, chosen[key] as ScaleValue);
  }
  // Each key keeps its kind (a number stays a number, a list a list): parseOverride follows the default's.
  return chosen as T;
}

/** One figure beside its baseline measured in the same run, for the summary that closes `npm run bench`. */
export interface BenchRatio {
  measure: string;
  figure: string;
  baseline: string;
  /** figure / baseline. */
  ratio: number;
  /** The target for this ratio or figure, and whether it was met, when there is one. */
  target?: { text: string; met: boolean };
}

const ratiosFile = (name: string): string => join(RESULTS, `${name}.ratios.json`);

/** A benchmark's ratios, beside its results, for npm run bench to gather once every benchmark has run. */
export function writeBenchRatios(name: string, ratios: BenchRatio[]): void {
  writeBenchResult(`${name}.ratios`, ratios);
}

/** What a benchmark wrote with writeBenchRatios in this run (run.ts removes the file before starting it). */
export function readBenchRatios(name: string): BenchRatio[] {
  return existsSync(ratiosFile(name)) ? (JSON.parse(readFileSync(ratiosFile(name), 'utf8')) as BenchRatio[]) : [];
}

/** Forgets a benchmark's ratios from an earlier run, so that a failed run cannot show stale ones. */
export function forgetBenchRatios(name: string): void {
  rmSync(ratiosFile(name), { force: true });
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
  const exited = new Promise<unknown>((resolve) => api.once('exit', resolve));
  // A benchmark that fails half-way leaves no API behind it.
  process.once('exit', () => api.kill('SIGTERM'));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: api.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.url && entry.msg?.startsWith('Maillage is up')) resolve(entry.url);
    });
    // An API that cannot start (a missing build, a bad setting) stops the benchmark rather than leaving it waiting.
    void exited.then((code) => reject(new Error(`bench: the API process exited (${String(code)}) before it was up; its errors are above`)));
  });
  return { url, stop: () => { api.kill('SIGTERM'); return exited; } };
}
