import { readdirSync, readFileSync } from 'node:fs';
import { parseExample } from '@maillage/schema';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocs } from '../../../test/docs.js';
import { testApi } from '../../../test/api.js';

// The researchers' worked examples (schema/examples/, shown on /docs.html) run on the seed, so the documentation
// never rots: each answers without error, and with something in it.
const folder = new URL('../../../schema/examples/', import.meta.url);
const examples = readdirSync(folder).filter((file) => file.endsWith('.graphql')).sort()
  .map((file) => parseExample(file.replace(/\.graphql$/, ''), readFileSync(new URL(file, folder), 'utf8')));
const api = testApi();
// The README's table of what each example costs: `| `01-…` | 1,234 |`.
const readme = readDocs();
const README_COSTS = new Map([...readme.matchAll(/^\| `(\d\d-[a-z-]+)` \| ([\d,]+) \|$/gm)].map((row) => [row[1]!, Number(row[2]!.replace(/,/g, ''))]));

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

/** Whether an answer holds at least one non-empty list or a number above zero somewhere. */
function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return value > 0;
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  return false;
}

describe('the worked examples for researchers', () => {
  it('are ten, each titled in French and in English', () => {
    expect(examples).toHaveLength(10);
    for (const example of examples) expect(example.title.fr).not.toBe(example.title.en);
  });

  it.each(examples.map((example) => [example.name, example] as const))('%s answers, with content, at the cost the README gives', async (name, example) => {
    const result = await api.graphql(example.query);
    expect(result.errors).toBeUndefined();
    for (const [field, value] of Object.entries(result.data ?? {})) expect(hasContent(value), field).toBe(true);
    expect(result.extensions?.cost, name).toBe(README_COSTS.get(name));
  });
});
