import { createRequire } from 'node:module';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const require = createRequire(import.meta.url);

const PACKAGES = '{neo4j,schema,seeds,api,explorer}';

/** A test tier, named by its files' suffix: what it needs is what it costs. */
function tier(name: string, include: string[], needs: { neo4j: boolean }): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include,
      exclude: ['**/node_modules/**', '**/dist/**', ...(name === 'unit' ? ['**/*.int.test.ts', '**/*.e2e.test.ts'] : [])],
      // One Neo4j for the whole run, shared by the tiers that need it (test/global-setup.ts counts its users).
      globalSetup: needs.neo4j ? ['test/global-setup.ts'] : [],
    },
  };
}

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: {
    // One graphql for everyone: Vite would pick the ESM copy for our code while @neo4j/graphql (CommonJS)
    // requires the CommonJS one, and graphql refuses schemas built by "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
    // The workspace packages' sources (their `maillage:source` exports), not their compiled dist/.
    conditions: ['maillage:source', ...defaultClientConditions],
  },
  ssr: { resolve: { conditions: ['maillage:source', ...defaultServerConditions], externalConditions: ['maillage:source'] } },
  test: {
    projects: [
      // Pure functions and components (jsdom): no Java, no browser.
      tier('unit', [`${PACKAGES}/**/*.test.{ts,tsx}`, 'test/**/*.test.ts'], { neo4j: false }),
      // On a real Neo4j.
      tier('int', [`${PACKAGES}/**/*.int.test.ts`, 'test/**/*.int.test.ts'], { neo4j: true }),
      // In Debian's Chromium, against the real API and Neo4j.
      tier('e2e', [`${PACKAGES}/**/*.e2e.test.ts`], { neo4j: true }),
    ],
    setupFiles: ['explorer/src/test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // A bound for a stuck test, not a wait: browser tests on a busy 2-core machine may take a while to see their marks.
    testTimeout: 90_000,
    // expect.poll waits for the page's own state; its default of one second is too short on a busy machine.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    // Test files share one Neo4j; they isolate themselves by unique ids, so they may run side by side.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
