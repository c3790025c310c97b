import type { RequestContext } from '../graphql/context.js';
import { GraphQLError } from 'graphql';
import type {
  EditedEntity, MutationDeleteEntityArgs, MutationRestoreEntityArgs, MutationUndoChangeArgs, MutationMergeActorsArgs, QueryBinArgs, QueryChangesArgs, QueryHistoryArgs,
} from '@maillage/schema';
import { hasRole, requireRole } from '../auth/index.js';
import { asGraphQLError } from './errors.js';
import { fieldChanges, withoutPersonalData, type ChangeEntry } from './journal.js';
import type { EditOutcome } from './nodes.js';
import type { EditingService } from './service.js';

export interface EditingContext extends Pick<RequestContext, 'viewer'> {
  editing: EditingService;
}

const MAX_LIMIT = 1_000;

/** A `limit` argument from 1 to 1,000 (its default when absent), refused with a coded message otherwise. */
export function checkedLimit(where: string, limit: number | null | undefined, fallback: number): number {
  const value = limit ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
    throw new GraphQLError(`${where} : « limit » va de 1 à ${MAX_LIMIT}. / ${where}: limit must be 1 to ${MAX_LIMIT}.`, { extensions: { code: 'BAD_USER_INPUT', field: 'limit', http: { status: 400 } } });
  }
  return value;
}

const record = (change: ChangeEntry) => ({ ...change, fields: fieldChanges(change.before, change.after) });
const result = (entity: EditedEntity) => (outcome: EditOutcome) => ({ entity, id: outcome.id, change: outcome.change ? record(outcome.change) : null });

/** The animator who edits, as the journal names them. */
function editor(context: EditingContext, action: string): string {
  requireRole(context.viewer, 'animator', action);
  return context.viewer.subject ?? 'unknown';
}

/** The resolver of one `save…` mutation; GraphQL has checked the input's shape, the service checks the rest. */
function save(entity: EditedEntity, action: string) {
  return (_root: unknown, args: { input: Record<string, unknown> }, context: EditingContext) =>
    context.editing.save(entity, args.input, editor(context, action)).then(result(entity), asGraphQLError);
}

/** The SDL's editing fields (schema/editing.graphql): animators only, each edit checked and journaled. */
export const editingResolvers = {
  Query: {
    history: (_root: unknown, args: QueryHistoryArgs, context: EditingContext) => {
      requireRole(context.viewer, 'animator', 'history');
      return context.editing.history(args.entity, args.id, checkedLimit('history', args.limit, 50)).then((changes) => changes.map(record));
    },
    changes: async (_root: unknown, args: QueryChangesArgs, context: EditingContext) => {
      requireRole(context.viewer, 'researcher', 'changes');
      // Researchers study how the network changes, not who is in it: their journal holds no personal data.
      const whole = hasRole(context.viewer, 'animator');
      const changes = await context.editing.changes({ since: args.since ?? null, until: args.until ?? null }, checkedLimit('changes', args.limit, 100), !whole);
      return changes.map((change) => record(whole ? change : withoutPersonalData(change)));
    },
    bin: (_root: unknown, args: QueryBinArgs, context: EditingContext) => {
      requireRole(context.viewer, 'animator', 'bin');
      return context.editing.bin(checkedLimit('bin', args.limit, 100));
    },
  },
  Mutation: {
    saveActor: save('ACTOR', 'saveActor'),
    saveCooperation: save('COOPERATION', 'saveCooperation'),
    saveResource: save('RESOURCE', 'saveResource'),
    saveSector: save('SECTOR', 'saveSector'),
    saveProject: save('PROJECT', 'saveProject'),
    deleteEntity: (_root: unknown, args: MutationDeleteEntityArgs, context: EditingContext) =>
      context.editing.delete(args.entity, args.id, editor(context, 'deleteEntity')).then(result(args.entity), asGraphQLError),
    restoreEntity: (_root: unknown, args: MutationRestoreEntityArgs, context: EditingContext) =>
      context.editing.restore(args.entity, args.id, editor(context, 'restoreEntity')).then(result(args.entity), asGraphQLError),
    mergeActors: (_root: unknown, args: MutationMergeActorsArgs, context: EditingContext) =>
      context.editing.merge(args.kept, args.merged, args.take ?? [], editor(context, 'mergeActors')).then(result('ACTOR'), asGraphQLError),
    undoChange: (_root: unknown, args: MutationUndoChangeArgs, context: EditingContext) =>
      context.editing.undo(args.id, editor(context, 'undoChange')).then((outcome) => result(outcome.entity)(outcome), asGraphQLError),
  },
};
