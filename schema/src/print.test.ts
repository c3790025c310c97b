import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTypes } from './codegen.js';
import { printApiSchema } from './print.js';
import { schemaDir, typeDefs } from './typeDefs.js';
import { generateVocabulary } from './vocabularyCodegen.js';

describe('generated API schema', () => {
  it('is up to date with the SDL (run `npm run codegen` after changing schema/*.graphql)', async () => {
    const committed = readFileSync(join(schemaDir, 'generated', 'api.graphql'), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });

  it('and the TypeScript types generated from it are up to date too', async () => {
    const committed = readFileSync(join(schemaDir, 'src', 'generated', 'types.ts'), 'utf8');
    expect(await generateTypes(await printApiSchema())).toBe(committed);
  });

  it('and so are the enums as values, with their descriptions', () => {
    const committed = readFileSync(join(schemaDir, 'src', 'generated', 'vocabulary.ts'), 'utf8');
    expect(generateVocabulary(typeDefs)).toBe(committed);
  });

  it('queries cooperation links in both directions', async () => {
    const printed = await printApiSchema();
    expect(printed).toContain('cooperatesWith(');
    expect(printed).not.toMatch(/name_EQ/); // no deprecated aliases
  });
});
