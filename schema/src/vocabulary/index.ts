// The words, colours and shapes that the server and the browser share, and the SDL's enums as values.
// Pure TypeScript (no Node, no DOM): the API and the explorer both import it.
export * from '../generated/vocabulary.js';
export { SILO_COLOURS, KIND_SHAPES, LINK_COLOURS, PLAIN_LINKS_FROM, PROVENANCE_LINES, SHAPE_OUTLINES, nodeSize, centralitySize, shapePath } from './presentation.js';
export {
  LANGS, SILO_NAMES, KIND_NAMES, LINK_KIND_NAMES, PROVENANCE_NAMES, ROLE_NAMES, type Lang, type Bilingual,
} from './names.js';
export { bilingual, createTranslator, type Messages, type Translator } from './translator.js';
export { SHARED_MESSAGES } from './messages.js';
export { REPORT_MESSAGES } from './reportMessages.js';
export { ROLES, isRole, withImpliedRoles, type Role } from './roles.js';
export type { ActorKind, CooperationKind, Provenance, PtceRole, Silo, ResourceKind, TerritoryLevel, ProjectStatus, ProjectRole } from '../generated/types.js';

import { createTranslator } from './translator.js';
import { SHARED_MESSAGES } from './messages.js';

/** The server's translator: the shared part of the catalogue only. */
export const sharedTranslator = createTranslator(SHARED_MESSAGES);
export type SharedMessageKey = keyof (typeof SHARED_MESSAGES)['fr'];

import { REPORT_MESSAGES } from './reportMessages.js';

/** The report's translator (api/src/reports): its part of the catalogue. */
export const reportTranslator = createTranslator(REPORT_MESSAGES);
export type ReportMessageKey = keyof (typeof REPORT_MESSAGES)['fr'];
