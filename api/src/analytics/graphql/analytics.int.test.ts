import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../../test/api.js';
import { testIds } from '../../../../test/neo4j.js';
import { forceLayout } from '../layout/forceLayout.js';
import { brokers } from '../measures/brokers.js';
import { resourceMatches } from '../measures/resourceMatches.js';
import { sectorGaps } from '../measures/sectorGaps.js';
import { isolatedActors, siloedActors } from '../measures/siloedActors.js';
import { siloMatrix } from '../measures/siloMatrix.js';
import { createContext } from '../network/context.js';
import { selectNetwork } from '../network/network.js';
import { publicProjection } from '../projection/audience.js';
import { projectionFromDataset } from '../reference/fromDataset.js';

// The analytics through GraphQL, on the seed graph read back from the real Neo4j, must say what the measures say
// on the seed dataset itself. Other test files add actors meanwhile, never in a seed territory: filtering on the
// région keeps exactly the seed.
const api = testApi({ ANALYTICS_WORKER: 'true' });
const ids = testIds(api.driver, 'analytics');
const SEED = { territory: 'region:75' };
// The tests ask as the public: the measures run on the network it may see (no person without consent).
const whole = projectionFromDataset(grandBergeracois());
const expected = selectNetwork(createContext(publicProjection(whole)), SEED);

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

const TEXT = 'fr en';
const ACTOR = 'id name silo kind';

describe('analytics over GraphQL, on the seed graph', () => {
  it('siloMatrix: the nine cells and the E-I indices', async () => {
    const result = await api.graphql<{ siloMatrix: ReturnType<typeof siloMatrix> }>(
      `query($filter: NetworkFilter) { siloMatrix(filter: $filter) {
        cells { from to links linkedPairs possiblePairs density }
        silos { silo actors internalLinks externalLinks eiIndex reasons { ${TEXT} } }
        links crossSiloLinks crossSiloShare eiIndex expectedEiIndex reasons { ${TEXT} } } }`,
      { filter: SEED },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.siloMatrix).toEqual(JSON.parse(JSON.stringify(siloMatrix(expected))));
  });

  it('the gap report: isolated and siloed actors, sector gaps, resource matches, brokers', async () => {
    const result = await api.graphql<{
      isolatedActors: { total: number; actors: Array<{ actor: { id: string } }> };
      siloedActors: { total: number };
      sectorGaps: { total: number; gaps: Array<{ sector: { id: string }; territory: { id: string } | null; severity: string; reasons: unknown[] }> };
      resourceMatches: { matchableNeeds: number; matches: Array<{ offerer: { id: string }; needer: { id: string }; score: number }> };
      brokers: { method: string; actors: Array<{ actor: { id: string }; betweenness: number }>; bridges: Array<{ linkIds: string[] }> };
    }>(
      `query($filter: NetworkFilter) {
        isolatedActors(filter: $filter) { total actors { actor { ${ACTOR} } partners reasons { ${TEXT} } } }
        siloedActors(filter: $filter, limit: 5) { total actors { actor { ${ACTOR} } partners } }
        sectorGaps(filter: $filter) { total averageDensity gaps { sector { id name nameEn } territory { id name } actors silos { silo actors } severity missingLinks reasons { ${TEXT} } } }
        resourceMatches(filter: $filter, limit: 10) { matchableNeeds matches { resource { id name kind } offerer { ${ACTOR} } needer { ${ACTOR} } score reasons { ${TEXT} } } }
        brokers(filter: $filter, limit: 10) { method sources methodNote { ${TEXT} } actors { rank actor { ${ACTOR} } betweenness } bridges { linkIds a { id } b { id } cutOff } }
      }`,
      { filter: SEED },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.isolatedActors.actors.map((gap) => gap.actor.id)).toEqual(isolatedActors(expected).map((gap) => gap.actor.id));
    expect(data.siloedActors.total).toBe(siloedActors(expected).length);
    const gaps = sectorGaps(expected);
    expect(data.sectorGaps.total).toBe(gaps.total);
    expect(data.sectorGaps.gaps[0]).toMatchObject({ sector: { id: 'culture' }, territory: null, severity: 'ABSENT' });
    const matches = resourceMatches(expected, { limit: 10 });
    expect(data.resourceMatches.matchableNeeds).toBe(matches.matchableNeeds);
    expect(data.resourceMatches.matches.map((match) => [match.offerer.id, match.needer.id])).toEqual(matches.matches.map((match) => [match.offerer.id, match.needer.id]));
    const ranked = brokers(expected, { limit: 10 });
    expect(data.brokers.method).toBe('EXACT');
    expect(data.brokers.actors.map((broker) => broker.actor.id)).toEqual(ranked.actors.map((broker) => broker.actor.id));
    expect(data.brokers.bridges.length).toBe(ranked.bridges.length);
  });

  it('communities, statistics and their evolution year by year', async () => {
    const result = await api.graphql<{
      communities: { count: number; modularity: number };
      networkStats: { actors: number; links: number; components: number };
      networkEvolution: Array<{ year: number; links: number }>;
    }>(
      `query($filter: NetworkFilter) {
        communities(filter: $filter) { count modularity communities { id size actorIds silos { silo actors } siloMix reasons { ${TEXT} } } }
        networkStats(filter: $filter) { actors links components largestComponent averageClustering crossSiloShare }
        networkEvolution(filter: $filter) { year asOf links crossSiloShare }
      }`,
      { filter: SEED },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.communities.count).toBeGreaterThan(2);
    expect(result.data?.communities.modularity).toBeGreaterThan(0.3);
    expect(result.data?.networkStats).toMatchObject({ actors: expected.actors.length, links: expected.links.length });
    const years = result.data!.networkEvolution;
    const today = new Date().toISOString().slice(0, 10);
    expect(years.at(-1)?.links).toBe(selectNetwork(expected.context, { ...SEED, asOf: today }).links.length);
    expect(years[0]!.links).toBeLessThan(years.at(-1)!.links);
  });

  it('linkSuggestions: never a person by default, each with its reasons', async () => {
    const result = await api.graphql<{ linkSuggestions: Array<{ actor: { id: string; kind: string }; reasons: Array<{ fr: string; en: string }> }> }>(
      `{ linkSuggestions(actorId: "scic-assiette-locale", limit: 10) { actor { ${ACTOR} } score adamicAdar commonPartners reasons { ${TEXT} } } }`,
    );
    expect(result.errors).toBeUndefined();
    const suggestions = result.data!.linkSuggestions;
    expect(suggestions).toHaveLength(10);
    expect(suggestions.some((suggestion) => suggestion.actor.kind === 'PERSON')).toBe(false);
    expect(suggestions.every((suggestion) => suggestion.reasons.length > 0)).toBe(true);
  });

  it('networkChanges: links gained between two dates, and the silo matrix before and after', async () => {
    const result = await api.graphql<{ networkChanges: { linksGained: unknown[]; linksLost: unknown[]; before: { links: number }; after: { links: number } } }>(
      `query($filter: NetworkFilter) { networkChanges(from: "2018-01-01", to: "2025-01-01", filter: $filter) {
        linksGained { id kind a { id } b { id } crossSilo } linksLost { id } crossSiloLinksGained becameIsolated { id } before { links eiIndex } after { links eiIndex } } }`,
      { filter: SEED },
    );
    expect(result.errors).toBeUndefined();
    const changes = result.data!.networkChanges;
    expect(changes.after.links - changes.before.links).toBe(changes.linksGained.length - changes.linksLost.length);
  });
});

describe('the compact network', () => {
  it('gives each link once, relationships as ids, and the network as it stood on a past day', async () => {
    const query = `query($filter: NetworkFilter) { network(filter: $filter) {
      actors { id name silo kind ptceRole essMember fictional location { latitude longitude } sectorIds territoryIds }
      links { id source target kind since until provenance intensity }
      sectors { id name nameEn parent } territories { id name level partOf } } }`;
    type Answer = { network: { actors: Array<{ id: string; territoryIds: string[] }>; links: Array<{ id: string }>; territories: unknown[] } };
    const today = await api.graphql<Answer>(query, { filter: SEED });
    expect(today.errors).toBeUndefined();
    const { actors, links } = today.data!.network;
    expect(actors).toHaveLength(expected.actors.length);
    expect(links).toHaveLength(expected.links.length);
    expect(new Set(links.map((link) => link.id)).size).toBe(links.length);
    expect(actors.find((actor) => actor.id === 'scic-assiette-locale')?.territoryIds).toEqual(['commune:24037']);
    const past = await api.graphql<Answer>(query, { filter: { ...SEED, asOf: '2015-01-01' } });
    expect(past.data!.network.links.length).toBe(selectNetwork(expected.context, { ...SEED, asOf: '2015-01-01' }).links.length);
    expect(past.data!.network.links.length).toBeLessThan(links.length);
  });

  it('has no field for contact details', async () => {
    const result = await api.graphql('{ network { actors { contactEmail } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('analytics refuse bad input with a code', () => {
  const codeOf = async (query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> =>
    (await api.graphql(query, variables)).errors?.[0]?.extensions?.code;

  it('an unknown territory or sector, an unknown actor, a limit out of range, dates the wrong way round', async () => {
    expect(await codeOf('{ siloMatrix(filter: { territory: "commune:00000" }) { links } }')).toBe('BAD_USER_INPUT');
    expect(await codeOf('{ sectorGaps(filter: { sector: "nothing" }) { total } }')).toBe('BAD_USER_INPUT');
    expect(await codeOf('{ linkSuggestions(actorId: "nobody") { score } }')).toBe('NOT_FOUND');
    expect(await codeOf('{ isolatedActors(limit: 0) { total } }')).toBe('BAD_USER_INPUT');
    expect(await codeOf('{ resourceMatches(limit: 501) { matchableNeeds } }')).toBe('BAD_USER_INPUT');
    expect(await codeOf('{ resourceMatches(limit: 100000) { matchableNeeds } }')).toBe('PAGE_TOO_LARGE');
    expect(await codeOf('{ networkChanges(from: "2025-01-01", to: "2020-01-01") { from } }')).toBe('BAD_USER_INPUT');
    expect(await codeOf('query($day: Date) { networkStats(filter: { asOf: $day }) { links } }', { day: 'not a date' })).toBe('BAD_USER_INPUT');
    const message = (await api.graphql('{ isolatedActors(limit: 0) { total } }')).errors?.[0]?.message;
    expect(message).toBe('limit doit être un entier entre 1 et 500, reçu 0. / limit must be a whole number from 1 to 500, got 0.');
  });
});

describe('analytics follow the graph', () => {
  it('recompute after a mutation instead of serving a stale result', async () => {
    const [place, a, b] = [ids.id('commune'), ids.id('a'), ids.id('b')];
    await api.driver.executeQuery(
      `CREATE (t:Territory {id: $place, code: $place, name: 'Test', level: 'COMMUNE'})
       WITH t UNWIND [$a, $b] AS id
       CREATE (:Actor {id: id, name: id, silo: 'PUBLIC', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true,
         createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)`,
      { place, a, b },
    );
    const links = async (): Promise<number | undefined> =>
      (await api.graphql<{ networkStats: { links: number } }>('query($t: ID) { networkStats(filter: { territory: $t }) { links } }', { t: place })).data?.networkStats.links;
    expect(await links()).toBe(0);
    const linked = await api.graphql(
      `mutation($a: ID!, $b: ID!, $link: ID!) { saveCooperation(input: { id: $link, from: $a, to: $b, kind: PARTNERSHIP }) { id } }`,
      { a, b, link: ids.id('ab') },
      signTestJwt(['animator']),
    );
    expect(linked.errors).toBeUndefined();
    expect(await links()).toBe(1);
  });

  it('measure the whole network for animators, and the published one for the public and researchers', async () => {
    const query = 'query($filter: NetworkFilter) { networkStats(filter: $filter) { actors links } network(filter: $filter) { actors { id } } }';
    const people = whole.actors.filter((actor) => actor.kind === 'PERSON');
    const hidden = people.filter((actor) => !actor.published).map((actor) => actor.id);
    expect(hidden).toHaveLength(4);
    for (const token of [undefined, signTestJwt(['researcher'])]) {
      const result = await api.graphql<{ networkStats: { actors: number }; network: { actors: Array<{ id: string }> } }>(query, { filter: SEED }, token);
      expect(result.data?.networkStats.actors).toBe(expected.actors.length);
      const shown = result.data!.network.actors.map((actor) => actor.id);
      expect(shown).toContain('personne-potiere');
      expect(shown.filter((id) => hidden.includes(id))).toEqual([]);
    }
    const animator = await api.graphql<{ networkStats: { actors: number } }>(query, { filter: SEED }, signTestJwt(['animator']));
    expect(animator.data?.networkStats.actors).toBe(selectNetwork(createContext(whole), SEED).actors.length);
  });

  it("network: the forces' layout the server computed, in the actors' order, only when asked for", async () => {
    type Answer = { network: { actors: { id: string }[]; layout: { x: number[]; y: number[] } | null } };
    const asked = await api.graphql<Answer>('query($filter: NetworkFilter) { network(filter: $filter) { actors { id } layout { x y } } }', { filter: SEED });
    expect(asked.errors).toBeUndefined();
    const { actors, layout } = asked.data!.network;
    expect(actors.map((actor) => actor.id)).toEqual(expected.actors.map((actor) => actor.id));
    // The same picture as the layout computed here on the seed dataset: every process draws the same graph alike.
    expect(layout).toEqual(forceLayout(expected));
    const unasked = await api.graphql<Answer>('query($filter: NetworkFilter) { network(filter: $filter) { actors { id } } }', { filter: SEED });
    expect(unasked.data!.network).not.toHaveProperty('layout');
  });
});
