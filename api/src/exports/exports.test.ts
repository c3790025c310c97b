import { MultiUndirectedGraph } from 'graphology';
import gexfParser from 'graphology-gexf';
import graphmlParser from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, edgesCsv, nodesCsv } from './csv.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { cytoscapeJson, nodeLinkJson } from './json.js';
import { parseExportParams } from './params.js';
import type { ExportEdge, ExportFormat, ExportNode } from './types.js';
import { xml } from './xml.js';

const nodes: ExportNode[] = [
  { id: 'a', label: 'Café "Le Lien", Bergerac & co', silo: 'PRIVATE', kind: 'COOPERATIVE', ptceRole: 'ADHERENT', essMember: true, fictional: true,
    sectors: ['Alimentation', 'Culture'], territory: 'Bergerac', epci: 'CA Bergeracoise', latitude: 44.85, longitude: 0.48 },
  { id: 'b', label: 'Mairie\nde <Test>', silo: 'PUBLIC', kind: 'COLLECTIVITE', ptceRole: 'NONE', essMember: false, fictional: false,
    sectors: [], territory: null, epci: null, latitude: null, longitude: null },
];
const edges: ExportEdge[] = [
  { id: 'l1', source: 'a', target: 'b', kind: 'FUNDING', since: '2020-01-01', until: '2022-06-30', intensity: 2, provenance: 'OBSERVED', confidence: 0.8 },
  { id: 'l2', source: 'b', target: 'a', kind: 'PARTNERSHIP', since: null, until: null, intensity: null, provenance: 'ANIMATOR', confidence: null },
];

/** A whole file, as the route writes it piece by piece. */
function render(format: ExportFormat): string {
  return [
    format.head({ asOf: '2021-01-01', generatedAt: '2026-11-29T00:00:00.000Z' }),
    ...(format.parts.nodes && format.node ? nodes.map((node, i) => format.node!(node, i)) : []),
    format.between?.() ?? '',
    ...(format.parts.edges && format.edge ? edges.map((edge, i) => format.edge!(edge, i)) : []),
    format.tail(),
  ].join('');
}

describe('CSV (RFC 4180)', () => {
  it('quotes what must be quoted, doubles quotes, ends lines with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(render(nodesCsv).split('\r\n')[0]).toBe('id,label,silo,kind,ptceRole,essMember,fictional,sectors,territory,epci,latitude,longitude');
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("https://evil.example","Cliquez")')).toBe(`"'=HYPERLINK(""https://evil.example"",""Cliquez"")"`);
    expect(['+33 5 53', '-2+3', '@SUM(A1)', '\tx', '=1+1'].map(csvField)).toEqual(["'+33 5 53", "'-2+3", "'@SUM(A1)", "'\tx", "'=1+1"]);
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(nodesCsv.node!({ ...nodes[0]!, label: '=cmd|"/C calc"!A0', longitude: -0.5 }, 0)).toMatch(/^a,"'=cmd\|""\/C calc""!A0",PRIVATE,.*,44\.85,-0\.5\r\n$/);
    const rows = parseCsv(render({ ...nodesCsv, node: (node: ExportNode) => nodesCsv.node!({ ...node, label: '-1', longitude: -0.5 }, 0) }), { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({ label: "'-1", longitude: '-0.5' });
  });

  it('reads back through a CSV parser, field for field', () => {
    const rows = parseCsv(render(nodesCsv), { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({ id: 'a', label: 'Café "Le Lien", Bergerac & co', sectors: 'Alimentation;Culture', latitude: '44.85', essMember: 'true' });
    expect(rows[1]).toMatchObject({ label: 'Mairie\nde <Test>', territory: '', latitude: '' });
    const links = parseCsv(render(edgesCsv), { columns: true }) as Array<Record<string, string>>;
    expect(links.map((link) => [link.id, link.source, link.target, link.since, link.confidence])).toEqual([['l1', 'a', 'b', '2020-01-01', '0.8'], ['l2', 'b', 'a', '', '']]);
  });
});

describe('GEXF 1.3', () => {
  it('reads back through graphology-gexf with every attribute, typed', () => {
    const graph = gexfParser.parse(MultiUndirectedGraph, render(gexf));
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'Café "Le Lien", Bergerac & co', silo: 'PRIVATE', essMember: true, latitude: 44.85, sectors: 'Alimentation;Culture' });
    expect(graph.getNodeAttribute('b', 'label')).toBe('Mairie\nde <Test>');
    expect(graph.getEdgeAttributes('l1')).toMatchObject({ kind: 'FUNDING', intensity: 2, confidence: 0.8, provenance: 'OBSERVED' });
  });

  it('dates each link for Gephi’s timeline, and colours each actor by silo', () => {
    const text = render(gexf);
    expect(text).toContain('mode="dynamic" timeformat="date"');
    expect(text).toMatch(/<edge id="l1" source="a" target="b" weight="2" start="2020-01-01" end="2022-06-30">/);
    expect(text).toMatch(/<edge id="l2" source="b" target="a">/);
    expect(text).toContain('<viz:color r="230" g="159" b="0"/>');
  });
});

describe('GraphML', () => {
  it('reads back through graphology-graphml with typed keys', () => {
    const graph = graphmlParser.parse(MultiUndirectedGraph, render(graphml));
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttributes('a')).toMatchObject({ silo: 'PRIVATE', essMember: true, latitude: 44.85 });
    expect(graph.getEdgeAttributes('l1')).toMatchObject({ kind: 'FUNDING', intensity: 2, since: '2020-01-01' });
    expect(graph.getAttribute('asOf')).toBe('2021-01-01');
  });
});

describe('JSON', () => {
  it('Cytoscape elements, and networkx node-link', () => {
    const elements = JSON.parse(render(cytoscapeJson)) as { elements: { nodes: Array<{ data: ExportNode }>; edges: Array<{ data: ExportEdge }> } };
    expect(elements.elements.nodes.map((node) => node.data.id)).toEqual(['a', 'b']);
    expect(elements.elements.edges[0]!.data).toEqual(edges[0]);
    const nodeLink = JSON.parse(render(nodeLinkJson)) as { directed: boolean; multigraph: boolean; nodes: ExportNode[]; edges: Array<ExportEdge & { key: string }> };
    expect(nodeLink).toMatchObject({ directed: false, multigraph: true });
    expect(nodeLink.edges[1]).toMatchObject({ source: 'b', target: 'a', key: 'l2' });
  });
});

describe('export parameters', () => {
  it('take the explorer’s filter names, asOf or date, and ignore the rest', () => {
    expect(parseExportParams({ territory: 'epci:200070647', silos: 'PUBLIC,PRIVATE', roles: 'ADHERENT', date: '2023-01-01', layout: 'geo', format: 'node-link' }))
      .toEqual({ filter: { territory: 'epci:200070647', silos: ['PUBLIC', 'PRIVATE'], ptceRoles: ['ADHERENT'], asOf: '2023-01-01' }, jsonFlavour: 'node-link' });
  });

  it('name each bad parameter', () => {
    expect(() => parseExportParams({ silos: 'PUBLIC,MARKET', asOf: '2023-13-45' })).toThrow(/silos.*asOf: a real date/s);
    expect(() => parseExportParams({ format: 'excel' })).toThrow(/format/);
  });
});

describe('xml', () => {
  it('escapes the five entities and line breaks, and drops control characters XML refuses', () => {
    expect(xml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xml('one\ntwo')).toBe('one&#10;two');
  });
});
