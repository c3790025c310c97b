// npm run bench -- --only throughput: autocannon against the API running as its own process (as in production),
// 50 connections: a single-actor lookup and a 2-hop neighbourhood, beside /healthz measured in the same run as the
// floor of the HTTP stack. Target (the performance issue): the lookup at 1,000 req/s or more, p95 under 20 ms, no
// error. THROUGHPUT_SECONDS sets each run's length (10 s).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { migrate } from '@maillage/schema';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { benchDatabase, percentile, writeBenchResult } from '../../bench/support.js';

const SECONDS = Number(process.env.THROUGHPUT_SECONDS ?? 10);
const CONNECTIONS = 50;
const ACTOR = 'recyclerie-bergerac';

interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const CASES = [
  { name: '/healthz (baseline: the HTTP stack alone)', path: '/healthz', method: 'GET' as const },
  { name: 'one actor', path: '/graphql', method: 'POST' as const, body: JSON.stringify({ query: `{ actors(where: { id: { eq: "${ACTOR}" } }) { id name silo kind } }` }) },
  { name: '2-hop neighbourhood', path: '/graphql', method: 'POST' as const, body: JSON.stringify({ query: `{ actors(where: { id: { eq: "${ACTOR}" } }) { id cooperatesWith { id name cooperatesWith { id name } } } }` }) },
  // With 50 clients each waiting for its answer, mean latency is 50 / throughput (Little's law): p95 under 20 ms
  // needs well over 2,500 req/s. Ten clients show the latency of a lighter load.
  { name: 'one actor, 10 connections', connections: 10, path: '/graphql', method: 'POST' as const, body: JSON.stringify({ query: `{ actors(where: { id: { eq: "${ACTOR}" } }) { id name silo kind } }` }) },
] as { name: string; path: string; method: 'GET' | 'POST'; body?: string; connections?: number }[];

async function measure(url: string, testCase: (typeof CASES)[number]): Promise<Row> {
  // Every response's time, kept here: autocannon's own histogram reports p97.5 and p99, not p95.
  const times: number[] = [];
  const result = await autocannon({
    url: `${url}${testCase.path}`,
    method: testCase.method,
    connections: testCase.connections ?? CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json' },
    ...(testCase.body ? { body: testCase.body } : {}),
    setupClient: (client) => client.on('response', (_status: number, _bytes: number, responseTime: number) => times.push(responseTime)),
  });
  return {
    name: testCase.name,
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const { neo4j, driver, close } = await benchDatabase('throughput', { pageCache: '256m', heap: '1g' });
const rows: Row[] = [];
try {
  await migrate(driver);
  await loadDataset(driver, grandBergeracois());
  const api = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'main.ts')], {
    env: { ...process.env, NEO4J_URI: neo4j.uri, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve) => {
      createInterface({ input: api.stdout! }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.url && entry.msg?.startsWith('Maillage is up')) resolve(entry.url);
      });
    });
    for (const testCase of CASES) {
      await measure(url, { ...testCase }); // warm-up run: JIT, caches, Neo4j's query plans
      rows.push(await measure(url, testCase));
      console.error(`[bench] ${testCase.name}: ${rows.at(-1)!.requestsPerSecond.toFixed(0)} req/s, p95 ${rows.at(-1)!.p95.toFixed(1)} ms`);
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
} finally {
  await close();
}

writeBenchResult('throughput', rows);
const baseline = rows[0]!.requestsPerSecond;
const lookup = rows[1]!;
const met = lookup.requestsPerSecond >= 1_000 && lookup.p95 < 20 && lookup.errors + lookup.non2xx === 0;
process.stdout.write(`
Throughput: autocannon, ${CONNECTIONS} connections unless said, ${SECONDS} s per question after as long a warm-up, the API in its own process, on the seed

| question | req/s | share of /healthz | p50 ms | p95 ms | p99 ms | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row.name} | ${row.requestsPerSecond.toFixed(0)} | ${((100 * row.requestsPerSecond) / baseline).toFixed(0)} % | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.errors} | ${row.non2xx} |`).join('\n')}

Target for the lookup (≥ 1,000 req/s, p95 < 20 ms, no error): ${met ? 'met' : 'MISSED'}

`);
