import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildLauncher } from './build.js';
import { findJava } from './java.js';
import { moduleDir, repoRoot, type Log } from './paths.js';

export interface EmbeddedNeo4jOptions {
  /** Where the store and logs live; data survives restarts there. */
  homeDir?: string;
  /** Bolt port on 127.0.0.1; 0 picks any free port. */
  port?: number;
  /** Empty: no authentication (loopback only). Otherwise user `neo4j` with this password. */
  password?: string;
  /** Neo4j page cache size, e.g. "256m". */
  pageCache?: string;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** Longest a transaction may run, e.g. "60s". */
  txTimeout?: string;
  startTimeoutMs?: number;
  log?: Log;
}

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Stops Neo4j cleanly (SIGTERM: committed transactions are flushed), then resolves. */
  stop(): Promise<void>;
  /** Kills Neo4j at once (SIGKILL), as a power cut would: for the fault tests, which check nothing committed is lost. */
  kill(): Promise<void>;
}

const READY = /^MAILLAGE_NEO4J_READY (bolt:\/\/\S+)$/;

// The JVM options a Neo4j 5 server starts with; without them Netty and the page cache fall back to slower paths.
const JVM_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.attach.allowAttachSelf=true',
  '-XX:+UseG1GC',
];

export const defaultHomeDir = join(repoRoot, '.maillage', 'neo4j');

/** Builds the launcher if needed, starts Neo4j embedded and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions = {}): Promise<EmbeddedNeo4j> {
  const log = options.log ?? console.error;
  await buildLauncher(log);
  const target = join(moduleDir, 'target');
  // Plugins are on the classpath too, as a server's start script puts them: APOC registers its extension
  // (ApocConfig and friends) through the classpath, and Neo4j loads its procedures from the plugin directory.
  const classpath = [join(target, 'classes'), join(target, 'lib', '*'), join(target, 'plugins', '*')].join(':');
  const password = options.password ?? '';
  const child = spawn(
    findJava(),
    [...JVM_OPTIONS, `-Xmx${options.heap ?? '1g'}`, '-cp', classpath, 'org.maillage.neo4j.EmbeddedNeo4j'],
    {
      env: {
        ...process.env,
        NEO4J_HOME_DIR: options.homeDir ?? defaultHomeDir,
        NEO4J_BOLT_PORT: String(options.port ?? 7687),
        NEO4J_PASSWORD: password,
        NEO4J_PLUGIN_DIR: join(target, 'plugins'),
        NEO4J_PAGECACHE: options.pageCache ?? '256m',
        NEO4J_TX_TIMEOUT: options.txTimeout ?? '60s',
      },
      // stdin stays open as a lifeline: the launcher shuts down when it closes, i.e. when this process dies.
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group: a Ctrl+C reaches this process, which stops the API first, then the database.
      detached: true,
    },
  );
  const uri = await waitUntilReady(child, options.startTimeoutMs ?? 180_000, log);
  log(`[neo4j] embedded Neo4j ready at ${uri}`);
  return { uri, user: 'neo4j', password, stop: () => stopProcess(child), kill: () => stopProcess(child, 0, 'SIGKILL') };
}

function waitUntilReady(child: ChildProcess, timeoutMs: number, log: Log): Promise<string> {
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`startEmbeddedNeo4j: ${why}\n${explain(output)}${output.slice(-30).join('\n')}`));
    };
    const timer = setTimeout(() => fail(`no ready line within ${timeoutMs} ms`), timeoutMs);
    const remember = (line: string): void => {
      output.push(line);
      if (output.length > 200) output.shift();
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = READY.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      } else remember(line);
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      remember(line);
      if (/^(WARN|ERROR)/.test(line)) log(`[neo4j] ${line}`);
    });
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code, signal) => fail(`the launcher exited (${String(code ?? signal)}) before it was ready`));
  });
}

function explain(output: string[]): string {
  const text = output.join('\n');
  if (/FileLockException|locked by another/i.test(text)) {
    return 'Another Neo4j already uses this data directory: stop it, or set NEO4J_URI to use it.\n';
  }
  if (/BindException|Address already in use/i.test(text)) {
    return 'The Bolt port is taken: set NEO4J_BOLT_PORT to another port (0 = any free port).\n';
  }
  return '';
}

function stopProcess(child: ChildProcess, graceMs = 60_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}
