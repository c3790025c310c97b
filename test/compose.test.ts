import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// `docker-compose config` (run by .ci/run) checks the syntax; this checks what the stack promises.
interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }> | string[];
  volumes?: string[];
  deploy?: { replicas?: number | string };
  ports?: string[];
}

const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8')) as { services: Record<string, Service> };

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('runs Neo4j 5.26 community with APOC, a health check and a volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.environment?.NEO4J_PLUGINS).toContain('apoc');
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('RETURN 1');
    expect(neo4j?.volumes).toContain('neo4j-data:/data');
  });

  it('starts the API once the database is healthy, pointed at it, and seeding a fresh one', () => {
    expect(api?.build).toBe('.');
    expect((api?.depends_on as Record<string, { condition: string }>).neo4j?.condition).toBe('service_healthy');
    expect(api?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api?.environment?.SEED_ON_START).toBe('true');
  });
});

describe('docker-compose.yml, scaled out', () => {
  const { api, proxy } = compose.services;

  it('runs API replicas behind Caddy, the only service the host reaches, which spreads requests over them', () => {
    expect(String(api?.deploy?.replicas)).toMatch(/API_REPLICAS:-2/);
    expect(api?.ports).toBeUndefined();
    expect(api?.environment?.TRUST_PROXY).toBe('1');
    expect(api?.environment?.API_PROCESSES).toMatch(/API_REPLICAS:-2/);
    expect(proxy?.image).toMatch(/^caddy:2/);
    expect(proxy?.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    const caddyfile = readFileSync(new URL('../deploy/Caddyfile', import.meta.url), 'utf8');
    expect(caddyfile).toMatch(/dynamic a api 4000/);
    expect(caddyfile).toMatch(/flush_interval -1/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
  const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));

  it('runs the compiled JavaScript with source maps, never TypeScript through tsx', () => {
    expect(runtime).toContain('CMD ["node", "--enable-source-maps", "api/dist/main.js"]');
    expect(runtime).not.toMatch(/tsx|\/src\b/);
  });

  it('copies each package the API imports as its package.json and dist/', () => {
    for (const name of ['neo4j', 'schema', 'seeds', 'api']) {
      expect(runtime).toContain(`COPY --from=build /app/${name}/package.json ${name}/package.json`);
      expect(runtime).toContain(`COPY --from=build /app/${name}/dist ${name}/dist`);
    }
  });
});
