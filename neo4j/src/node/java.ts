import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MINIMUM_JAVA = 17;

/** The java binary to use: JAVA_HOME's when set, else the one on the PATH, checked to be Java 17 or newer. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(`findJava: cannot run "${java}" (${probe.error.message}); install Java ${MINIMUM_JAVA}+ or set JAVA_HOME`);
  }
  const major = javaMajorVersion(probe.stderr + probe.stdout);
  if (major === undefined || major < MINIMUM_JAVA) {
    throw new Error(`findJava: "${java}" is Java ${String(major ?? 'unknown')}; Neo4j 5.26 needs Java ${MINIMUM_JAVA}+`);
  }
  return java;
}

/** Reads the major version from `java -version` output ("17.0.15", "21", and the old "1.8.0" form). */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
