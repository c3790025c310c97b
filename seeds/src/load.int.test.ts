import { describe, expect, it } from 'vitest';
import { testDriver, testIds } from '../../test/neo4j.js';
import { grandBergeracois } from './bergeracois/index.js';
import { loadDataset } from './load.js';
import { SeedDataError } from './validate.js';

const driver = testDriver();
const ids = testIds(driver, 'load');

const dataset = grandBergeracois();
const seedIds = [dataset.territories, dataset.sectors, dataset.resources, dataset.actors, dataset.projects].flatMap((rows) => rows.map((row) => row.id));

/** Every property of every seed node and relationship between seed nodes, in a stable order. */
async function snapshot(): Promise<unknown[]> {
  const { records } = await driver.executeQuery(
    // Other test files add (and remove) their own nodes meanwhile, some linked to the seed's: only the seed's count.
    `MATCH (n) WHERE (n:Actor OR n:Territory OR n:Sector OR n:Resource OR n:Project) AND n.id IN $seedIds
     OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN $seedIds
     WITH n, r, m ORDER BY n.id, type(r), m.id, r.id
     RETURN n.id AS id, properties(n) AS node, collect([type(r), m.id, properties(r)]) AS out ORDER BY id`,
    { seedIds },
  );
  return records.map((record) => JSON.stringify(record.toObject()));
}

describe('loadDataset', () => {
  it('loads the Grand Bergeracois, and loading it again changes nothing', async () => {
    const report = await loadDataset(driver, grandBergeracois());
    expect(report.actors).toBeGreaterThanOrEqual(150);
    const before = await snapshot();
    await loadDataset(driver, grandBergeracois(), { batchSize: 37 });
    expect(await snapshot()).toEqual(before);
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {id: 'scic-assiette-locale'})-[:LOCATED_IN]->(:Territory)-[:PART_OF]->(e:Territory)
       RETURN e.name AS epci, a.location.latitude AS latitude`,
    );
    expect(records[0]?.get('epci')).toBe('CA Bergeracoise');
    expect(records[0]?.get('latitude')).toBeCloseTo(44.853);
  });

  it('refuses bad data before writing anything', async () => {
    const data = grandBergeracois();
    const actor = { ...data.actors[0]!, id: ids.id('bad'), territory: 'commune:00000' };
    await expect(loadDataset(driver, { ...data, actors: [actor], links: [], projects: [] })).rejects.toThrow(SeedDataError);
    const { records } = await driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', { id: actor.id });
    expect(records[0]?.get('n').toNumber()).toBe(0);
  });

  it('rolls a refused batch back whole', async () => {
    const data = grandBergeracois();
    const [first, second] = [ids.id('x'), ids.id('y')];
    // In a territory of their own, outside the seed's: other files measure the seed territories meanwhile.
    const place = { id: ids.id('place'), code: 'TEST', name: 'Test', level: 'COMMUNE' as const, partOf: [] };
    const actors = [first, second].map((id) => ({ ...data.actors[0]!, id, territory: place.id }));
    // The second link reuses a seed link id between other actors: the uniqueness constraint refuses the batch.
    const links = [
      { ...data.links[0]!, id: ids.id('link-ok'), source: first, target: second },
      { ...data.links[0]!, id: data.links[0]!.id, source: second, target: first },
    ];
    await expect(
      loadDataset(driver, { ...data, territories: [...data.territories, place], actors, links, projects: [] }, { batchSize: 10 }),
    ).rejects.toThrow(/links rows 1–2 were refused/);
    const { records } = await driver.executeQuery('MATCH ()-[r:COOPERATES_WITH {id: $id}]->() RETURN count(r) AS n', { id: ids.id('link-ok') });
    expect(records[0]?.get('n').toNumber()).toBe(0);
  });
});
