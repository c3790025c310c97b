// npm run bench -- --only embed: what an embed costs a collectivity's visitor — the JavaScript and CSS it loads
// (gzip), and the time to first render in headless Chromium for the seed's CA Bergeracoise (the baseline of this
// run) and for a synthetic territory of 300 actors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { migrate } from '@maillage/schema';
import { grandBergeracois, loadDataset, syntheticTerritory } from '@maillage/seeds';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../api/src/config/config.js';
import { explorerDist } from '../../api/src/app.js';
import { createLogger } from '../../api/src/logger.js';
import { startApi } from '../../api/src/server.js';
import { benchDatabase, benchScale, CHROMIUM_ARGS, clearDatabase, writeBenchRatios, writeBenchResult } from '../../bench/support.js';

const { runs: RUNS } = benchScale({ full: { runs: 5 }, quick: { runs: 3 } });

/** The files the embed page loads, from the built template: its script, the chunks it preloads, its CSS. */
function assets(): Array<{ file: string; bytes: number; gzip: number }> {
  const html = readFileSync(join(explorerDist, 'embed.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(([, file]) => {
    const content = readFileSync(join(explorerDist, file!));
    return { file: file!, bytes: content.byteLength, gzip: gzipSync(content, { level: 9 }).byteLength };
  });
}

const { driver, close } = await benchDatabase('embed', { pageCache: '256m', heap: '1g' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows: Array<{ view: string; actors: number; medianMs: number }> = [];
try {
  await migrate(driver);
  const api = await startApi(loadConfig({ PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'silent', EMBED_RATE_LIMIT: '100000' }), driver, createLogger('silent'));
  try {
    // The synthetic territory lies on the seed's communes: each is measured alone in the database.
    const views = [
      { view: 'seed: CA Bergeracoise (baseline)', path: '/embed?territory=200070647', data: () => grandBergeracois() },
      { view: 'synthetic: 300 actors', path: '/embed', data: () => syntheticTerritory({ actors: 300, seed: 3 }) },
    ];
    for (const { view, path, data } of views) {
      await clearDatabase(driver);
      await loadDataset(driver, data());
      const times: number[] = [];
      let actors = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
        await page.goto(`${api.url}${path}`);
        await page.waitForFunction(() => performance.getEntriesByName('maillage:embed-rendered').length > 0);
        const measure = await page.evaluate(() => ({
          ms: performance.getEntriesByName('maillage:embed-rendered')[0]!.startTime,
          actors: (window as unknown as { __maillageEmbed: { nodes(): { length: number } } }).__maillageEmbed.nodes().length,
        }));
        times.push(measure.ms);
        actors = measure.actors;
        await page.close();
      }
      rows.push({ view, actors, medianMs: [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]! });
    }
  } finally {
    await api.stop();
  }
} finally {
  await browser.close();
  await close();
}

const files = assets();
const total = files.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip }), { bytes: 0, gzip: 0 });
writeBenchResult('embed', { files, rows });
const base = rows[0]!.medianMs;
writeBenchRatios('embed', rows.slice(1).map((row) => ({ measure: `first render, ${row.view}`, figure: `${row.medianMs.toFixed(0)} ms`, baseline: `the seed's EPCI ${base.toFixed(0)} ms`, ratio: row.medianMs / base })));
process.stdout.write(`
Embed: what a visitor loads (the page's data comes inside its HTML)

| file | bytes | gzip |
| --- | ---: | ---: |
${files.map((file) => `| ${file.file} | ${file.bytes} | ${file.gzip} |`).join('\n')}
| **total** | ${total.bytes} | ${total.gzip} |

Embed: time to first render in headless Chromium, median of ${RUNS} page loads; ratio against the seed's EPCI in this run

| view | actors shown | first render ms | ratio |
| --- | ---: | ---: | ---: |
${rows.map((row) => `| ${row.view} | ${row.actors} | ${row.medianMs.toFixed(0)} | ${(row.medianMs / base).toFixed(1)}× |`).join('\n')}

`);
