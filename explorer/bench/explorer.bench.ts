// npm run bench -- explorer: the explorer in headless Chromium on territories of growing size, each on a fresh
// embedded Neo4j: time to fetch the network, to first render and to settle (layout done), and frames while
// panning. The seed territory, measured in the same run, is the baseline every ratio is taken against.
import { migrate } from '@maillage/schema';
import { grandBergeracois, loadDataset, syntheticTerritory } from '@maillage/seeds';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../../api/src/config/config.js';
import { createLogger } from '../../api/src/logger.js';
import { startApi } from '../../api/src/server.js';
import { benchDatabase, benchScale, CHROMIUM_ARGS, clearDatabase, serveBuild, writeBenchRatios, writeBenchResult, type BenchRatio } from '../../bench/support.js';

const { sizes: SIZES } = benchScale({ full: { sizes: [500, 5_000, 20_000] }, quick: { sizes: [5_000] } }, { sizes: 'BENCH_SIZES' });
// Another build of the explorer (say, the commit before a change), measured beside this one on the same data.
const BASELINE_DIST = process.env.BENCH_BASELINE_DIST;
const SETTLE_TIMEOUT_MS = 600_000;

interface Measure {
  territory: string;
  actors: number;
  links: number;
  fetchMs: number;
  firstRenderMs: number;
  settledMs: number;
  panFps: number;
}

async function measure(browser: Browser, url: string, territory: string): Promise<Measure> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  // tsx keeps function names with an `__name` helper, which the functions sent to the page then call.
  await page.addInitScript('window.__name = (fn) => fn;');
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('maillage:settled').length > 0, undefined, { timeout: SETTLE_TIMEOUT_MS, polling: 250 });
    return await page.evaluate(async (name) => {
      const at = (mark: string): number => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
      const graphql = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/graphql')) as PerformanceResourceTiming | undefined;
      const cy = window.__maillageCy!;
      // Pan for two seconds, one step a frame, and count the frames the browser managed to draw.
      const frames = await new Promise<number>((resolve) => {
        let count = 0;
        const start = performance.now();
        const step = (): void => {
          cy.panBy({ x: 3, y: 1 });
          count += 1;
          if (performance.now() - start < 2000) requestAnimationFrame(step);
          else resolve(count / ((performance.now() - start) / 1000));
        };
        requestAnimationFrame(step);
      });
      return {
        territory: name,
        actors: cy.nodes().length,
        links: cy.edges().length,
        fetchMs: graphql ? graphql.responseEnd - graphql.startTime : Number.NaN,
        firstRenderMs: at('maillage:first-render'),
        settledMs: at('maillage:settled'),
        panFps: frames,
      };
    }, territory);
  } finally {
    await page.close();
  }
}

function table(rows: Measure[]): string {
  const base = rows[0]!;
  const ratio = (value: number, of: number): string => `${(value / of).toFixed(1)}×`;
  const lines = [
    '| territory | actors | links | fetch ms | first render ms | settled ms | pan fps | settled / seed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.territory} | ${row.actors} | ${row.links} | ${row.fetchMs.toFixed(0)} | ${row.firstRenderMs.toFixed(0)} | ` +
      `${row.settledMs.toFixed(0)} | ${row.panFps.toFixed(0)} | ${ratio(row.settledMs, base.settledMs)} |`),
  ];
  return lines.join('\n');
}

const { driver, close } = await benchDatabase('explorer', { pageCache: '512m', heap: '2g' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const results: Measure[] = [];
try {
  await migrate(driver);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'silent' });
  const api = await startApi(config, driver, createLogger('silent'));
  const baseline = BASELINE_DIST ? await serveBuild(BASELINE_DIST, api.url) : null;
  try {
    const territories: [string, () => unknown][] = [
      ['seed (baseline)', () => grandBergeracois()],
      ...SIZES.map((size): [string, () => unknown] => [`synthetic ${size}`, () => syntheticTerritory({ actors: size })]),
    ];
    for (const [name, data] of territories) {
      await clearDatabase(driver);
      await loadDataset(driver, data(), { batchSize: 5_000 });
      if (baseline) {
        const before = await measure(browser, `${baseline.url}/`, `${name} · before`);
        results.push(before);
        console.error(`[bench] ${before.territory}: settled in ${before.settledMs.toFixed(0)} ms`);
      }
      const row = await measure(browser, `${api.url}/`, baseline ? `${name} · after` : name);
      results.push(row);
      console.error(`[bench] ${row.territory}: settled in ${row.settledMs.toFixed(0)} ms`);
    }
  } finally {
    baseline?.close();
    await api.stop();
  }
} finally {
  await browser.close();
  await close();
}

/** First render and settling of each territory against the seed's, measured in the same run. */
function ratios(rows: Measure[]): BenchRatio[] {
  const base = rows[0]!;
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  return rows.slice(1).flatMap((row) => [
    { measure: `first render, ${row.territory} (${row.actors} actors)`, figure: seconds(row.firstRenderMs), baseline: `seed ${seconds(base.firstRenderMs)}`, ratio: row.firstRenderMs / base.firstRenderMs },
    { measure: `settled, ${row.territory} (${row.actors} actors)`, figure: seconds(row.settledMs), baseline: `seed ${seconds(base.settledMs)}`, ratio: row.settledMs / base.settledMs },
  ]);
}

writeBenchResult('explorer', results);
writeBenchRatios('explorer', ratios(results));
process.stdout.write(`\nExplorer in headless Chromium (Debian), one run each; ratios against the seed territory in this run\n\n${table(results)}\n\n`);
