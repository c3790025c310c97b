import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { moduleDir, type Log } from './paths.js';

const STAMP = join(moduleDir, 'target', '.maillage-build');

function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesOf(path) : [path];
  });
}

/** A digest of everything the launcher is built from: a change to any of it means a rebuild. */
export function launcherDigest(): string {
  const hash = createHash('sha256');
  for (const file of [join(moduleDir, 'pom.xml'), ...sourcesOf(join(moduleDir, 'src', 'main')).sort()]) {
    hash.update(file.slice(moduleDir.length)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function isLauncherBuilt(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === launcherDigest();
}

function hasCommand(command: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, ['--version'], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

/** The machine's Maven when present, else the Maven Wrapper (which fetches Maven from Maven Central). */
async function mavenCommand(): Promise<string> {
  return (await hasCommand('mvn')) ? 'mvn' : join(moduleDir, 'mvnw');
}

/**
 * Builds the launcher once (classes, runtime classpath, APOC plugin) and reuses it until its sources change.
 * Maven's download lines are passed on, so a first run on a fresh machine shows its progress.
 */
export async function buildLauncher(log: Log = console.error): Promise<void> {
  if (isLauncherBuilt()) return;
  const maven = await mavenCommand();
  log(`[neo4j] building the embedded Neo4j launcher with ${maven} (the first time downloads Neo4j, ~120 MB)…`);
  const child = spawn(maven, ['-B', 'package', '-DskipTests', '-f', join(moduleDir, 'pom.xml')], {
    cwd: moduleDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let downloads = 0;
  const tail: string[] = [];
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (line.startsWith('Downloaded from')) {
      downloads += 1;
      if (downloads % 25 === 0) log(`[neo4j] ${downloads} artifacts downloaded…`);
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) {
    throw new Error(`buildLauncher: Maven exited with ${String(code)}; its last lines:\n${tail.join('\n')}`);
  }
  writeFileSync(STAMP, launcherDigest());
  log(`[neo4j] launcher built (${downloads} artifacts downloaded).`);
}
