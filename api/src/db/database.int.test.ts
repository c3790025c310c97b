import { describe, expect, it } from 'vitest';
import { testDriver } from '../../../test/neo4j.js';
import { checkNeo4jCompat } from './compat.js';
import { migrate } from '@maillage/schema';

const driver = testDriver();

describe('database set-up', () => {
  it('migrations are idempotent and create the constraints, indexes and full-text index', async () => {
    await migrate(driver);
    await migrate(driver);
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints.records[0]?.get('names')).toEqual(expect.arrayContaining(['actor_id', 'territory_id', 'cooperation_id']));
    const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    const byName = new Map(indexes.records.map((record) => [record.get('name'), record.toObject()]));
    expect(byName.get('actorText')).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(byName.get('actor_silo')).toMatchObject({ state: 'ONLINE' });
  });

  it('the embedded Neo4j is a 5.26 with the APOC core that @neo4j/graphql 7 calls', async () => {
    const { version } = await checkNeo4jCompat(driver);
    expect(version).toMatch(/^5\.26\./);
    const { records } = await driver.executeQuery("RETURN apoc.date.convertFormat('2024-01-02', 'iso_date', 'dd/MM/yyyy') AS converted");
    expect(records[0]?.get('converted')).toBe('02/01/2024');
  });
});
