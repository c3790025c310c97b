// npm run bench [-- --only analytics,explorer]: every benchmark of the project, one after the other, each in its own
// process (a benchmark's memory and JIT state must not colour the next one's). Tables go to stdout, progress to
// stderr, JSON to .bench/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BENCHES: Record<string, { script: string; needsExplorerBuild?: boolean; nodeFlags?: string[] }> = {
  analytics: { script: 'api/bench/analytics.bench.ts' },
  graphql: { script: 'api/bench/graphql.bench.ts' },
  throughput: { script: 'api/bench/throughput.bench.ts' },
  exports: { script: 'api/bench/exports.bench.ts', nodeFlags: ['--expose-gc'] },
  explorer: { script: 'explorer/bench/explorer.bench.ts', needsExplorerBuild: true },
  embed: { script: 'explorer/bench/embed.bench.ts', needsExplorerBuild: true },
  workshop: { script: 'api/bench/workshop.bench.ts' },
};

function selected(argv: string[]): string[] {
  const at = argv.indexOf('--only');
  if (at === -1) return Object.keys(BENCHES);
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(name in BENCHES));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`bench: --only takes a comma-separated list of ${Object.keys(BENCHES).join(', ')}; got "${argv[at + 1] ?? ''}"`);
    process.exit(2);
  }
  return names;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const names = selected(process.argv.slice(2));
if (names.some((name) => BENCHES[name]!.needsExplorerBuild)) run('npm', ['run', 'build', '-w', '@maillage/explorer']);
// The throughput benchmark runs the compiled API beside the sources: dist/ is built first.
if (names.includes('throughput')) run('npx', ['tsc', '-b']);
for (const name of names) run(process.execPath, [...(BENCHES[name]!.nodeFlags ?? []), '--conditions=maillage:source', '--import', 'tsx', BENCHES[name]!.script]);
