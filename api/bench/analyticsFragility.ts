// The fragile points' measures (issue 20: what-if, cut points, bridges, structural holes, mixing, cores, coverage)
// for analytics.bench.ts, each size in a process of its own: `node --import tsx analyticsFragility.ts <actors>
// <links per actor> <today> <measure,…>` runs each measure once on 500 actors (so that V8 compiles it there), builds
// the synthetic territory, times one BFS pass over it (the baseline), then each measure named, one JSON line on
// stdout per step. The benchmark's side (fragilityRow) stops a measure past its time limit, notes one that ran out
// of memory, and starts a new process for the measures after it: neither stops the benchmark.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { coreNumbers } from '@maillage/schema/network-filter';
import { syntheticTerritory } from '@maillage/seeds';
import { AnalyticsState } from '../src/analytics/engine/state.js';
import { assortativity } from '../src/analytics/measures/assortativity.js';
import { betweenness } from '../src/analytics/measures/betweenness.js';
import { bridgeList, sampleSources } from '../src/analytics/measures/brokers.js';
import { coverage, monthsBefore } from '../src/analytics/measures/coverage.js';
import { cutPoints } from '../src/analytics/measures/cutPoints.js';
import { fragility } from '../src/analytics/measures/fragility.js';
import { structuralHoles } from '../src/analytics/measures/structuralHoles.js';
import { components } from '../src/analytics/measures/structure.js';
import { WHAT_IF_DEFAULTS, whatIf } from '../src/analytics/measures/whatIf.js';
import type { Network } from '../src/analytics/network/network.js';
import type { Projection } from '../src/analytics/projection/types.js';
import { projectionFromDataset } from '../src/analytics/reference/fromDataset.js';

export const FRAGILITY_MEASURES = {
  betweenness: 'betweenness as whatIf computes it, once (second baseline: exact to 1,000 actors, then 300 sources)',
  coverage: 'coverage (12 months, sensitive)',
  cutPoints: 'fragility: cut points',
  bridges: 'fragility: bridges',
  mixing: 'fragility: silo and kind mixing',
  cores: 'fragility: core numbers',
  structuralHoles: 'fragility: structural holes',
  fragility: '**fragility** (all five)',
  whatIfOne: '**whatIf**, the highest-degree actor, first on the selection',
  whatIfOneKept: 'whatIf, the same actor again (betweenness before kept)',
  whatIfFive: 'whatIf, the 5 highest-degree actors, first on the selection',
} as const;
export type FragilityMeasure = keyof typeof FRAGILITY_MEASURES;
const NAMES = Object.keys(FRAGILITY_MEASURES) as FragilityMeasure[];
/** A measure that cannot be timed when the one it follows did not finish (it would run it again, untimed). */
const NEEDS: Partial<Record<FragilityMeasure, FragilityMeasure>> = { fragility: 'structuralHoles', whatIfOneKept: 'whatIfOne' };

/** A measure's time, or why there is none (stopped past the limit, out of memory, not measured). */
export type Outcome = { ms: number } | { failed: string };

export interface FragilityRow {
  actors: number;
  links: number;
  bfsMs: number;
  maxDegree: number;
  /** Σ degree², what structural holes cost. */
  degreeSquares: number;
  measures: Record<FragilityMeasure, Outcome>;
}

type Message =
  | { ready: { actors: number; links: number; bfsMs: number; maxDegree: number; degreeSquares: number } }
  | { started: FragilityMeasure }
  | { done: FragilityMeasure; ms: number };

const SELF = fileURLToPath(import.meta.url);

/**
 * The fragile points' measures on `size` actors, each given `limitMs`: a process per run of measures, a new one
 * after a measure stopped or out of memory (the territory is built again, outside the timings).
 */
export async function fragilityRow(size: number, linksPerActor: number, today: string, limitMs: number): Promise<FragilityRow> {
  const measures: Partial<Record<FragilityMeasure, Outcome>> = {};
  let ready: Extract<Message, { ready: unknown }>['ready'] | undefined;
  let pending = NAMES;
  while (pending.length > 0) {
    const run = await runChild([String(size), String(linksPerActor), today], pending, limitMs);
    ready ??= run.ready;
    Object.assign(measures, run.done);
    if (run.stopped) measures[run.stopped.name] = { failed: run.stopped.reason };
    for (const name of pending) {
      const needed = NEEDS[name];
      if (!(name in measures) && needed && 'failed' in (measures[needed] ?? { ms: 0 })) measures[name] = { failed: 'not measured (the row above did not finish)' };
    }
    pending = pending.filter((name) => !(name in measures));
  }
  return { ...ready!, measures: measures as Record<FragilityMeasure, Outcome> };
}

interface ChildRun {
  ready: Extract<Message, { ready: unknown }>['ready'];
  done: Partial<Record<FragilityMeasure, Outcome>>;
  stopped?: { name: FragilityMeasure; reason: string };
}

function runChild(args: string[], names: FragilityMeasure[], limitMs: number): Promise<ChildRun> {
  // The same loader and source condition as bench/run.ts gives the benchmark itself.
  const child = spawn(process.execPath, ['--conditions=maillage:source', '--import', 'tsx', SELF, ...args, names.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let ready: ChildRun['ready'] | undefined;
  const done: ChildRun['done'] = {};
  let current: FragilityMeasure | undefined;
  let stopped: ChildRun['stopped'];
  let timer: NodeJS.Timeout | undefined;
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    errors = (errors + chunk.toString()).slice(-8192);
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as Message;
    if ('ready' in message) ready = message.ready;
    else if ('started' in message) {
      current = message.started;
      timer = setTimeout(() => {
        stopped = { name: message.started, reason: `stopped after ${limitMs >= 1000 ? `${(limitMs / 1000).toFixed(0)} s` : `${limitMs} ms`}` };
        child.kill('SIGKILL');
      }, limitMs);
    } else {
      clearTimeout(timer);
      current = undefined;
      done[message.done] = { ms: message.ms };
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (!ready) {
        reject(new Error(`bench: the fragility process ended (${code ?? signal}) before its territory was built; its errors are above`));
        return;
      }
      // A process that ended on its own before the last measure: the one running, or the next (its set-up failed).
      const failed = current ?? names.find((name) => !(name in done));
      if (!stopped && failed) {
        const memory = /heap out of memory|allocation failed/i.test(errors);
        stopped = { name: failed, reason: memory ? 'out of memory' : `failed (exit ${code ?? signal}); its errors are above` };
      }
      resolve({ ready, done, ...(stopped ? { stopped } : {}) });
    });
  });
}

// The child's side.

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Each actor reviewed 0 to 23 months before `today`, in turn: about half of them within the 12 months. */
function withReviewDates(projection: Projection, today: string): Projection {
  const dates = Array.from({ length: 24 }, (_, months) => monthsBefore(today, months));
  return { ...projection, actors: projection.actors.map((actor, i) => ({ ...actor, updatedOn: dates[i % dates.length]! })) };
}

/** Warm-up territory: every measure runs once on it first, so that no figure counts V8 compiling it. */
const WARM_UP_ACTORS = 500;

/** A territory ready to measure: its selection, its actors by degree, and each measure (its set-up, then its run). */
function territory(size: number, linksPerActor: number, today: string, names: FragilityMeasure[]) {
  const projection = withReviewDates(projectionFromDataset(syntheticTerritory({ actors: size, linksPerActor, seed: 1 })), today);
  // A selection of its own for each measure that starts with nothing cached; the what-if kept reuses `network`.
  const fresh = (): Network => new AnalyticsState(1, projection).network({});
  const network = fresh();
  const degrees = network.neighbours.map((list) => list.length);
  const byDegree = Array.from(degrees.keys()).sort((a, b) => degrees[b]! - degrees[a]! || a - b);
  const runs: Record<FragilityMeasure, () => () => unknown> = {
    betweenness: () => {
      const { exactUpTo, samples, seed } = WHAT_IF_DEFAULTS;
      const sources = network.actors.length <= exactUpTo ? undefined : sampleSources(network.actors.length, samples, seed);
      return () => betweenness(network.neighbours, sources);
    },
    coverage: () => () => coverage(network, { today, months: 12, sensitive: true }),
    cutPoints: () => () => cutPoints(network.neighbours),
    bridges: () => () => bridgeList(network, Number.MAX_SAFE_INTEGER),
    mixing: () => () => ['silo', 'kind'].map((by) => assortativity(network.neighbours, (i) => (by === 'silo' ? network.actors[i]!.silo : network.actors[i]!.kind))),
    cores: () => () => coreNumbers(network.neighbours),
    structuralHoles: () => () => structuralHoles(network.neighbours),
    fragility: () => () => fragility(network),
    whatIfOne: () => () => whatIf(network, new Set([byDegree[0]!])),
    whatIfOneKept: () => {
      // In a process started after the first what-if, its betweenness before is computed here, untimed.
      if (!names.includes('whatIfOne')) whatIf(network, new Set([byDegree[0]!]));
      return () => whatIf(network, new Set([byDegree[0]!]));
    },
    whatIfFive: () => {
      const other = fresh();
      return () => whatIf(other, new Set(byDegree.slice(0, 5)));
    },
  };
  return { network, degrees, byDegree, runs };
}

function child(size: number, linksPerActor: number, today: string, names: FragilityMeasure[]): void {
  const send = (message: Message): void => void process.stdout.write(`${JSON.stringify(message)}\n`);
  const warmUp = territory(WARM_UP_ACTORS, linksPerActor, today, names);
  for (const name of names) warmUp.runs[name]()();
  [0, 1, 2].forEach(() => components(warmUp.network.neighbours));
  const { network, degrees, byDegree, runs } = territory(size, linksPerActor, today, names);
  // The median of 7 passes: one pass at 10,000 actors takes under a millisecond, where a collection shows.
  const bfs = Array.from({ length: 7 }, () => time(() => components(network.neighbours))).sort((a, b) => a - b)[3]!;
  send({
    ready: {
      actors: network.actors.length,
      links: network.links.length,
      bfsMs: bfs,
      maxDegree: degrees[byDegree[0]!] ?? 0,
      degreeSquares: degrees.reduce((sum, degree) => sum + degree * degree, 0),
    },
  });
  for (const name of names) {
    const run = runs[name]();
    send({ started: name });
    const ms = time(run);
    console.error(`[bench] ${size}: ${name} ${ms.toFixed(0)} ms`);
    send({ done: name, ms });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [size, linksPerActor, today, names] = process.argv.slice(2);
  child(Number(size), Number(linksPerActor), today!, names!.split(',') as FragilityMeasure[]);
}
