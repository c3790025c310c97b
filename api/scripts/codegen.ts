// `npm run codegen -w @maillage/api`: prints the whole API (generated + analytics + accounts), for the explorer's
// typed operations (explorer/codegen.ts) and for reviewers (diffs).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printWholeSchema } from '../src/graphql/schema.js';

writeFileSync(join(import.meta.dirname, '..', 'generated', 'schema.graphql'), await printWholeSchema());
