export { EditingService, applyEdit, type EditInput } from './service.js';
export { editingResolvers, checkedLimit, type EditingContext } from './resolvers.js';
export { EditError, EDIT_ERRORS, asGraphQLError, type EditErrorCode } from './errors.js';
export type { ChangeEntry } from './journal.js';
export type { EditOutcome } from './nodes.js';
export { journalRoute } from './journalRoute.js';
