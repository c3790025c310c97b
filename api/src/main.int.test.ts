import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { FROM_SOURCES, SOURCE_ENV } from '../../test/source.js';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
// Production runs the compiled JavaScript with Node's own ESM loader (`npm test` compiles first, `tsc -b`): a
// module that only a bundler resolves (a missing `.js`) must fail here, not on `npm start`.
const compiled = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('the API process', () => {
  it('starts compiled against NEO4J_URI, serves, and exits cleanly on SIGTERM', async () => {
    const { uri } = inject('neo4j');
    const child = spawn(process.execPath, ['--enable-source-maps', compiled], {
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

  it('on SIGTERM during traffic, finishes the requests in flight, refuses new ones, and exits cleanly', async () => {
    const { uri } = inject('neo4j');
    const child = spawn(process.execPath, [...FROM_SOURCES, main], {
      env: { ...process.env, ...SOURCE_ENV, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.url && entry.msg?.startsWith('Maillage is up')) resolve(entry.url);
      });
    });
    // A request in flight: its headers and half its body sent when the signal comes, the rest after.
    const body = JSON.stringify({ query: '{ actors(limit: 1) { id } }' });
    const inFlight = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    inFlight.end(body.slice(10));
    const finished = await answer;
    expect(finished.status).toBe(200);
    expect(JSON.parse(finished.text)).toHaveProperty('data.actors');
    const [code] = await exited;
    expect(code).toBe(0);
  }, 60_000);
});
