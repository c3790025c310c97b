// `npm run neo4j` runs the embedded database alone (e.g. to explore it with cypher-shell);
// `npm run build -w @maillage/neo4j` only builds the launcher (CI does it before the tests).
import { buildLauncher } from './build.js';
import { resolveNeo4j } from './connect.js';

const command = process.argv[2] ?? 'start';
if (command === 'build') {
  await buildLauncher();
} else if (command === 'start') {
  const neo4j = await resolveNeo4j();
  console.error(`[neo4j] ${neo4j.uri} — Ctrl+C to stop`);
  const stop = (): void => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  console.error(`usage: cli.ts build|start (got "${command}")`);
  process.exit(2);
}
