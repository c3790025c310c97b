import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('the API process', () => {
  it('starts against NEO4J_URI, serves, and exits cleanly on SIGTERM', async () => {
    const { uri } = inject('neo4j');
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const logs: { msg?: string; url?: string }[] = [];
    const up = new Promise<string>((resolve) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        logs.push(entry);
        if (entry.url && entry.msg?.startsWith('Maillage is up')) resolve(entry.url);
      });
    });
    const url = await up;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(logs.map((entry) => entry.msg)).toEqual(expect.arrayContaining(['shutting down: finishing requests in flight', 'stopped']));
  }, 60_000);
});
