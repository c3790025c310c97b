// `npm run codegen`: prints the API schema that @neo4j/graphql generates from the domain model (reviewed in
// diffs) and the TypeScript types generated from it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTypes } from '../src/codegen.js';
import { printApiSchema } from '../src/print.js';
import { schemaDir } from '../src/typeDefs.js';

const apiSchema = await printApiSchema();
writeFileSync(join(schemaDir, 'generated', 'api.graphql'), apiSchema);
writeFileSync(join(schemaDir, 'src', 'generated', 'types.ts'), await generateTypes(apiSchema));
