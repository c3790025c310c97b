import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen.js';

describe("the explorer's typed operations", () => {
  it('are up to date with its documents and the API schema (run `npm run codegen`)', async () => {
    const outputs = (await generate(codegenConfig, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) expect(content, filename).toBe(readFileSync(filename, 'utf8'));
  }, 60_000);
});
