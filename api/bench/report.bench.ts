// npm run bench -- --only report: the steering-committee report of the whole network, for the seed and for a
// synthetic territory of 10,000 actors, loaded into a fresh embedded Neo4j: the PDF made on a new graph version
// (the analytics computed, the page written, Chromium's print), the HTML page alone, and their sizes, beside the
// GEXF export of the same network in the same run (one full read of it). Target: the PDF at 10,000 in ≤ 30 s.
import { grandBergeracois, loadDataset, syntheticTerritory, type Dataset } from '@maillage/seeds';
import { pdfText } from '../../test/pdf.js';
import { benchApi, benchScale, clearDatabase, writeBenchRatios, writeBenchResult, type BenchRatio } from '../../bench/support.js';

const { sizes: SIZES } = benchScale({ full: { sizes: [0, 10_000] }, quick: { sizes: [0, 10_000] } }, { sizes: 'REPORT_BENCH_SIZES' });
const PERIOD = 'from=2024-01-01&to=2025-12-31';
const TARGET_SECONDS = 30;

interface Row {
  actors: number;
  links: number;
  pdfSeconds: number;
  pdfMegabytes: number;
  pages: number;
  htmlSeconds: number;
  htmlMegabytes: number;
  gexfSeconds: number;
}

/** One request, timed, and the size of its answer; a refusal stops the benchmark. */
async function timed(url: string): Promise<{ seconds: number; bytes: Uint8Array }> {
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`report bench: ${url} answered ${response.status}: ${await response.text()}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { seconds: (performance.now() - start) / 1000, bytes };
}

const { driver, url, stop } = await benchApi('report', { pageCache: '1g', heap: '2g' });
const rows: Row[] = [];
try {
  for (const size of SIZES) {
    await clearDatabase(driver);
    const data: Dataset = size === 0 ? grandBergeracois() : syntheticTerritory({ actors: size, linksPerActor: 4 });
    await loadDataset(driver, data, { batchSize: 5_000 });
    // On a new graph version: nothing of the analytics is kept yet.
    const pdf = await timed(url + `/report.pdf?${PERIOD}`);
    const html = await timed(url + `/report.html?${PERIOD}`);
    const gexf = await timed(url + '/export/network.gexf');
    const { pages } = await pdfText(pdf.bytes.slice());
    rows.push({
      actors: data.actors.length, links: data.links.length, pdfSeconds: pdf.seconds, pdfMegabytes: pdf.bytes.length / 1e6, pages: pages.length,
      htmlSeconds: html.seconds, htmlMegabytes: html.bytes.length / 1e6, gexfSeconds: gexf.seconds,
    });
    console.error(`[bench] report of ${data.actors.length} actors: PDF ${pdf.seconds.toFixed(1)} s, ${pages.length} pages`);
  }
} finally {
  await stop();
}

function ratios(): BenchRatio[] {
  return rows.map((row) => ({
    measure: `report PDF of ${row.actors} actors, on a new graph version`,
    figure: `${row.pdfSeconds.toFixed(1)} s`,
    baseline: `GEXF export ${row.gexfSeconds.toFixed(2)} s`,
    ratio: row.pdfSeconds / row.gexfSeconds,
    ...(row.actors >= 10_000 ? { target: { text: `≤ ${TARGET_SECONDS} s at 10,000 actors`, met: row.pdfSeconds <= TARGET_SECONDS } } : {}),
  }));
}

writeBenchResult('report', { rows });
writeBenchRatios('report', ratios());
process.stdout.write(`
The steering-committee report of the whole network (${PERIOD.replace('&', ', ')}), one run each: the PDF on a new graph
version (analytics, page, Chromium's print), then the HTML page (analytics kept), beside the GEXF export of the same network

| actors | links | PDF s | PDF MB | pages | HTML s | HTML MB | GEXF export s |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row.actors} | ${row.links} | ${row.pdfSeconds.toFixed(1)} | ${row.pdfMegabytes.toFixed(2)} | ${row.pages} | ${row.htmlSeconds.toFixed(2)} | ${row.htmlMegabytes.toFixed(2)} | ${row.gexfSeconds.toFixed(2)} |`).join('\n')}

`);
