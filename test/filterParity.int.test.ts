import { NETWORK_FILTER_FIELDS, writeNetworkFilter, type NetworkFilter } from '@maillage/schema/network-filter';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFilters, fromNetworkFilter } from '../explorer/src/core/graph/filter.js';
import { NETWORK_QUERY, toNetwork, type NetworkQueryResult } from '../explorer/src/core/graph/query.js';
import { testApi } from './api.js';

// The network filter's evaluators agree: the exports' Cypher (through the URL form, written and read by the one
// module), the analytics' projection (GraphQL `network`) and the explorer's, in the browser, on the same network.
// Other test files add actors meanwhile: each answer is compared on the seed's actors and links only.
const api = testApi();
const seed = grandBergeracois();
const seedActors = new Set(seed.actors.map((actor) => actor.id));
const seedLinks = new Set(seed.links.map((link) => link.id));

const CASES: Array<[string, NetworkFilter]> = [
  ['everything', {}],
  ['a commune', { territory: 'commune:24037' }],
  ['an EPCI', { territory: 'epci:200070647' }],
  ['the pays', { territory: 'pays:grand-bergeracois' }],
  ['the département', { territory: 'departement:24' }],
  ['the région', { territory: 'region:75' }],
  ['a sector and its sub-sectors', { sector: 'alimentation' }],
  ['silos', { silos: ['PUBLIC', 'POPULATION'] }],
  ['kinds', { kinds: ['ASSOCIATION', 'COOPERATIVE', 'CITIZEN_COLLECTIVE'] }],
  ['PTCE circles', { ptceRoles: ['ADHERENT', 'ALLIE'] }],
  ['link kinds', { linkKinds: ['SUPPLY', 'FUNDING'] }],
  ['a past day', { asOf: '2019-06-30' }],
  // Within the région: the actors other test files add (and link) are never there, so the seed's core stays its own.
  ['the 2-core', { territory: 'region:75', minCore: 2 }],
  ['the 3-core of some link kinds', { territory: 'region:75', linkKinds: ['PARTNERSHIP', 'SUPPLY', 'MEMBERSHIP'], minCore: 3 }],
  ['all at once', { territory: 'epci:200070647', sector: 'alimentation', silos: ['PRIVATE', 'POPULATION'], ptceRoles: ['ADHERENT', 'ALLIE', 'NONE'], linkKinds: ['SUPPLY', 'PARTNERSHIP'], asOf: '2023-12-31' }],
];

interface Answer {
  actors: string[];
  links: string[];
}

const ofSeed = (actors: string[], links: string[]): Answer => ({
  actors: actors.filter((id) => seedActors.has(id)).sort(),
  links: links.filter((id) => seedLinks.has(id)).sort(),
});

async function cypher(filter: NetworkFilter): Promise<Answer> {
  const response = await fetch(api.url(`/export/network.json?${writeNetworkFilter(filter)}`));
  expect(response.status).toBe(200);
  const json = (await response.json()) as { elements: { nodes: Array<{ data: { id: string } }>; edges: Array<{ data: { id: string } }> } };
  return ofSeed(json.elements.nodes.map((node) => node.data.id), json.elements.edges.map((edge) => edge.data.id));
}

async function projection(filter: NetworkFilter): Promise<Answer> {
  const result = await api.graphql<{ network: { actors: Array<{ id: string }>; links: Array<{ id: string }> } }>(
    'query($filter: NetworkFilter) { network(filter: $filter) { actors { id } links { id } } }', { filter },
  );
  return ofSeed(result.data!.network.actors.map((actor) => actor.id), result.data!.network.links.map((link) => link.id));
}

async function browser(filter: NetworkFilter): Promise<Answer> {
  const result = await api.graphql<NetworkQueryResult['network']>(print(NETWORK_QUERY));
  const network = toNetwork(result.data as unknown as NetworkQueryResult);
  const selection = applyFilters(network, fromNetworkFilter(filter));
  return ofSeed(selection.actors.map((actor) => actor.id), selection.links.map((link) => link.id));
}

describe('the network filter, evaluated in Cypher, on the projection and in the browser', () => {
  beforeAll(async () => {
    await loadDataset(api.driver, seed);
  });

  it('covers every field of the filter', () => {
    const used = new Set(CASES.flatMap(([, filter]) => Object.keys(filter)));
    expect([...used].sort()).toEqual([...NETWORK_FILTER_FIELDS].sort());
  });

  it.each(CASES)('gives the same actors and links for %s', async (_name, filter) => {
    const expected = await cypher(filter);
    if (Object.keys(filter).length > 0) expect(expected.actors.length).toBeGreaterThan(0);
    expect(await projection(filter)).toEqual(expected);
    expect(await browser(filter)).toEqual(expected);
  });

  it('keeps fewer actors in the 2-core than in the région, each with two partners or more within it', async () => {
    const region = await cypher({ territory: 'region:75' });
    const core = await cypher({ territory: 'region:75', minCore: 2 });
    expect(core.actors.length).toBeGreaterThan(3);
    expect(core.actors.length).toBeLessThan(region.actors.length);
  });
});
