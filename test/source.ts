import { join } from 'node:path';

/** Node's arguments to run one of the project's TypeScript entry points from its sources, as `npm run dev` does. */
export const FROM_SOURCES = ['--conditions=maillage:source', '--import', 'tsx'] as const;

/**
 * The environment for it, from the project's root: tsx reads the root tsconfig.json, a solution that lists no file,
 * so it is given the shared compiler options (decorators) instead.
 */
export const SOURCE_ENV = { TSX_TSCONFIG_PATH: join(import.meta.dirname, '..', 'tsconfig.base.json') } as const;
