import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

const api = testApi();
const ids = testIds(api.driver, 'coop');
const [a, b, c] = [ids.id('a'), ids.id('b'), ids.id('c')];

beforeAll(async () => {
  await api.driver.executeQuery(
    `UNWIND $actors AS actor
     CREATE (:Actor {id: actor.id, name: actor.name, silo: actor.silo, kind: 'ASSOCIATION', ptceRole: 'NONE',
       essMember: true, fictional: true, createdAt: datetime(), updatedAt: datetime()})`,
    { actors: [{ id: a, name: 'A', silo: 'PUBLIC' }, { id: b, name: 'B', silo: 'PRIVATE' }, { id: c, name: 'C', silo: 'POPULATION' }] },
  );
  // A→B stored one way, C→A the other: both are A's links.
  await api.driver.executeQuery(
    `MATCH (a:Actor {id: $a}), (b:Actor {id: $b}), (c:Actor {id: $c})
     CREATE (a)-[:COOPERATES_WITH {id: $ab, kind: 'PARTNERSHIP', since: date('2020-01-01'), intensity: 2, provenance: 'ANIMATOR', confidence: 0.8}]->(b)
     CREATE (c)-[:COOPERATES_WITH {id: $ca, kind: 'FUNDING', since: date('2023-06-01'), intensity: 3, provenance: 'OBSERVED'}]->(a)`,
    { a, b, c, ab: ids.id('ab'), ca: ids.id('ca') },
  );
});

interface Partners { actors: { cooperatesWith: { id: string }[] }[] }

describe('cooperation links', () => {
  it('are found whichever direction they are stored in', async () => {
    const result = await api.graphql<Partners>(
      `query($id: ID!) { actors(where: { id: { eq: $id } }) { cooperatesWith(sort: [{ id: ASC }]) { id } } }`,
      { id: a },
    );
    expect(result.data?.actors[0]?.cooperatesWith.map((partner) => partner.id)).toEqual([b, c]);
    const fromC = await api.graphql<Partners>(`query($id: ID!) { actors(where: { id: { eq: $id } }) { cooperatesWith { id } } }`, { id: c });
    expect(fromC.data?.actors[0]?.cooperatesWith.map((partner) => partner.id)).toEqual([a]);
  });

  it('expose and filter on their properties', async () => {
    const result = await api.graphql<{ actors: { cooperatesWithConnection: { edges: { properties: Record<string, unknown>; node: { id: string } }[] } }[] }>(
      `query($id: ID!) { actors(where: { id: { eq: $id } }) {
        cooperatesWithConnection(where: { edge: { kind: { eq: FUNDING }, since: { gte: "2022-01-01" } } }) {
          edges { properties { kind since intensity provenance confidence } node { id } } } } }`,
      { id: a },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.actors[0]?.cooperatesWithConnection.edges).toEqual([
      { properties: { kind: 'FUNDING', since: '2023-06-01', intensity: 3, provenance: 'OBSERVED', confidence: null }, node: { id: c } },
    ]);
  });

  it('are created with their properties through GraphQL, and an out-of-range intensity is refused', async () => {
    const connect = (intensity: number) => api.graphql(
      `mutation($b: ID!, $c: ID!, $link: ID!, $intensity: Intensity) {
        saveCooperation(input: { id: $link, from: $b, to: $c, kind: MUTUALISATION, provenance: SELF_DECLARED, intensity: $intensity, since: "2024-02-01" }) { id } }`,
      { b, c, link: ids.id(`bc-${intensity}`), intensity },
      signTestJwt(['animator']),
    );
    const refused = await connect(4);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/Intensity/);
    const created = await connect(2);
    expect(created.errors).toBeUndefined();
    const { records } = await api.driver.executeQuery(
      'MATCH (:Actor {id: $b})-[r:COOPERATES_WITH]->(:Actor {id: $c}) RETURN r.intensity AS intensity, r.kind AS kind',
      { b, c },
    );
    expect(records.map((record) => [record.get('intensity').toNumber(), record.get('kind')])).toEqual([[2, 'MUTUALISATION']]);
  });
});
