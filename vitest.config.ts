import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: {
    // One graphql for everyone: Vite would pick the ESM copy for our code while @neo4j/graphql (CommonJS)
    // requires the CommonJS one, and graphql refuses schemas built by "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['{neo4j,schema,seeds,api,explorer}/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['test/global-setup.ts'],
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
