import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The domain model: every `*.graphql` file of `schema/`, in a stable order. */
export const typeDefs: string = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => readFileSync(join(schemaDir, name), 'utf8'))
  .join('\n');

/** The SDL of the inputs the hand-written half of the API takes (`schema/handwritten/`), apart from @neo4j/graphql's. */
export const handwrittenTypeDefs: string = readdirSync(join(schemaDir, 'handwritten'))
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => readFileSync(join(schemaDir, 'handwritten', name), 'utf8'))
  .join('\n');
