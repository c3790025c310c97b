import { publicationRule } from '@maillage/schema';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// A person is personal data as a whole: without a recorded consent to publication, the public and researchers
// must find no trace of them — name or id — on any surface; animators see everyone.
const api = testApi();
const ids = testIds(api.driver, 'people');
const [researcher, animator] = [signTestJwt(['researcher']), signTestJwt(['animator'])];
const seed = grandBergeracois();
const hidden = seed.actors.filter((actor) => actor.kind === 'PERSON' && !actor.publicationConsent);
const published = seed.actors.find((actor) => actor.kind === 'PERSON' && actor.publicationConsent)!;
const traces = hidden.flatMap((actor) => [actor.id, actor.name, actor.name.split(',')[0]!]);

beforeAll(async () => {
  await loadDataset(api.driver, seed);
});

const ACTOR = 'id name';
const FILTER = '{ territory: "region:75" }';
const GRAPHQL_SURFACES = [
  `{ actors { ${ACTOR} kind cooperatesWith { ${ACTOR} } } }`,
  '{ actorsConnection { totalCount edges { node { id name } } } }',
  '{ a: searchActors(phrase: "Camille") { edges { node { id name } } } b: searchActors(phrase: "doctorante") { edges { node { id } } } c: searchActors(phrase: "bénévole") { edges { node { id } } } }',
  `{ territories { id actors { ${ACTOR} } } }`,
  `{ sectors { id actors { ${ACTOR} } actorsConnection { totalCount } } }`,
  `{ resources { id offeredBy { ${ACTOR} } neededBy { ${ACTOR} } } }`,
  `{ projects { id participants { ${ACTOR} } participantsConnection { totalCount edges { node { id } } } } }`,
  `{ network(filter: ${FILTER}) { actors { ${ACTOR} } links { source target } } }`,
  `{ isolatedActors(filter: ${FILTER}, limit: 500) { total actors { actor { ${ACTOR} } } } siloedActors(filter: ${FILTER}, limit: 500) { actors { actor { ${ACTOR} } } } }`,
  `{ brokers(filter: ${FILTER}, limit: 500) { actors { actor { ${ACTOR} } } bridges { a { id } b { id } } } centrality(filter: ${FILTER}) { scores { actorId } } }`,
  `{ communities(filter: ${FILTER}) { communities { actorIds } } }`,
  `{ resourceMatches(filter: ${FILTER}, limit: 500) { matches { offerer { ${ACTOR} } needer { ${ACTOR} } } unmetNeeds { needers { ${ACTOR} } } } }`,
  `{ linkSuggestions(actorId: "recyclerie-bergerac", filter: ${FILTER}, limit: 100) { actor { ${ACTOR} } } }`,
];
const HTTP_SURFACES = [
  '/export/network.gexf', '/export/network.graphml', '/export/network.json', '/export/network.json?format=node-link',
  '/export/nodes.csv', '/export/edges.csv', '/export/network.jsonld', '/embed?territory=200070647', '/embed?territory=24037&table=true',
  // The steering-committee report's page (its PDF prints the same page: api/src/reports/reports.int.test.ts).
  '/report.html?territory=region:75&from=2010-01-01&to=2026-12-31',
];

function leaked(text: string): string[] {
  return traces.filter((trace) => text.includes(trace));
}

describe('people without a consent to publication', () => {
  it.each(GRAPHQL_SURFACES)('are nowhere in %s, for the public and researchers', async (query) => {
    for (const token of [undefined, researcher]) {
      const result = await api.graphql(query, {}, token);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(leaked(JSON.stringify(result.data))).toEqual([]);
    }
  });

  it.each([...HTTP_SURFACES, '/oembed?url='])('are nowhere in %s, for the public and researchers', async (path) => {
    // oEmbed describes an embed by its address: the embed of Bergerac's commune, where two hidden people live.
    const url = path === '/oembed?url=' ? `${path}${encodeURIComponent(api.url('/embed?territory=24037'))}` : path;
    for (const token of [undefined, researcher]) {
      const response = await fetch(api.url(url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect(response.status).toBe(200);
      expect(leaked(await response.text())).toEqual([]);
    }
  });

  it('are seen by animators, in the API, the analytics and the exports', async () => {
    const result = await api.graphql<{ actors: { id: string }[]; network: { actors: { id: string }[] } }>(
      `{ actors(where: { kind: { eq: PERSON } }) { id } network(filter: ${FILTER}) { actors { id } } }`, {}, animator);
    for (const person of hidden) {
      expect(result.data!.actors.map((actor) => actor.id)).toContain(person.id);
      expect(result.data!.network.actors.map((actor) => actor.id)).toContain(person.id);
    }
    const csv = await (await fetch(api.url('/export/nodes.csv'), { headers: { authorization: `Bearer ${animator}` } })).text();
    for (const person of hidden) expect(csv).toContain(person.id);
    expect(csv).not.toContain('@example.org');
  });

  it('count for nothing in the totals the public sees', async () => {
    const query = '{ actorsConnection(where: { kind: { eq: PERSON } }) { totalCount } }';
    const publicCount = await api.graphql<{ actorsConnection: { totalCount: number } }>(query);
    const animatorCount = await api.graphql<{ actorsConnection: { totalCount: number } }>(query, {}, animator);
    expect(animatorCount.data!.actorsConnection.totalCount - publicCount.data!.actorsConnection.totalCount).toBeGreaterThanOrEqual(hidden.length);
  });

  it('may not be found through the access rule’s own fields', async () => {
    const probe = await api.graphql('{ actors(where: { consents: { some: { scope: { eq: "contact" } } } }) { id } }');
    expect(probe.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byVariable = await api.graphql('query($w: ActorWhere) { actors(where: $w) { id } }', { w: { consents: { some: { scope: { eq: 'publication' } } } } });
    expect(byVariable.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a person who consented to publication', () => {
  it('is seen by the public with their links, placed at their commune’s centre', async () => {
    const result = await api.graphql<{ actors: Array<{ name: string; location: { latitude: number; longitude: number } | null; locationApproximate: boolean; cooperatesWith: { id: string }[]; locatedIn: { location: { latitude: number; longitude: number } | null }[] }> }>(
      'query($id: ID!) { actors(where: { id: { eq: $id } }) { name location { latitude longitude } locationApproximate cooperatesWith { id } locatedIn { location { latitude longitude } } } }',
      { id: published.id },
    );
    const [person] = result.data!.actors;
    expect(person?.name).toBe(published.name);
    expect(person?.cooperatesWith.length).toBeGreaterThan(0);
    expect(person?.locationApproximate).toBe(true);
    expect(person?.location).toEqual(person?.locatedIn[0]?.location);
  });

  it('the generated API and the Cypher rule of the analytics and exports agree on who is published', async () => {
    const seedIds = seed.actors.map((actor) => actor.id);
    const { records } = await api.driver.executeQuery(`MATCH (a:Actor) WHERE a.id IN $ids AND ${publicationRule('a')} RETURN a.id AS id ORDER BY id`, { ids: seedIds });
    const generated = await api.graphql<{ actors: { id: string }[] }>('query($ids: [ID!]) { actors(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id } }', { ids: seedIds });
    expect(generated.data!.actors.map((actor) => actor.id)).toEqual(records.map((record) => record.get('id')));
    expect(records).toHaveLength(seedIds.length - hidden.length);
  });
});

describe('consent recorded and withdrawn by an animator', () => {
  const person = ids.id('claude');
  const commune = ids.id('commune');
  const SAVE = 'mutation($input: ActorInput!) { saveActor(input: $input) { id change { fields { field before after } } } }';
  const seen = async (token?: string): Promise<boolean> =>
    ((await api.graphql<{ actors: unknown[] }>('query($id: ID!) { actors(where: { id: { eq: $id } }) { id } }', { id: person }, token)).data?.actors.length ?? 0) > 0;

  beforeAll(async () => {
    await api.driver.executeQuery("CREATE (:Territory {id: $id, code: '99994', name: 'Commune des personnes', level: 'COMMUNE', location: point({latitude: 44.8, longitude: 0.5})})", { id: commune });
  });

  it('places the person at the commune’s centre, whatever coordinates were given', async () => {
    const saved = await api.graphql(SAVE, { input: { id: person, name: 'Claude (fictive)', silo: 'POPULATION', kind: 'PERSON', territoryIds: [commune], latitude: 44.81234, longitude: 0.51234 } }, animator);
    expect(saved.errors).toBeUndefined();
    const { records } = await api.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.location.latitude AS latitude, a.location.longitude AS longitude, a.locationApproximate AS approximate', { id: person });
    expect(records[0]!.toObject()).toEqual({ latitude: 44.8, longitude: 0.5, approximate: true });
    expect(await seen()).toBe(false);
    expect(await seen(animator)).toBe(true);
  });

  it('needs its purpose and source, then shows the person; a withdrawal hides them again', async () => {
    const missing = await api.graphql(SAVE, { input: { id: person, publicationConsentPurpose: 'Carte publique' } }, animator);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ reason: 'CONSENT_REQUIRED', field: 'publicationConsentSource' });
    const given = await api.graphql<{ saveActor: { change: { fields: unknown[] } } }>(SAVE, { input: { id: person, publicationConsentPurpose: 'Carte publique du PTCE', publicationConsentSource: 'Formulaire papier, permanence du 3 mars', publicationConsentGivenAt: '2026-03-03' } }, animator);
    expect(given.data?.saveActor.change.fields).toEqual([{ field: 'publicationConsent', before: 'false', after: 'true' }]);
    expect(await seen()).toBe(true);
    expect(await seen(researcher)).toBe(true);
    const withdrawn = await api.graphql(SAVE, { input: { id: person, publicationConsentWithdrawn: true } }, animator);
    expect(withdrawn.errors).toBeUndefined();
    expect(await seen()).toBe(false);
    const data = await api.graphql<{ personalData: string }>('query($id: ID!) { personalData(actorId: $id) }', { id: person }, animator);
    expect(JSON.parse(data.data!.personalData).consents).toEqual([expect.objectContaining({ scope: 'publication', standing: false, source: 'Formulaire papier, permanence du 3 mars' })]);
  });

  it('keeps every entry about someone who was ever a person out of the researchers’ journal', async () => {
    await api.graphql(SAVE, { input: { id: person, kind: 'ASSOCIATION', name: 'Atelier de Claude' } }, animator);
    const journal = await api.graphql<{ changes: { entityId: string }[] }>('{ changes(limit: 1000) { entityId } }', {}, researcher);
    expect(journal.data!.changes.map((change) => change.entityId)).not.toContain(person);
    const whole = await api.graphql<{ changes: { entityId: string }[] }>('{ changes(limit: 1000) { entityId } }', {}, animator);
    expect(whole.data!.changes.map((change) => change.entityId)).toContain(person);
  });
});
