export { grandBergeracois, ISOLATED_ACTORS, SILOED_SECTOR } from './bergeracois/index.js';
export { syntheticTerritory, SYNTHETIC_PREFIX, type SyntheticOptions } from './synthetic.js';
export { loadDataset, type LoadOptions, type LoadReport } from './load.js';
export { validateDataset, SeedDataError } from './validate.js';
export { grandBergeracoisTerritories, GRAND_BERGERACOIS_EPCIS } from './territories.js';
export * from './model.js';
export { seedIfEmpty } from './seedIfEmpty.js';
