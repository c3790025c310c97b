import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every `*.graphql` file of a folder, in a stable order. */
const sdlIn = (dir: string): string =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');

/** The domain model: every `*.graphql` file of `schema/`. */
export const typeDefs: string = sdlIn(schemaDir);

/** The SDL of the inputs the hand-written half of the API takes (`schema/handwritten/`), apart from @neo4j/graphql's. */
export const handwrittenTypeDefs: string = sdlIn(join(schemaDir, 'handwritten'));

/** The live events (`schema/live/`): a Subscription served over SSE beside Apollo, merged after @neo4j/graphql. */
export const liveTypeDefs: string = sdlIn(join(schemaDir, 'live'));
