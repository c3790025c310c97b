import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printWholeSchema } from './schema.js';

describe('the whole API schema', () => {
  it('is up to date (run `npm run codegen` after changing the SDL or the hand-written half)', async () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'generated', 'schema.graphql'), 'utf8');
    expect(await printWholeSchema()).toBe(committed);
  });

  it('holds both halves: the analytics and signing in beside the generated queries', async () => {
    const printed = await printWholeSchema();
    for (const field of ['siloMatrix(', 'network(', 'login(', 'actors(', 'saveActor('])  expect(printed).toContain(field);
    expect(printed).toContain('input NetworkFilter {');
  });
});
