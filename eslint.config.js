import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Data flows one way: SDL (schema/) → API → explorer. These rules make the direction a check, not a habit.
const EXPLORER = { group: ['@maillage/explorer', '@maillage/explorer/*', '**/explorer/src/**'], message: 'The API never imports the explorer: what both need (words, colours, shapes, enums) lives in @maillage/schema/vocabulary.' };
const SEEDS = { group: ['@maillage/seeds', '**/seeds/src/**'], message: "The API's code never imports the seeds (only its tests, benchmarks and the launcher's fresh-database seeding, by a dynamic import)." };
const API = { group: ['@maillage/api', '**/api/src/**'], message: 'The explorer talks to the API over HTTP only, through the operations typed from the printed schema.' };
const APP_PACKAGES = { group: ['@maillage/api', '@maillage/explorer', '@maillage/seeds', '@maillage/explorer/*'], message: 'The schema package is the bottom of the graph: it imports no other package of ours.' };
const forbid = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.tsbuild/**', 'neo4j/target/**', 'schema/src/generated/**', 'explorer/src/generated/**', '.maillage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  { files: ['api/**/*.ts'], rules: forbid(EXPLORER) },
  // The reference graphs (analytics/reference/) are the tests' cross-checks against networkx, built from the seed.
  { files: ['api/src/**/*.ts'], ignores: ['**/*.test.ts', 'api/src/analytics/reference/**'], rules: forbid(EXPLORER, SEEDS) },
  { files: ['explorer/src/**/*.{ts,tsx}'], rules: forbid(API) },
  { files: ['schema/**/*.ts', 'seeds/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(APP_PACKAGES) },
);
