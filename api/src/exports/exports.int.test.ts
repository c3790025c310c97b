import { MultiUndirectedGraph } from 'graphology';
import gexfParser from 'graphology-gexf';
import graphmlParser from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../../test/api.js';

// Every export, read back through a real parser, holds the same actors, links and attributes as GraphQL's
// `network` for the same filter; other test files add actors meanwhile, never in the seed's région.
const api = testApi();
const SEED = 'territory=region:75';

interface Network {
  actors: Array<{ id: string; name: string; silo: string }>;
  links: Array<{ id: string; kind: string; since: string | null }>;
}

async function graphqlNetwork(asOf?: string): Promise<Network> {
  const result = await api.graphql<{ network: Network }>(
    'query($filter: NetworkFilter) { network(filter: $filter) { actors { id name silo } links { id kind since } } }',
    { filter: { territory: 'region:75', ...(asOf ? { asOf } : {}) } },
  );
  return result.data!.network;
}

async function download(path: string): Promise<{ status: number; type: string | null; disposition: string | null; text: string }> {
  const response = await fetch(api.url(path));
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), text: await response.text() };
}

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

let expected: Network;
beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  expected = await graphqlNetwork();
});

describe('exports, read back', () => {
  it('GEXF: Gephi’s format, every actor and link with its attributes', async () => {
    const file = await download(`/export/network.gexf?${SEED}`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/gexf+xml; charset=utf-8');
    expect(file.disposition).toBe('attachment; filename="maillage-network.gexf"');
    const graph = gexfParser.parse(MultiUndirectedGraph, file.text);
    expect(sorted(graph.nodes())).toEqual(sorted(expected.actors.map((actor) => actor.id)));
    expect(sorted(graph.edges())).toEqual(sorted(expected.links.map((link) => link.id)));
    expect(graph.getNodeAttributes('scic-assiette-locale')).toMatchObject({
      label: "SCIC L'Assiette Locale", silo: 'PRIVATE', territory: 'Bergerac', epci: 'CA Bergeracoise', fictional: true,
    });
    const link = expected.links[0]!;
    expect(graph.getEdgeAttribute(link.id, 'kind')).toBe(link.kind);
  });

  it('GraphML, with typed keys', async () => {
    const file = await download(`/export/network.graphml?${SEED}`);
    expect(file.type).toBe('application/graphml+xml; charset=utf-8');
    const graph = graphmlParser.parse(MultiUndirectedGraph, file.text);
    expect(graph.order).toBe(expected.actors.length);
    expect(graph.size).toBe(expected.links.length);
    expect(typeof graph.getNodeAttribute('scic-assiette-locale', 'latitude')).toBe('number');
  });

  it('CSV: nodes and edges, RFC 4180', async () => {
    const nodes = await download(`/export/nodes.csv?${SEED}`);
    const edges = await download(`/export/edges.csv?${SEED}`);
    expect(nodes.type).toBe('text/csv; charset=utf-8; header=present');
    expect(nodes.text).toContain('\r\n');
    const nodeRows = parseCsv(nodes.text, { columns: true }) as Array<Record<string, string>>;
    const edgeRows = parseCsv(edges.text, { columns: true }) as Array<Record<string, string>>;
    expect(sorted(nodeRows.map((row) => row.id!))).toEqual(sorted(expected.actors.map((actor) => actor.id)));
    expect(sorted(edgeRows.map((row) => row.id!))).toEqual(sorted(expected.links.map((link) => link.id)));
    expect(Object.keys(nodeRows[0]!)).not.toContain('contactEmail');
  });

  it('JSON, for Cytoscape and for networkx', async () => {
    const cytoscape = JSON.parse((await download(`/export/network.json?${SEED}`)).text) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect(cytoscape.elements.nodes).toHaveLength(expected.actors.length);
    expect(cytoscape.elements.edges).toHaveLength(expected.links.length);
    const nodeLink = JSON.parse((await download(`/export/network.json?${SEED}&format=node-link`)).text) as { directed: boolean; nodes: unknown[]; edges: unknown[] };
    expect(nodeLink.directed).toBe(false);
    expect(nodeLink.edges).toHaveLength(expected.links.length);
  });

  it('as the network stood on a past day', async () => {
    const past = await graphqlNetwork('2015-01-01');
    const file = await download(`/export/network.gexf?${SEED}&asOf=2015-01-01`);
    expect(file.disposition).toBe('attachment; filename="maillage-network-2015-01-01.gexf"');
    const graph = gexfParser.parse(MultiUndirectedGraph, file.text);
    expect(sorted(graph.edges())).toEqual(sorted(past.links.map((link) => link.id)));
    expect(graph.size).toBeLessThan(expected.links.length);
    const edges = parseCsv((await download(`/export/edges.csv?${SEED}&date=2015-01-01`)).text, { columns: true }) as unknown[];
    expect(edges).toHaveLength(past.links.length);
  });

  it('with the explorer’s filters', async () => {
    const file = await download('/export/nodes.csv?territory=epci:200070647&silos=PUBLIC&layout=geo');
    const rows = parseCsv(file.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.silo))).toEqual(new Set(['PUBLIC']));
    expect(new Set(rows.map((row) => row.epci))).toEqual(new Set(['CA Bergeracoise']));
  });
});

describe('exports refuse bad requests with a message', () => {
  it('an unknown file, a bad parameter, an unknown territory', async () => {
    const unknown = await download('/export/network.xlsx');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).errors[0].message).toMatch(/network\.gexf/);
    const bad = await download('/export/network.gexf?silos=PUBLIC,MARKET&asOf=yesterday');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/silos.*asOf/s) });
    const nowhere = await download('/export/network.gexf?territory=commune:00000');
    expect(nowhere.status).toBe(400);
    expect(nowhere.text).toMatch(/unknown \\"commune:00000\\"/);
  });
});
