import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Log = (message: string) => void;

/** The `neo4j/` folder of the repository, wherever the process was started from. */
export const moduleDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The repository's root, under which `.maillage/` keeps local state. */
export const repoRoot = join(moduleDir, '..');
