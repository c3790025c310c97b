import { describe, expect, it } from 'vitest';
import { testApi } from '../../../test/api.js';
import { recordCypher } from '../../../test/cypher.js';

// The Cypher that @neo4j/graphql generates for the queries Maillage relies on, pinned so that a library upgrade
// or an SDL change that alters it shows up in review. The queries run on the real Neo4j too.
const cypher = recordCypher();
const api = testApi();

describe('generated Cypher', () => {
  it('matches cooperation links in both directions', async () => {
    cypher.take();
    const result = await api.graphql(`{ actors(where: { id: { eq: "none" } }) { cooperatesWith { id } } }`);
    expect(result.errors).toBeUndefined();
    const [query] = cypher.take();
    expect(query).toMatch(/-\[\w+:COOPERATES_WITH\]-\(/); // no arrow: undirected
    expect(query).toMatchSnapshot();
  });

  it('filters links on their properties inside the pattern', async () => {
    cypher.take();
    await api.graphql(`{ actors(where: { id: { eq: "none" } }) {
      cooperatesWithConnection(where: { edge: { kind: { eq: FUNDING } } }) { totalCount } } }`);
    expect(cypher.take()).toMatchSnapshot();
  });

  it('guards contact details with an authorization check in the database', async () => {
    cypher.take();
    await api.graphql(`{ actors(where: { id: { eq: "none" } }) { contactEmail } }`);
    const [query] = cypher.take();
    expect(query).toMatch(/apoc\.util\.validate/);
    expect(query).toMatchSnapshot();
  });
});
