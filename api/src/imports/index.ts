export { runImport, type ImportReport, type ImportSource, type ImportOptions } from './run.js';
export { importResolvers, type ImportContext } from './resolvers.js';
export type { ImportProblem } from './rows.js';
