// npm run bench -- explorer: the explorer in headless Chromium on territories of growing size, each on a fresh
// embedded Neo4j: time to fetch the network, to first render and to settle (layout done), and frames while
// panning. The seed territory, measured in the same run, is the baseline every ratio is taken against. Each
// territory is opened three times: the first visit after the data changed (the API computes the layout), a later
// visit (the answer kept by graph version), and a later visit with the WebGL renderer (its frame-rate probe).
import { migrate } from '@maillage/schema';
import { grandBergeracois, loadDataset, syntheticTerritory } from '@maillage/seeds';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../../api/src/config/config.js';
import { createLogger } from '../../api/src/logger.js';
import { startApi } from '../../api/src/server.js';
import { benchDatabase, benchScale, CHROMIUM_ARGS, clearDatabase, serveBuild, writeBenchRatios, writeBenchResult, type BenchRatio } from '../../bench/support.js';

// WebGL is opened up to `webglUpTo` actors: Chromium's software WebGL (no GPU here) takes most of a minute for one
// frame of 5,000, which a quick run cannot spare.
const { sizes: SIZES, webglUpTo: WEBGL_UP_TO } = benchScale(
  { full: { sizes: [500, 5_000, 20_000], webglUpTo: 5_000 }, quick: { sizes: [5_000], webglUpTo: 1_000 } },
  { sizes: 'BENCH_SIZES' },
);
// Another build of the explorer (say, the commit before a change), measured beside this one on the same data.
const BASELINE_DIST = process.env.BENCH_BASELINE_DIST;
const SETTLE_TIMEOUT_MS = 600_000;

/** How a territory is opened: the first visit after a change, a later one, a later one drawn with WebGL. */
const VISITS = [
  { name: 'first visit', query: '' },
  { name: 'later visit', query: '' },
  { name: 'later visit, WebGL', query: '?renderer=webgl' },
] as const;

interface Measure {
  territory: string;
  visit: string;
  actors: number;
  links: number;
  fetchMs: number;
  firstRenderMs: number;
  settledMs: number;
  panFps: number;
}

async function measure(browser: Browser, url: string, territory: string, visit: (typeof VISITS)[number]): Promise<Measure> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx keeps function names with an `__name` helper, which the functions sent to the page then call.
  await page.addInitScript('window.__name = (fn) => fn;');
  try {
    await page.goto(`${url}${visit.query}`);
    // WebGL's own measure is its probe (the page then goes back to the canvas if it draws too few frames).
    const ready = visit.query ? 'maillage:renderer-probed' : 'maillage:settled';
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, ready, { timeout: SETTLE_TIMEOUT_MS, polling: 250 });
    return await page.evaluate(async ({ name, visitName, probed }) => {
      const at = (mark: string): number => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
      const graphql = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/graphql')) as PerformanceResourceTiming | undefined;
      const cy = window.__maillageCy!;
      const probe = performance.getEntriesByName('maillage:renderer-probed')[0] as PerformanceMark | undefined;
      // Pan for two seconds, one step an animation frame, and count the frames Cytoscape drew (its `render`
      // events): an animation frame that only moved the view without drawing it again would not count.
      const frames = probed ? (probe?.detail as { framesPerSecond: number }).framesPerSecond : await new Promise<number>((resolve) => {
        let drawn = 0;
        const count = (): void => void (drawn += 1);
        cy.on('render', count);
        const start = performance.now();
        const step = (): void => {
          cy.panBy({ x: 3, y: 1 });
          if (performance.now() - start < 2000) requestAnimationFrame(step);
          else {
            cy.off('render', count);
            resolve(drawn / ((performance.now() - start) / 1000));
          }
        };
        requestAnimationFrame(step);
      });
      return {
        territory: name,
        visit: visitName,
        actors: cy.nodes().length,
        links: cy.edges().length,
        fetchMs: graphql ? graphql.responseEnd - graphql.startTime : Number.NaN,
        firstRenderMs: at('maillage:first-render'),
        settledMs: at('maillage:settled'),
        panFps: frames,
      };
    }, { name: territory, visitName: visit.name, probed: Boolean(visit.query) });
  } finally {
    await page.close();
  }
}

function table(rows: Measure[]): string {
  const base = rows[0]!;
  const ratio = (value: number, of: number): string => `${(value / of).toFixed(1)}×`;
  const lines = [
    '| territory | visit | actors | links | fetch ms | first render ms | settled ms | pan fps | first render / seed |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.territory} | ${row.visit} | ${row.actors} | ${row.links} | ${row.fetchMs.toFixed(0)} | ${row.firstRenderMs.toFixed(0)} | ` +
      `${row.settledMs.toFixed(0)} | ${row.panFps.toFixed(0)} | ${ratio(row.firstRenderMs, base.firstRenderMs)} |`),
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
    const territories: { name: string; actors: number; data: () => unknown }[] = [
      { name: 'seed (baseline)', actors: 153, data: () => grandBergeracois() },
      ...SIZES.map((size) => ({ name: `synthetic ${size}`, actors: size, data: () => syntheticTerritory({ actors: size }) })),
    ];
    for (const { name, actors, data } of territories) {
      await clearDatabase(driver);
      await loadDataset(driver, data(), { batchSize: 5_000 });
      for (const visit of VISITS.filter((candidate) => !candidate.query || actors <= WEBGL_UP_TO)) {
        if (baseline) {
          const before = await measure(browser, `${baseline.url}/`, `${name} · before`, visit);
          results.push(before);
          console.error(`[bench] ${before.territory}, ${visit.name}: first render in ${before.firstRenderMs.toFixed(0)} ms`);
        }
        const row = await measure(browser, `${api.url}/`, baseline ? `${name} · after` : name, visit);
        results.push(row);
        console.error(`[bench] ${row.territory}, ${visit.name}: first render in ${row.firstRenderMs.toFixed(0)} ms, ${row.panFps.toFixed(0)} fps`);
      }
    }
  } finally {
    baseline?.close();
    await api.stop();
  }
} finally {
  await browser.close();
  await close();
}

/** The targets for the first picture (a later visit, on the canvas) and for panning at 20,000 actors. */
const FIRST_PICTURE_TARGETS: Record<string, number> = { 'seed (baseline)': 1_000, 'synthetic 5000': 3_000, 'synthetic 20000': 6_000 };

/**
 * Each territory's first render against the seed's, visit by visit, with the target where one applies;
 * WebGL's frame rate against the canvas's on the same territory.
 */
function ratios(rows: Measure[]): BenchRatio[] {
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const seedOf = (visit: string): Measure | undefined => rows.find((row) => row.visit === visit && row.territory.startsWith('seed'));
  return rows.flatMap((row): BenchRatio[] => {
    const seed = seedOf(row.visit);
    if (!seed) return [];
    const limit = FIRST_PICTURE_TARGETS[row.territory];
    const canvas = rows.find((other) => other.territory === row.territory && other.visit === 'later visit');
    const webgl = row.visit.endsWith('WebGL') && canvas
      ? [{ measure: `pan fps, WebGL, ${row.territory}`, figure: row.panFps.toFixed(0), baseline: `canvas ${canvas.panFps.toFixed(0)}`, ratio: row.panFps / canvas.panFps }]
      : [];
    const panning = row.visit === 'later visit' && row.actors >= 20_000
      ? [{ measure: `pan fps, ${row.territory}`, figure: row.panFps.toFixed(0), baseline: `seed ${seed.panFps.toFixed(0)}`, ratio: row.panFps / seed.panFps, target: { text: '≥ 30 fps', met: row.panFps >= 30 } }]
      : [];
    return [{
      measure: `first render, ${row.territory} (${row.actors} actors), ${row.visit}`, figure: seconds(row.firstRenderMs), baseline: `seed ${seconds(seed.firstRenderMs)}`,
      ratio: row.firstRenderMs / seed.firstRenderMs,
      ...(row.visit === 'later visit' && limit !== undefined ? { target: { text: `≤ ${seconds(limit)}`, met: row.firstRenderMs <= limit } } : {}),
    }, ...webgl, ...panning];
  });
}

writeBenchResult('explorer', results);
writeBenchRatios('explorer', ratios(results));
process.stdout.write(`\nExplorer in headless Chromium (Debian), one run each; ratios against the seed territory in this run\n\n${table(results)}\n\n`);
