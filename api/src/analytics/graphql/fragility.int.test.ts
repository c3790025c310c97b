import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../../test/api.js';
import { testIds } from '../../../../test/neo4j.js';
import { fragility } from '../measures/fragility.js';
import { whatIf } from '../measures/whatIf.js';
import { createContext } from '../network/context.js';
import { selectNetwork } from '../network/network.js';
import { publicProjection } from '../projection/audience.js';
import { projectionFromDataset } from '../reference/fromDataset.js';

// Fragile points over GraphQL: on the seed, what the measures say on the dataset itself; on a small graph of the
// test's own, the coverage and its "indicatif" mark.
const api = testApi({ ANALYTICS_WORKER: 'true' });
const ids = testIds(api.driver, 'fragility');
const SEED = { territory: 'region:75' };
const expected = selectNetwork(createContext(publicProjection(projectionFromDataset(grandBergeracois()))), SEED);
const TEXT = 'fr en';
const ACTOR = 'id name silo kind';
const COVERAGE = `coverage { reviewedSince months actors knownActors knownShare links datedLinks datedShare provenance { provenance links share } indicative note { ${TEXT} } }`;

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});
afterAll(() => ids.cleanup());

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('fragile points on the seed graph', () => {
  it('fragility: cut points, bridges, structural holes, mixing and cores, as the measures say', async () => {
    const result = await api.graphql<{ fragility: Record<string, unknown> }>(
      `query($filter: NetworkFilter) { fragility(filter: $filter, limit: 10) {
        cutPointCount cutPoints { actor { ${ACTOR} } cutOff reasons { ${TEXT} } }
        bridgeCount bridges { linkIds a { ${ACTOR} } b { ${ACTOR} } cutOff reasons { ${TEXT} } }
        structuralHoles { actor { ${ACTOR} } partners constraint effectiveSize reasons { ${TEXT} } }
        mixing { by coefficient withinShare expectedWithinShare reasons { ${TEXT} } }
        cores { maxCore levels { k actors } innermost { ${ACTOR} } numbers { actorId core } reasons { ${TEXT} } }
        ${COVERAGE} } }`,
      { filter: SEED },
    );
    expect(result.errors).toBeUndefined();
    const { coverage, ...measured } = result.data!.fragility;
    expect(measured).toEqual(plain(fragility(expected, { limit: 10 })));
    expect(measured.cutPointCount).toBeGreaterThan(0);
    expect(coverage).toMatchObject({ months: 12, actors: expected.actors.length, links: expected.links.length });
  });

  it('withoutActors: what the first cut point’s departure would do', async () => {
    const [first] = fragility(expected).cutPoints;
    const result = await api.graphql<{ withoutActors: Record<string, unknown> & { cutOff: unknown[] } }>(
      `query($filter: NetworkFilter, $ids: [ID!]!) { withoutActors(filter: $filter, actorIds: $ids) {
        removed { ${ACTOR} } before { actors links crossSiloLinks eiIndex components largestComponent }
        after { actors links crossSiloLinks eiIndex components largestComponent }
        cutOff { ${ACTOR} } lostLinkIds lostCrossSiloLinks siloAccessLost { actor { ${ACTOR} } silo reasons { ${TEXT} } }
        siloMatrixAfter { links eiIndex coverage { actors } } risers { actor { ${ACTOR} } before after reasons { ${TEXT} } } method reasons { ${TEXT} }
        coverage { indicative } } }`,
      { filter: SEED, ids: [first!.actor.id] },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!.withoutActors;
    const measured = whatIf(expected, new Set([expected.index.get(first!.actor.id)!]));
    expect(data.cutOff).toHaveLength(first!.cutOff);
    const { siloMatrixAfter: _after, coverage: _coverage, ...rest } = data;
    const { siloMatrixAfter: _measuredAfter, ...measuredRest } = measured;
    expect(rest).toEqual(plain(measuredRest));
    expect(data.siloMatrixAfter).toMatchObject({ links: measured.siloMatrixAfter.links, coverage: { actors: expected.actors.length - 1 } });
  });

  const code = async (query: string, variables?: Record<string, unknown>): Promise<unknown> =>
    (await api.graphql(query, variables)).errors?.[0]?.extensions?.code;

  it('refuses an unknown actor, an empty or too long list, a limit out of range', async () => {
    expect(await code('{ withoutActors(actorIds: ["nobody-here"]) { cutOff { id } } }')).toBe('NOT_FOUND');
    expect(await code('{ withoutActors(actorIds: []) { cutOff { id } } }')).toBe('BAD_USER_INPUT');
    expect(await code('query($ids: [ID!]!) { withoutActors(actorIds: $ids) { cutOff { id } } }', { ids: Array.from({ length: 51 }, (_, i) => `a${i}`) })).toBe('BAD_USER_INPUT');
    expect(await code('{ fragility(limit: 0) { cutPointCount } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ fragility(filter: { minCore: -1 }) { cutPointCount } }')).toBe('BAD_USER_INPUT');
    const message = (await api.graphql('{ withoutActors(actorIds: ["nobody-here"]) { cutOff { id } } }')).errors?.[0]?.message;
    expect(message).toMatch(/^acteur introuvable .* \/ no actor "nobody-here"/);
  });

  it('keeps people out of what the public sees: a person without consent is “not in this selection”', async () => {
    const person = projectionFromDataset(grandBergeracois()).actors.find((actor) => actor.kind === 'PERSON' && !actor.published);
    expect(person).toBeDefined();
    expect(await code('query($ids: [ID!]!) { withoutActors(actorIds: $ids) { cutOff { id } } }', { ids: [person!.id] })).toBe('NOT_FOUND');
    const animator = await api.graphql('query($ids: [ID!]!) { withoutActors(actorIds: $ids) { cutOff { id } } }', { ids: [person!.id] }, signTestJwt(['animator']));
    expect(animator.errors).toBeUndefined();
  });
});

describe('coverage on each figure', () => {
  it('marks brokers, cut points and communities indicative under 65 % of actors with known links, not the silo matrix', async () => {
    const place = ids.id('commune');
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((name) => ids.id(name));
    // a–b–c–d: d was last reviewed two years ago and e has no link: 3 of 5 actors (60 %) have known links.
    await api.driver.executeQuery(
      `CREATE (t:Territory {id: $place, code: $place, name: 'Test', level: 'COMMUNE'})
       WITH t UNWIND $actors AS row
       CREATE (x:Actor {id: row.id, name: row.id, silo: 'PUBLIC', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true,
         createdAt: datetime(), updatedAt: datetime() - duration({months: row.age})})-[:LOCATED_IN]->(t)
       WITH count(*) AS made UNWIND $links AS link
       MATCH (x:Actor {id: link[0]}), (y:Actor {id: link[1]})
       CREATE (x)-[:COOPERATES_WITH {id: link[0] + '~' + link[1], kind: 'PARTNERSHIP', provenance: 'WORKSHOP', since: date('2024-01-01')}]->(y)`,
      { place, actors: [[a, 0], [b, 0], [c, 0], [d, 24], [e, 0]].map(([id, age]) => ({ id, age })), links: [[a, b], [b, c], [c, d]] },
    );
    const result = await api.graphql<{
      siloMatrix: { coverage: { indicative: boolean; knownShare: number } };
      brokers: { coverage: { indicative: boolean; note: { fr: string } } };
      communities: { coverage: { indicative: boolean } };
      fragility: { coverage: { indicative: boolean } };
      coverage: { knownActors: number; actors: number; datedShare: number; provenance: Array<{ provenance: string; links: number }> };
      withoutActors: { cutOff: Array<{ id: string }>; coverage: { indicative: boolean } };
      isolatedActors: { coverage: { knownShare: number; indicative: boolean } };
      resourceMatches: { coverage: { knownShare: number } };
      networkChanges: { coverage: { knownShare: number } };
    }>(
      `query($filter: NetworkFilter, $b: ID!) {
        siloMatrix(filter: $filter) { coverage { indicative knownShare } }
        brokers(filter: $filter) { coverage { indicative note { fr } } }
        communities(filter: $filter) { coverage { indicative } }
        fragility(filter: $filter) { coverage { indicative } }
        coverage(filter: $filter) { knownActors actors datedShare provenance { provenance links } }
        withoutActors(filter: $filter, actorIds: [$b]) { cutOff { id } coverage { indicative } }
        isolatedActors(filter: $filter) { coverage { knownShare indicative } }
        resourceMatches(filter: $filter) { coverage { knownShare } }
        networkChanges(filter: $filter, from: "2020-01-01", to: "2025-01-01") { coverage { knownShare } }
      }`,
      { filter: { territory: place }, b },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.coverage).toMatchObject({ knownActors: 3, actors: 5, datedShare: 1 });
    expect(data.coverage.provenance.find((item) => item.provenance === 'WORKSHOP')?.links).toBe(3);
    expect(data.siloMatrix.coverage).toEqual({ indicative: false, knownShare: 0.6 });
    expect(data.brokers.coverage.indicative).toBe(true);
    expect(data.brokers.coverage.note.fr).toMatch(/^Seuls 60\s%/u);
    expect(data.communities.coverage.indicative).toBe(true);
    expect(data.fragility.coverage.indicative).toBe(true);
    expect(data.withoutActors).toEqual({ cutOff: [{ id: a }], coverage: { indicative: true } });
    // Every other figure states its coverage, without the mark.
    expect(data.isolatedActors.coverage).toEqual({ knownShare: 0.6, indicative: false });
    expect(data.resourceMatches.coverage.knownShare).toBe(0.6);
    // A period's coverage is its last day's: on 2025-01-01, d's review of some 24 months before today was recent.
    expect(data.networkChanges.coverage.knownShare).toBe(0.8);
  });
});
