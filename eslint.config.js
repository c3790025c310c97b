import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Data flows one way: SDL (schema/) → API → explorer. These rules make the direction a check, not a habit.
const EXPLORER = { group: ['@maillage/explorer', '@maillage/explorer/*', '**/explorer/src/**'], message: 'The API never imports the explorer: what both need (words, colours, shapes, enums) lives in @maillage/schema/vocabulary.' };
const SEEDS = { group: ['@maillage/seeds', '**/seeds/src/**'], message: "The API's code never imports the seeds (only its tests, benchmarks and the launcher's fresh-database seeding, by a dynamic import)." };
const API = { group: ['@maillage/api', '**/api/src/**'], message: 'The explorer talks to the API over HTTP only, through the operations typed from the printed schema.' };
const SERVER_PACKAGES = { group: ['@maillage/seeds', '@maillage/neo4j', '**/seeds/src/**', '**/neo4j/src/**'], message: 'The explorer runs in browsers: the seeds and the Neo4j launcher are server-side packages.' };
// The schema package's root reads the SDL files from disk: the browser takes its types only, and its pure subpaths.
const SCHEMA_ROOT = { name: '@maillage/schema', allowTypeImports: true, message: 'In the browser, import @maillage/schema/vocabulary, /network-filter or /embed; the root only for types.' };
const APP_PACKAGES = { group: ['@maillage/api', '@maillage/explorer', '@maillage/explorer/*', '**/api/src/**', '**/explorer/src/**'], message: 'The schema and seeds packages are below the API and the explorer: they import neither.' };
const SCHEMA_BELOW = { group: ['@maillage/seeds', '@maillage/neo4j', '**/seeds/src/**', '**/neo4j/src/**'], message: 'The schema package is the bottom of the graph: it imports no other package of ours.' };
// Each rule: import patterns (groups of packages and paths), or exact package names (`name`).
const forbid = (...rules) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: rules.filter((rule) => rule.group), paths: rules.filter((rule) => rule.name) }],
});

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
  { files: ['explorer/src/**/*.{ts,tsx}'], rules: forbid(API, SERVER_PACKAGES, SCHEMA_ROOT) },
  { files: ['seeds/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(APP_PACKAGES) },
  { files: ['schema/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(APP_PACKAGES, SCHEMA_BELOW) },
);
