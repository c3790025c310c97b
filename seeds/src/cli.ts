// npm run seed                          loads the Grand Bergeracois (idempotent)
// npm run seed -- --synthetic 10000     loads a synthetic territory of 10,000 actors (--seed N to vary it)
import { parseArgs } from 'node:util';
import { withNeo4j } from '@maillage/neo4j';
import { migrate } from '@maillage/schema';
import { grandBergeracois } from './bergeracois/index.js';
import { loadDataset } from './load.js';
import { syntheticTerritory } from './synthetic.js';

const { values } = parseArgs({
  options: { synthetic: { type: 'string' }, seed: { type: 'string', default: '1' }, 'batch-size': { type: 'string' } },
});
const count = values.synthetic === undefined ? undefined : Number(values.synthetic);
if (count !== undefined && (!Number.isInteger(count) || count < 1)) {
  console.error(`seed: --synthetic takes a whole number of actors ≥ 1, got "${values.synthetic}"`);
  process.exit(2);
}

try {
  await withNeo4j(async (driver, database) => {
    // The loader MERGEs and MATCHes on ids: without the uniqueness constraints each lookup would scan every node.
    await migrate(driver, database);
    const started = Date.now();
    const data = count === undefined ? grandBergeracois() : syntheticTerritory({ actors: count, seed: Number(values.seed) });
    const report = await loadDataset(driver, data, {
      ...(values['batch-size'] ? { batchSize: Number(values['batch-size']) } : {}),
      database,
      onProgress: (step, done, total) => console.error(`[seed] ${step}: ${done}/${total}`),
    });
    const seconds = (Date.now() - started) / 1000;
    console.error(`[seed] loaded ${JSON.stringify(report)} in ${seconds.toFixed(1)} s ` +
      `(${Math.round(report.actors / seconds)} actors/s, ${Math.round(report.links / seconds)} links/s)`);
  });
} catch (error) {
  console.error(`[seed] ${(error as Error).message}`);
  process.exitCode = 1;
}
