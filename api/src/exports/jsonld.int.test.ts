import jsonld from 'jsonld';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';

// The linked-data export, read by a JSON-LD processor (jsonld.js, in safe mode: it refuses any term that would be
// lost): every actor, link, offer, need and project of the selection, with schema.org's and PAIR's IRIs.
const api = testApi();
const SEED = 'territory=region:75';
const SCHEMA = 'https://schema.org/';
const seed = grandBergeracois();

interface Expanded { '@id': string; '@type'?: string[]; [key: string]: unknown }

async function exported(token?: string): Promise<{ document: Record<string, unknown>; expanded: Expanded[]; type: string | null }> {
  const response = await fetch(api.url(`/export/network.jsonld?${SEED}`), token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status).toBe(200);
  const document = (await response.json()) as Record<string, unknown>;
  const flattened = (await jsonld.flatten(await jsonld.expand(document, { safe: true } as jsonld.Options.Expand))) as unknown as Expanded[];
  return { document, expanded: flattened, type: response.headers.get('content-type') };
}

const ofType = (nodes: Expanded[], type: string): Expanded[] => nodes.filter((node) => node['@type']?.includes(type));
const value = (node: Expanded, property: string): unknown => (node[property] as Array<{ '@value'?: unknown; '@id'?: string }> | undefined)?.map((item) => item['@value'] ?? item['@id']);

beforeAll(async () => {
  await loadDataset(api.driver, seed);
});

describe('/export/network.jsonld', () => {
  it('expands without loss into the actors, links, offers, needs and projects of the selection', async () => {
    const network = await api.graphql<{ network: { actors: Array<{ id: string }>; links: Array<{ id: string }> } }>(
      'query { network(filter: { territory: "region:75" }) { actors { id } links { id } } }',
    );
    const { expanded, type } = await exported();
    expect(type).toBe('application/ld+json; charset=utf-8');
    const actors = expanded.filter((node) => node['@id'].startsWith('urn:maillage:actor:'));
    const links = ofType(expanded, 'urn:maillage:vocab:Cooperation');
    expect(actors.map((node) => node['@id']).sort()).toEqual(network.data!.network.actors.map((actor) => `urn:maillage:actor:${actor.id}`).sort());
    expect(links).toHaveLength(network.data!.network.links.length);

    const bergerac = actors.find((node) => node['@id'] === 'urn:maillage:actor:sous-prefecture-bergerac')!;
    expect(bergerac['@type']).toEqual(expect.arrayContaining([`${SCHEMA}GovernmentOrganization`, 'http://virtual-assembly.org/ontologies/pair#Organization']));
    expect(value(bergerac, `${SCHEMA}name`)).toEqual(['Sous-préfecture de Bergerac']);
    expect(value(bergerac, 'urn:maillage:vocab:silo')).toEqual(['PUBLIC']);

    const assiette = seed.actors.find((actor) => actor.id === 'scic-assiette-locale')!;
    const node = actors.find((item) => item['@id'] === 'urn:maillage:actor:scic-assiette-locale')!;
    expect((node[`${SCHEMA}makesOffer`] as unknown[]).length).toBe(assiette.offers.length);
    expect((node[`${SCHEMA}seeks`] as unknown[]).length).toBe(assiette.needs.length);
    expect(ofType(expanded, `${SCHEMA}Project`).length).toBeGreaterThan(0);
    expect(ofType(expanded, `${SCHEMA}Offer`).length).toBeGreaterThan(0);
  });

  it('holds no person without consent and no contact detail, even for animators', async () => {
    const hidden = seed.actors.filter((actor) => actor.kind === 'PERSON' && !actor.publicationConsent);
    const { document } = await exported(signTestJwt(['animator']));
    const text = JSON.stringify(document);
    for (const person of hidden) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.name);
    }
    expect(text).not.toMatch(/@example\.org|contactEmail|contactPhone/);
    expect(text).toContain('"@type":["Person","pair:Person"]');
  });
});
