import type { ImportSource as ImportSourceName } from '@maillage/schema';
import { GOGOCARTO } from './gogocarto.js';
import { SCDL_SUBSIDIES } from './scdl.js';
import { SIRENE } from './sirene.js';
import type { ImportTranslator } from './types.js';

/** The sources in another shape than Maillage's own columns, by the name the API and the CLI give them. */
export const TRANSLATORS: Readonly<Record<Exclude<ImportSourceName, 'MAILLAGE'>, ImportTranslator>> = { SIRENE, SCDL_SUBSIDIES, GOGOCARTO };
export type { ImportTranslator, Translated } from './types.js';
