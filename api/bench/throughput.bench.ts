// npm run bench -- --only throughput: autocannon against the API running as its own process (as in production),
// 50 connections: a single-actor lookup and a 2-hop neighbourhood (with limits, within the cost bound), beside /healthz measured in the same run as the
// floor of the HTTP stack. Target (the performance issue): the lookup at 1,000 req/s or more, p95 under 20 ms, no
// error. Two runtimes side by side, in the same run: the compiled JavaScript with source maps on (production today)
// and, as the baseline, the former production — the sources through tsx, source maps switched off.
// THROUGHPUT_SECONDS sets each run's length (10 s).
import { join } from 'node:path';
import autocannon from 'autocannon';
import { migrate } from '@maillage/schema';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { benchDatabase, percentile, startApiProcess, writeBenchResult } from '../../bench/support.js';

const SECONDS = Number(process.env.THROUGHPUT_SECONDS ?? 10);
const CONNECTIONS = 50;
const ACTOR = 'recyclerie-bergerac';

interface Row {
  runtime: string;
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
  { name: '2-hop neighbourhood', path: '/graphql', method: 'POST' as const, body: JSON.stringify({ query: `{ actors(where: { id: { eq: "${ACTOR}" } }, limit: 1) { id cooperatesWith(limit: 50) { id name cooperatesWith(limit: 50) { id name } } } }` }) },
  // With 50 clients each waiting for its answer, mean latency is 50 / throughput (Little's law): p95 under 20 ms
  // needs well over 2,500 req/s. Ten clients show the latency of a lighter load.
  { name: 'the network (explorer)', path: '/graphql', method: 'POST' as const, body: JSON.stringify({ query: '{ network { actors { id name silo kind sectorIds territoryIds } links { id source target kind } sectors { id name } territories { id name level partOf } } }' }) },
  { name: 'an embed', path: '/embed?lang=fr', method: 'GET' as const },
  { name: 'one actor, 10 connections', connections: 10, path: '/graphql', method: 'POST' as const, body: JSON.stringify({ query: `{ actors(where: { id: { eq: "${ACTOR}" } }) { id name silo kind } }` }) },
] as { name: string; path: string; method: 'GET' | 'POST'; body?: string; connections?: number }[];

const API = join(import.meta.dirname, '..');
// The same compiled API twice, the response cache off (the baseline: every request asks Neo4j) and on.
const COMPILED = ['--enable-source-maps', join(API, 'dist', 'main.js')];
const RUNTIMES = [
  { name: 'response cache off (baseline)', args: COMPILED, env: { RESPONSE_CACHE_MB: '0', EMBED_RATE_LIMIT: '100000' } },
  { name: 'response cache on', args: COMPILED, env: { EMBED_RATE_LIMIT: '100000' } },
];

async function measure(url: string, testCase: (typeof CASES)[number], runtime: string): Promise<Row> {
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
    runtime,
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
  const apis = await Promise.all(RUNTIMES.map((runtime) => startApiProcess(neo4j.uri, runtime.args, runtime.env)));
  try {
    // Question by question, each runtime in turn: a busy spell of the shared machine touches both alike.
    for (const testCase of CASES) {
      for (const [i, runtime] of RUNTIMES.entries()) {
        await measure(apis[i]!.url, { ...testCase }, runtime.name); // warm-up run: JIT, caches, Neo4j's query plans
        rows.push(await measure(apis[i]!.url, testCase, runtime.name));
        console.error(`[bench] ${runtime.name}, ${testCase.name}: ${rows.at(-1)!.requestsPerSecond.toFixed(0)} req/s, p95 ${rows.at(-1)!.p95.toFixed(1)} ms`);
      }
    }
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
  }
} finally {
  await close();
}

writeBenchResult('throughput', rows);
const after = rows.filter((row) => row.runtime === RUNTIMES[1]!.name);
const before = rows.filter((row) => row.runtime === RUNTIMES[0]!.name);
const healthz = after[0]!.requestsPerSecond;
const lookup = after[1]!;
const met = lookup.requestsPerSecond >= 1_000 && lookup.p95 < 20 && lookup.errors + lookup.non2xx === 0;
process.stdout.write(`
Throughput: autocannon, ${CONNECTIONS} connections unless said, ${SECONDS} s per question after as long a warm-up, the API in its own process, on the seed

| question | req/s cached | req/s uncached | cached / uncached | cached, share of /healthz | uncached, share of /healthz | p50 ms | p95 ms | p99 ms | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${after.map((row, i) => `| ${row.name} | ${row.requestsPerSecond.toFixed(0)} | ${before[i]!.requestsPerSecond.toFixed(0)} | ${(row.requestsPerSecond / before[i]!.requestsPerSecond).toFixed(2)} | ${((100 * row.requestsPerSecond) / healthz).toFixed(0)} % | ${((100 * before[i]!.requestsPerSecond) / before[0]!.requestsPerSecond).toFixed(0)} % | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.errors} | ${row.non2xx} |`).join('\n')}

Latencies and errors are the cached runtime's; both run the compiled dist/. Target for the lookup (≥ 1,000 req/s, p95 < 20 ms, no error): ${met ? 'met' : 'MISSED'}

`);
