import type { Driver } from 'neo4j-driver';
import { grandBergeracois } from './bergeracois/index.js';
import { loadDataset, type LoadReport } from './load.js';

/** Loads the Grand Bergeracois when the database holds no actor yet (a fresh install); null when it holds some. */
export async function seedIfEmpty(driver: Driver, database: string): Promise<LoadReport | null> {
  const { records } = await driver.executeQuery('MATCH (a:Actor) RETURN count(a) > 0 AS any', {}, { database });
  if (records[0]?.get('any') === true) return null;
  return loadDataset(driver, grandBergeracois(), { database });
}
