// npm run bench -- --only graphql: the API's latency against the same question asked in Cypher straight through
// neo4j-driver, on the seed and on 10,000 synthetic actors; sequential requests, median and p95 of each, the raw
// Cypher of the same run as the baseline. Two APIs side by side: the response cache off (every request translated
// and asked of Neo4j; target p50 ≤ 1.25× raw, or raw + 2 ms) and on (answers served from memory after the first,
// each request still reading the graph version; target p50 ≤ 0.5× raw).
import { migrate } from '@maillage/schema';
import { grandBergeracois, loadDataset, syntheticTerritory } from '@maillage/seeds';
import type { Driver } from 'neo4j-driver';
import { benchDatabase, benchScale, clearDatabase, percentile, writeBenchRatios, writeBenchResult, type BenchRatio } from '../../bench/support.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logger.js';
import { startApi } from '../src/server.js';

const { runs: RUNS, warmUp: WARM_UP } = benchScale({ full: { runs: 200, warmUp: 20 }, quick: { runs: 50, warmUp: 10 } }, { runs: 'GRAPHQL_BENCH_RUNS' });
// As in production (main.ts): tsx's source maps made the driver's per-query stack capture costly.
process.setSourceMapsEnabled(false);

interface Case {
  name: string;
  graphql: string;
  cypher: string;
}

const CASES = (actor: string): Case[] => [
  {
    name: 'one actor',
    graphql: `{ actors(where: { id: { eq: "${actor}" } }) { id name silo kind } }`,
    cypher: 'MATCH (a:Actor {id: $actor}) RETURN a.id AS id, a.name AS name, a.silo AS silo, a.kind AS kind',
  },
  {
    name: 'its neighbourhood',
    graphql: `{ actors(where: { id: { eq: "${actor}" } }) { id cooperatesWith { id name silo } } }`,
    cypher: 'MATCH (a:Actor {id: $actor}) RETURN a.id AS id, COLLECT { MATCH (a)-[:COOPERATES_WITH]-(b:Actor) RETURN b {.id, .name, .silo} } AS partners',
  },
  {
    name: 'a filtered list (100 public actors by name)',
    graphql: '{ actors(where: { silo: { eq: PUBLIC } }, sort: [{ name: ASC }], limit: 100) { id name } }',
    cypher: "MATCH (a:Actor) WHERE a.silo = 'PUBLIC' RETURN a.id AS id, a.name AS name ORDER BY a.name LIMIT 100",
  },
  {
    name: 'an aggregation (public actors)',
    graphql: '{ actorsConnection(where: { silo: { eq: PUBLIC } }) { totalCount } }',
    cypher: "MATCH (a:Actor) WHERE a.silo = 'PUBLIC' RETURN count(a) AS total",
  },
];

/** `run` is told whether it is measured (after the warm-up) or warming up. */
async function times(run: (measured: boolean) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i += 1) await run(false);
  const result: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run(true);
    result.push(performance.now() - start);
  }
  return result;
}

/** One request; `expectHit` checks that the cached API's column measures answers served from memory. */
async function graphql(url: string, query: string, expectHit = false): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`graphql bench: ${JSON.stringify(body.errors)}`);
  if (expectHit && response.headers.get('x-cache') !== 'HIT') throw new Error(`graphql bench: not served from the response cache (X-Cache: ${response.headers.get('x-cache')})`);
}

async function busiest(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery('MATCH (a:Actor) RETURN a.id AS id ORDER BY COUNT { (a)-[:COOPERATES_WITH]-() } DESC LIMIT 1');
  return records[0]!.get('id') as string;
}

const { driver, close } = await benchDatabase('graphql', { pageCache: '512m', heap: '1g' });
/** api: the response cache off (every request asks Neo4j); cached: on, answers from memory after the first. */
interface Row { size: string; name: string; rawP50: number; rawP95: number; apiP50: number; apiP95: number; cachedP50: number; cachedP95: number }
const rows: Row[] = [];
const startBenchApi = (responseCacheMb: string) =>
  startApi(loadConfig({ PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'silent', RESPONSE_CACHE_MB: responseCacheMb }), driver, createLogger('silent'));
try {
  await migrate(driver);
  // Both in this process, one request at a time: they never run at once, so neither slows the other.
  const [api, cached] = await Promise.all([startBenchApi('0'), startBenchApi('64')]);
  try {
    for (const [size, data] of [['seed', () => grandBergeracois()], ['10,000 actors', () => syntheticTerritory({ actors: 10_000, linksPerActor: 5 })]] as const) {
      await clearDatabase(driver);
      await loadDataset(driver, data(), { batchSize: 5_000 });
      const actor = await busiest(driver);
      for (const testCase of CASES(actor)) {
        const raw = await times(() => driver.executeQuery(testCase.cypher, { actor }, { routing: 'READ' }));
        const viaApi = await times(() => graphql(api.url, testCase.graphql));
        const viaCache = await times((measured) => graphql(cached.url, testCase.graphql, measured));
        rows.push({
          size, name: testCase.name, rawP50: percentile(raw, 0.5), rawP95: percentile(raw, 0.95), apiP50: percentile(viaApi, 0.5), apiP95: percentile(viaApi, 0.95),
          cachedP50: percentile(viaCache, 0.5), cachedP95: percentile(viaCache, 0.95),
        });
        console.error(`[bench] ${size}, ${testCase.name}: raw ${rows.at(-1)!.rawP50.toFixed(2)} ms, API ${rows.at(-1)!.apiP50.toFixed(2)} ms, cached ${rows.at(-1)!.cachedP50.toFixed(2)} ms`);
      }
    }
  } finally {
    await Promise.all([api.stop(), cached.stop()]);
  }
} finally {
  await close();
}

const uncachedMet = (row: Row): boolean => row.apiP50 <= Math.max(1.25 * row.rawP50, row.rawP50 + 2);
const cachedMet = (row: Row): boolean => row.cachedP50 <= 0.5 * row.rawP50;

function ratios(): BenchRatio[] {
  const raw = (row: Row) => `Cypher ${row.rawP50.toFixed(2)} ms`;
  return rows.flatMap((row) => [
    { measure: `p50, response cache off: ${row.name} (${row.size})`, figure: `${row.apiP50.toFixed(2)} ms`, baseline: raw(row), ratio: row.apiP50 / row.rawP50, target: { text: '≤ 1.25× or + 2 ms', met: uncachedMet(row) } },
    { measure: `p50, response cache on: ${row.name} (${row.size})`, figure: `${row.cachedP50.toFixed(2)} ms`, baseline: raw(row), ratio: row.cachedP50 / row.rawP50, target: { text: '≤ 0.5×', met: cachedMet(row) } },
  ]);
}

writeBenchResult('graphql', rows);
writeBenchRatios('graphql', ratios());
process.stdout.write(`
GraphQL over HTTP against the same Cypher through neo4j-driver, ${RUNS} sequential requests each after ${WARM_UP} to warm up; two APIs, the response cache off and on

| data | question | Cypher p50 / p95 ms | cache off: API p50 / p95 ms | p50 ratio | target (≤ 1.25× or + 2 ms) | cache on: API p50 / p95 ms | p50 ratio | target (≤ 0.5×) |
| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | --- |
${rows.map((row) => `| ${row.size} | ${row.name} | ${row.rawP50.toFixed(2)} / ${row.rawP95.toFixed(2)} | ${row.apiP50.toFixed(2)} / ${row.apiP95.toFixed(2)} | ${(row.apiP50 / row.rawP50).toFixed(2)}× | ${uncachedMet(row) ? 'met' : 'MISSED'} | ${row.cachedP50.toFixed(2)} / ${row.cachedP95.toFixed(2)} | ${(row.cachedP50 / row.rawP50).toFixed(2)}× | ${cachedMet(row) ? 'met' : 'MISSED'} |`).join('\n')}

`);
