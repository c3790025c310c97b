// npm run bench -- --only analytics: every analytics query, timed on synthetic territories of growing size with
// nothing cached (as after a write), against one breadth-first pass over the same graph measured in the same
// run; then the issue's targets, and how far sampled betweenness agrees with the exact ranking. Then the fragile
// points' measures (what-if, cut points, bridges, structural holes, mixing, cores, coverage) at the same sizes and
// at 5,000 actors, each size in a process of its own (analyticsFragility.ts) beside a BFS pass and the betweenness
// whatIf computes, both timed in that process:
// a measure past ANALYTICS_BENCH_LIMIT_SECONDS (60) is stopped and said so, as is one that runs out of memory.
import { syntheticTerritory } from '@maillage/seeds';
import { AnalyticsState } from '../src/analytics/engine/state.js';
import { runQuery, type QueryArgs, type QueryName } from '../src/analytics/engine/queries.js';
import { betweenness } from '../src/analytics/measures/betweenness.js';
import { BROKER_DEFAULTS, sampleSources } from '../src/analytics/measures/brokers.js';
import { components } from '../src/analytics/measures/structure.js';
import { projectionFromDataset } from '../src/analytics/reference/fromDataset.js';
import type { Projection } from '../src/analytics/projection/types.js';
import { benchScale, writeBenchRatios, writeBenchResult, type BenchRatio } from '../../bench/support.js';
import { FRAGILITY_MEASURES, fragilityRow, type FragilityMeasure, type FragilityRow } from './analyticsFragility.js';

const { sizes: SIZES, limitSeconds: LIMIT_SECONDS } = benchScale(
  { full: { sizes: [1_000, 10_000, 100_000], limitSeconds: 60 }, quick: { sizes: [1_000, 10_000], limitSeconds: 60 } },
  { sizes: 'ANALYTICS_BENCH_SIZES', limitSeconds: 'ANALYTICS_BENCH_LIMIT_SECONDS' },
);
/** The issue's what-if target is set at 5,000 actors: the fragile points are measured there too. */
const WHAT_IF_TARGET = { actors: 5_000, limitMs: 1_000, text: '< 1 s' };
const FRAGILITY_SIZES = [...new Set([...SIZES, WHAT_IF_TARGET.actors])].sort((a, b) => a - b);
const LINKS_PER_ACTOR = 5;
const SUGGESTION_SAMPLES = 25;
const GAP_REPORT: QueryName[] = ['siloMatrix', 'isolatedActors', 'siloedActors', 'sectorGaps', 'resourceMatches', 'brokers'];
const TODAY = new Date().toISOString().slice(0, 10);

interface Row {
  actors: number;
  links: number;
  bfsMs: number;
  selectMs: number;
  queries: Record<string, number>;
  gapReportMs: number;
  suggestionsMedianMs: number;
  top50Agreement: number | null;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Each query on a state of its own, so that no selection is reused between them. */
function timeQuery<Q extends QueryName>(projection: Projection, name: Q, args: QueryArgs<Q>): number {
  const state = new AnalyticsState(1, projection);
  state.network({});
  return time(() => runQuery(state, name, args, 'animator'))[1];
}

function argsOf(name: QueryName, actorId: string): QueryArgs<QueryName> {
  if (name === 'linkSuggestions') return { filter: {}, actorId };
  if (name === 'networkEvolution') return { filter: {}, today: TODAY };
  if (name === 'networkChanges') return { filter: {}, from: '2018-01-01', to: TODAY };
  return { filter: {} };
}

/** Share of the exact top 50 that the default sample also puts in its top 50. */
function agreement(neighbours: number[][]): number {
  const top = (scores: Float64Array): Set<number> => new Set(Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!).slice(0, 50));
  const exact = top(betweenness(neighbours));
  const sampled = top(betweenness(neighbours, sampleSources(neighbours.length, BROKER_DEFAULTS.samples, BROKER_DEFAULTS.seed)));
  return [...exact].filter((position) => sampled.has(position)).length / 50;
}

function measure(size: number): Row {
  const projection = projectionFromDataset(syntheticTerritory({ actors: size, linksPerActor: LINKS_PER_ACTOR, seed: 1 }));
  const state = new AnalyticsState(1, projection);
  const [network, selectMs] = time(() => state.network({}));
  const bfsMs = median([0, 1, 2].map(() => time(() => components(network.neighbours))[1]));
  const actorId = network.actors[0]!.id;
  const queries: Record<string, number> = {};
  for (const name of ['siloMatrix', 'isolatedActors', 'siloedActors', 'sectorGaps', 'resourceMatches', 'brokers', 'communities', 'networkStats', 'networkEvolution', 'networkChanges'] as QueryName[]) {
    queries[name] = timeQuery(projection, name, argsOf(name, actorId));
    console.error(`[bench] ${size}: ${name} ${queries[name]!.toFixed(0)} ms`);
  }
  // The explorer's force-directed picture (ForceAtlas2), as a first request after a write computes it.
  queries['network with its layout'] = timeQuery(projection, 'network', { filter: {}, withLayout: true });
  console.error(`[bench] ${size}: layout ${queries['network with its layout']!.toFixed(0)} ms`);
  const gapState = new AnalyticsState(1, projection);
  const gapReportMs = time(() => GAP_REPORT.forEach((name) => runQuery(gapState, name, argsOf(name, actorId), 'animator')))[1];
  // Suggestions: the lookups are built by the first one, then each costs what an animator waits for.
  runQuery(state, 'linkSuggestions', { filter: {}, actorId }, 'animator');
  const step = Math.max(1, Math.floor(network.actors.length / SUGGESTION_SAMPLES));
  const suggestionsMedianMs = median(Array.from({ length: SUGGESTION_SAMPLES }, (_, i) =>
    time(() => runQuery(state, 'linkSuggestions', { filter: {}, actorId: network.actors[(i * step) % network.actors.length]!.id }, 'animator'))[1]));
  const top50Agreement = size === 10_000 ? agreement(network.neighbours) : null;
  return { actors: network.actors.length, links: network.links.length, bfsMs, selectMs, queries, gapReportMs, suggestionsMedianMs, top50Agreement };
}

function table(rows: Row[]): string {
  const cell = (ms: number, row: Row): string => `${ms.toFixed(ms < 10 ? 1 : 0)} (${(ms / row.bfsMs).toFixed(0)}×)`;
  const names = Object.keys(rows[0]!.queries);
  return [
    `| query | ${rows.map((row) => `${row.actors} actors, ${row.links} links`).join(' | ')} |`,
    `| --- | ${rows.map(() => '---:').join(' | ')} |`,
    `| one BFS pass (baseline) | ${rows.map((row) => row.bfsMs.toFixed(1)).join(' | ')} |`,
    `| select the network | ${rows.map((row) => cell(row.selectMs, row)).join(' | ')} |`,
    ...names.map((name) => `| ${name} | ${rows.map((row) => cell(row.queries[name]!, row)).join(' | ')} |`),
    `| **gap report** (${GAP_REPORT.join(' + ')}) | ${rows.map((row) => cell(row.gapReportMs, row)).join(' | ')} |`,
    `| linkSuggestions, median of ${SUGGESTION_SAMPLES} actors | ${rows.map((row) => cell(row.suggestionsMedianMs, row)).join(' | ')} |`,
  ].join('\n');
}

function targets(rows: Row[], fragile: FragilityRow[]): string {
  const at = (actors: number): Row | undefined => rows.find((row) => row.actors === actors);
  const check = (label: string, row: Row | undefined, value: (row: Row) => number | null, limit: string, ok: (value: number) => boolean, unit = 'ms'): string => {
    const measured = row ? value(row) : null;
    if (measured === null) return `| ${label} | ${limit} | not measured | |`;
    return `| ${label} | ${limit} | ${unit === '%' ? `${(measured * 100).toFixed(0)} %` : `${measured.toFixed(0)} ms`} | ${ok(measured) ? 'met' : 'MISSED'} |`;
  };
  return [
    '| target | limit | measured | |',
    '| --- | --- | ---: | --- |',
    check('gap report, 10,000 actors', at(10_000), (row) => row.selectMs + row.gapReportMs, '< 2 s', (ms) => ms < 2000),
    check('Louvain, 100,000 actors', at(100_000), (row) => row.queries.communities!, '< 5 s', (ms) => ms < 5000),
    check('link suggestions for one actor (largest size)', rows.at(-1), (row) => row.suggestionsMedianMs, '< 50 ms', (ms) => ms < 50),
    check('sampled betweenness, 100,000 actors', at(100_000), (row) => row.queries.brokers!, '< 30 s', (ms) => ms < 30_000),
    check('sampled top 50 vs exact, 10,000 actors', at(10_000), (row) => row.top50Agreement, '≥ 90 %', (share) => share >= 0.9, '%'),
    whatIfTarget(fragile),
  ].join('\n');
}

/** A BFS pass over 1,000 actors, warm, takes some 30 µs: three decimals below 0.1 ms. */
const bfsText = (ms: number): string => ms.toFixed(ms < 0.1 ? 3 : 1);

const msOf = (outcome: { ms: number } | { failed: string } | undefined): number | null => (outcome && 'ms' in outcome ? outcome.ms : null);

function whatIfTarget(fragile: FragilityRow[]): string {
  const label = `what-if for one actor, ${WHAT_IF_TARGET.actors.toLocaleString('en')} actors (first on the selection)`;
  const row = fragile.find((each) => each.actors === WHAT_IF_TARGET.actors);
  const outcome = row?.measures.whatIfOne;
  if (!outcome) return `| ${label} | ${WHAT_IF_TARGET.text} | not measured | |`;
  if ('failed' in outcome) return `| ${label} | ${WHAT_IF_TARGET.text} | ${outcome.failed} | MISSED |`;
  return `| ${label} | ${WHAT_IF_TARGET.text} | ${outcome.ms.toFixed(0)} ms | ${outcome.ms < WHAT_IF_TARGET.limitMs ? 'met' : 'MISSED'} |`;
}

/** The fragile points' measures, each beside the BFS pass timed in the same process. */
function fragilityTable(fragile: FragilityRow[]): string {
  const cell = (row: FragilityRow, name: FragilityMeasure): string => {
    const outcome = row.measures[name];
    if ('failed' in outcome) return `**${outcome.failed}**`;
    const ratio = outcome.ms / row.bfsMs;
    return `${outcome.ms.toFixed(outcome.ms < 10 ? 1 : 0)} (${ratio.toFixed(ratio < 10 ? 1 : 0)}×)`;
  };
  return [
    `| measure | ${fragile.map((row) => `${row.actors} actors, ${row.links} links`).join(' | ')} |`,
    `| --- | ${fragile.map(() => '---:').join(' | ')} |`,
    `| one BFS pass (baseline, same process) | ${fragile.map((row) => bfsText(row.bfsMs)).join(' | ')} |`,
    `| highest degree; Σ degree² | ${fragile.map((row) => `${row.maxDegree}; ${row.degreeSquares.toExponential(1)}`).join(' | ')} |`,
    ...(Object.keys(FRAGILITY_MEASURES) as FragilityMeasure[]).map((name) => `| ${FRAGILITY_MEASURES[name]} | ${fragile.map((row) => cell(row, name)).join(' | ')} |`),
  ].join('\n');
}

function stoppedNote(fragile: FragilityRow[]): string {
  const stopped = fragile.flatMap((row) => Object.entries(row.measures).flatMap(([name, outcome]) =>
    'failed' in outcome ? [`${FRAGILITY_MEASURES[name as FragilityMeasure].replaceAll('*', '')} at ${row.actors} actors: ${outcome.failed}`] : []));
  return stopped.length === 0 ? `Every measure finished within ${LIMIT_SECONDS} s.` : `Not measured within ${LIMIT_SECONDS} s or the memory: ${stopped.join('; ')}.`;
}

/** The gap report, Louvain and the fragile points at each size, each as a multiple of one BFS pass over the same graph. */
function ratios(rows: Row[], fragile: FragilityRow[]): BenchRatio[] {
  const asBfs = (measure: string, ms: number, row: { actors: number; bfsMs: number }, target?: { at: number; limitMs: number; text: string }): BenchRatio => ({
    measure: `${measure}, ${row.actors} actors`,
    figure: `${ms.toFixed(0)} ms`,
    baseline: `one BFS pass ${bfsText(row.bfsMs)} ms`,
    ratio: ms / row.bfsMs,
    ...(target && target.at === row.actors ? { target: { text: target.text, met: ms < target.limitMs } } : {}),
  });
  const fragileRatio = (measure: string, name: FragilityMeasure, row: FragilityRow, target?: { at: number; limitMs: number; text: string }): BenchRatio[] => {
    const ms = msOf(row.measures[name]);
    return ms === null ? [] : [asBfs(measure, ms, row, target)];
  };
  return [
    ...rows.flatMap((row) => [
      asBfs('gap report (with the selection)', row.selectMs + row.gapReportMs, row, { at: 10_000, limitMs: 2_000, text: '< 2 s' }),
      asBfs('communities (Louvain)', row.queries.communities!, row, { at: 100_000, limitMs: 5_000, text: '< 5 s' }),
      asBfs('network with its layout (ForceAtlas2)', row.queries['network with its layout']!, row),
    ]),
    ...fragile.flatMap((row) => [
      ...fragileRatio('what-if, highest-degree actor', 'whatIfOne', row, { at: WHAT_IF_TARGET.actors, ...WHAT_IF_TARGET }),
      ...fragileRatio('what-if, 5 highest-degree actors', 'whatIfFive', row),
      ...fragileRatio('fragility', 'fragility', row),
    ]),
  ];
}

const rows = SIZES.map(measure);
writeBenchResult('analytics', rows);
const fragile: FragilityRow[] = [];
for (const size of FRAGILITY_SIZES) fragile.push(await fragilityRow(size, LINKS_PER_ACTOR, TODAY, LIMIT_SECONDS * 1000));
writeBenchResult('analytics.fragility', fragile);
writeBenchRatios('analytics', ratios(rows, fragile));
process.stdout.write(`\nAnalytics, computed with nothing cached (as after a write), one run each; in brackets, the multiple of one BFS pass over the same graph\n\n${table(rows)}\n\n`);
process.stdout.write(`Fragile points (issue 20), one run each, each size in a process of its own; in brackets, the multiple of one BFS pass timed in that process\n\n${fragilityTable(fragile)}\n\n${stoppedNote(fragile)}\n\n${targets(rows, fragile)}\n\n`);
