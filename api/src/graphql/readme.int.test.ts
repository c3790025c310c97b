import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocs } from '../../../test/docs.js';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// Every GraphQL example in the README and the guides in docs/ runs against the real API, so the documentation cannot rot.
const readme = readDocs();
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
const api = testApi();
const ids = testIds(api.driver, 'readme');

// Examples name seed actors (e.g. linkSuggestions for one of them): the seed is there, as after `npm start`.
beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  await api.driver.executeQuery("CREATE (:Territory {id: $id, code: '99993', name: 'Commune des exemples', level: 'COMMUNE'})", { id: ids.id('commune') });
});

describe('README examples', () => {
  it('has some', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((query, index) => [index + 1, query] as const))('example %i answers without errors', async (index, query) => {
    // Examples that write run as an animator, on an id of the test's own so that nothing of them stays.
    const writes = /^\s*(#.*\n\s*)*mutation\b/.test(query);
    // …and in a commune of its own: test actors never go into a seed territory, which other files count.
    const run = writes
      ? query.replace(/input: \{ /g, `input: { id: "${ids.id(`example-${index}`)}", `).replace(/"commune:\d{5}"/g, `"${ids.id('commune')}"`)
      : query;
    const result = await api.graphql(run, {}, writes ? signTestJwt(['animator']) : undefined);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
  });
});
