// npm run bench [-- --only analytics,explorer] [-- --quick]: every benchmark of the project, one after the other,
// each in its own process (a benchmark's memory and JIT state must not colour the next one's). Tables go to stdout,
// progress to stderr, JSON to .bench/; at the end, every benchmark's ratios together. --quick runs each on smaller
// territories and for shorter spells (see benchScale in support.ts), to see every ratio within minutes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { forgetBenchRatios, QUICK_VARIABLE, readBenchRatios, type BenchRatio } from './support.js';

const ROOT = join(import.meta.dirname, '..');
const BENCHES: Record<string, { script: string; needsExplorerBuild?: boolean; nodeFlags?: string[] }> = {
  analytics: { script: 'api/bench/analytics.bench.ts' },
  graphql: { script: 'api/bench/graphql.bench.ts' },
  // Its questions include an embed, which the API serves from the explorer's build.
  throughput: { script: 'api/bench/throughput.bench.ts', needsExplorerBuild: true },
  exports: { script: 'api/bench/exports.bench.ts', nodeFlags: ['--expose-gc'] },
  explorer: { script: 'explorer/bench/explorer.bench.ts', needsExplorerBuild: true },
  embed: { script: 'explorer/bench/embed.bench.ts', needsExplorerBuild: true },
  workshop: { script: 'api/bench/workshop.bench.ts' },
  report: { script: 'api/bench/report.bench.ts' },
};
const FLAGS = ['--only', '--quick'];

function usage(problem: string): never {
  console.error(`bench: ${problem}\nusage: npm run bench [-- --only ${Object.keys(BENCHES).join(',')}] [-- --quick]`);
  process.exit(2);
}

function selected(argv: string[]): string[] {
  const unknown = argv.filter((arg) => arg.startsWith('-') && !FLAGS.includes(arg));
  if (unknown.length > 0) usage(`unknown option ${unknown.join(' ')}`);
  const at = argv.indexOf('--only');
  if (at === -1) return Object.keys(BENCHES);
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknownNames = names.filter((name) => !(name in BENCHES));
  if (names.length === 0 || unknownNames.length > 0) usage(`--only takes a comma-separated list of benchmarks; got "${argv[at + 1] ?? ''}"`);
  return names;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const ratioText = (ratio: number): string => `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;

function summary(ratios: Array<BenchRatio & { bench: string }>): string {
  return [
    '| benchmark | measure | figure | baseline (same run) | ratio | target |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...ratios.map((row) => `| ${row.bench} | ${row.measure} | ${row.figure} | ${row.baseline} | ${ratioText(row.ratio)} | ${row.target ? `${row.target.text}: ${row.target.met ? 'met' : 'MISSED'}` : ''} |`),
  ].join('\n');
}

const argv = process.argv.slice(2);
const names = selected(argv);
const quick = argv.includes('--quick');
const started = performance.now();
if (names.some((name) => BENCHES[name]!.needsExplorerBuild)) run('npm', ['run', 'build', '-w', '@maillage/explorer']);
// The throughput benchmark runs the compiled API beside the sources: dist/ is built first.
if (names.includes('throughput')) run('npx', ['tsc', '-b']);
const env = { ...process.env, ...(quick ? { [QUICK_VARIABLE]: '1' } : {}) };
const ratios: Array<BenchRatio & { bench: string }> = [];
for (const name of names) {
  const benchStarted = performance.now();
  forgetBenchRatios(name);
  run(process.execPath, [...(BENCHES[name]!.nodeFlags ?? []), '--conditions=maillage:source', '--import', 'tsx', BENCHES[name]!.script], env);
  console.error(`[bench] ${name}: ${seconds(benchStarted)}`);
  ratios.push(...readBenchRatios(name).map((ratio) => ({ bench: name, ...ratio })));
}
process.stdout.write(`\nEvery ratio of this ${quick ? 'quick ' : ''}run, each figure beside its baseline measured in the same run (${seconds(started)} in all)\n\n${summary(ratios)}\n\n`);
