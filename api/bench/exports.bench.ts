// npm run bench -- --only exports: synthetic territories loaded into a fresh embedded Neo4j (the loading rate is
// printed too), then every export streamed from the API while a second client pings /healthz: time, size, how
// much the API's live heap grew (run with --expose-gc, as npm run bench does), and the event loop's answer time
// during the export against the same ping at rest.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadDataset, syntheticTerritory } from '@maillage/seeds';
import { EXPORT_FILES } from '../src/exports/index.js';
import { benchApi, benchScale, clearDatabase, writeBenchRatios, writeBenchResult, type BenchRatio } from '../../bench/support.js';

const run = promisify(execFile);
// Quick: the largest file, the one read most, and the one that kept /healthz waiting longest in earlier runs.
const { sizes: SIZES, files: FILES } = benchScale({
  full: { sizes: [10_000, 100_000], files: [...Object.keys(EXPORT_FILES), 'network.json?format=node-link'] },
  quick: { sizes: [10_000], files: ['network.gexf', 'network.json', 'edges.csv'] },
}, { sizes: 'EXPORTS_BENCH_SIZES' });

interface LoadRow { actors: number; links: number; seconds: number }
interface ExportRow { actors: number; file: string; megabytes: number; seconds: number; liveHeapGrowthMb: number; pingRestMs: number; pingDuringMs: number }

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
};

/** /healthz answer times (p95) while `during` runs, pinging every 20 ms. */
async function pings(url: string, during: Promise<unknown>): Promise<number> {
  const times: number[] = [];
  let running = true;
  void during.finally(() => (running = false));
  while (running) {
    const start = performance.now();
    await fetch(`${url}/healthz`).then((response) => response.arrayBuffer());
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return percentile(times, 0.95);
}

/** Downloads with curl, in a process of its own, so that only the API's memory is in this one. */
/** How far the live heap rose above its level at the start while `during` ran; needs node --expose-gc. */
async function liveHeapPeak(during: Promise<unknown>): Promise<number> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return Number.NaN;
  collect();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sampler = setInterval(() => {
    collect();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 500);
  await during;
  clearInterval(sampler);
  return peak - base;
}

async function download(url: string): Promise<number> {
  const { stdout } = await run('curl', ['-sS', '--fail', '-o', '/dev/null', '-w', '%{size_download}', url]);
  return Number(stdout);
}

const { driver, url: apiUrl, stop } = await benchApi('exports', { pageCache: '1g', heap: '2g' });
const loads: LoadRow[] = [];
const exports: ExportRow[] = [];
try {
  for (const size of SIZES) {
    await clearDatabase(driver);
    const data = syntheticTerritory({ actors: size, linksPerActor: 5 });
    const start = performance.now();
    await loadDataset(driver, data, { batchSize: 5_000 });
    loads.push({ actors: size, links: data.links.length, seconds: (performance.now() - start) / 1000 });
    console.error(`[bench] loaded ${size} actors in ${loads.at(-1)!.seconds.toFixed(1)} s`);
    const pingRestMs = await pings(apiUrl, new Promise((resolve) => setTimeout(resolve, 1_000)));
    for (const file of FILES) {
      const url = `${apiUrl}/export/${file}`;
      // First pass: the time, and how the event loop answers meanwhile.
      const start = performance.now();
      const transfer = download(url);
      const pingDuringMs = await pings(apiUrl, transfer);
      const bytes = await transfer;
      const seconds = (performance.now() - start) / 1000;
      // Second pass: the live heap (after a full collection, every 500 ms), so garbage does not count.
      const liveHeapGrowthMb = (await liveHeapPeak(download(url))) / 1e6;
      exports.push({ actors: size, file, megabytes: bytes / 1e6, seconds, liveHeapGrowthMb, pingRestMs, pingDuringMs });
      console.error(`[bench] ${size} ${file}: ${(bytes / 1e6).toFixed(1)} MB in ${exports.at(-1)!.seconds.toFixed(1)} s`);
    }
  }
} finally {
  await stop();
}

/** At each size, the export during which /healthz answered slowest, against the same ping at rest. */
function ratios(): BenchRatio[] {
  return SIZES.flatMap((size) => {
    const worst = exports.filter((row) => row.actors === size).sort((a, b) => b.pingDuringMs - a.pingDuringMs)[0];
    if (!worst) return [];
    return [{ measure: `/healthz p95 during the slowest-answering export, ${size} actors (${worst.file})`, figure: `${worst.pingDuringMs.toFixed(1)} ms`, baseline: `at rest ${worst.pingRestMs.toFixed(1)} ms`, ratio: worst.pingDuringMs / worst.pingRestMs }];
  });
}

writeBenchResult('exports', { loads, exports });
writeBenchRatios('exports', ratios());
process.stdout.write(`
Loading synthetic territories (npm run seed's loader, batches of 5,000), one run each

| actors | links | seconds | actors/s | links/s |
| ---: | ---: | ---: | ---: | ---: |
${loads.map((row) => `| ${row.actors} | ${row.links} | ${row.seconds.toFixed(1)} | ${(row.actors / row.seconds).toFixed(0)} | ${(row.links / row.seconds).toFixed(0)} |`).join('\n')}

Exports streamed from the API, one run each; /healthz p95 while exporting against the same ping at rest in this run

| actors | file | MB | seconds | MB/s | API live heap growth MB | /healthz p95 ms (rest → export) |
| ---: | --- | ---: | ---: | ---: | ---: | ---: |
${exports.map((row) => `| ${row.actors} | ${row.file} | ${row.megabytes.toFixed(1)} | ${row.seconds.toFixed(1)} | ${(row.megabytes / row.seconds).toFixed(1)} | ${row.liveHeapGrowthMb.toFixed(0)} | ${row.pingRestMs.toFixed(1)} → ${row.pingDuringMs.toFixed(1)} |`).join('\n')}

`);
