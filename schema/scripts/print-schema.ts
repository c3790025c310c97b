// Prints the API schema that @neo4j/graphql generates from the domain model, so that TypeScript types are
// generated from it (codegen.ts) and reviewers see every change of the public API in a diff.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from '../src/print.js';
import { schemaDir } from '../src/typeDefs.js';

writeFileSync(join(schemaDir, 'generated', 'api.graphql'), await printApiSchema());
