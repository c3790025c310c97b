import type { RequestContext } from '../graphql/context.js';
import type { MutationImportDataArgs } from '@maillage/schema';
import { requireRole } from '../auth/index.js';
import { importColumns } from './rows.js';
import { runImport, type ImportReport } from './run.js';

export type ImportContext = Pick<RequestContext, 'viewer' | 'db'>;

/** `importData`: the same import as `npm run import`, for animators, within the request's body limit. */
export const importResolvers = {
  Query: {
    importColumns: (_root: unknown, _args: unknown, context: ImportContext) => {
      requireRole(context.viewer, 'animator', 'importColumns');
      return importColumns();
    },
  },
  Mutation: {
    importData: (_root: unknown, args: MutationImportDataArgs, context: ImportContext): Promise<ImportReport> => {
      requireRole(context.viewer, 'animator', 'importData');
      const mapping = Object.fromEntries((args.mapping ?? []).map(({ column, field }) => [column, field]));
      return runImport(context.db.driver, context.db.database, { format: args.format ?? 'CSV', source: args.source ?? 'MAILLAGE', actors: args.actors ?? null, links: args.links ?? null, mapping }, {
        dryRun: args.dryRun ?? true,
        by: `import:${context.viewer.subject ?? 'unknown'}`,
      });
    },
  },
};
