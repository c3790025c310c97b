// `npm run codegen -w @maillage/schema`: prints the API schema that @neo4j/graphql generates from the domain model
// (reviewed in diffs), the TypeScript types generated from it and the SDL's enums as values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTypes } from '../src/codegen.js';
import { printApiSchema } from '../src/print.js';
import { schemaDir, typeDefs } from '../src/typeDefs.js';
import { generateVocabulary } from '../src/vocabularyCodegen.js';

const apiSchema = await printApiSchema();
writeFileSync(join(schemaDir, 'generated', 'api.graphql'), apiSchema);
writeFileSync(join(schemaDir, 'src', 'generated', 'types.ts'), await generateTypes(apiSchema));
writeFileSync(join(schemaDir, 'src', 'generated', 'vocabulary.ts'), generateVocabulary(typeDefs));
