import type { ExportEdge, ExportFormat, ExportNode } from './types.js';

/**
 * The `@context` of `/export/network.jsonld`: schema.org's terms where it has them, the PAIR ontology's (the
 * Assemblée Virtuelle's vocabulary of projects, actors, ideas and resources) for topics, partners and projects,
 * and Maillage's own (`mv:`, documented in docs/researchers.md) for what only a PTCE says: silos, PTCE circles,
 * kinds of cooperation. Every id is an absolute IRI (`urn:maillage:actor:<id>`…), stable across exports.
 */
export const JSONLD_CONTEXT = {
  '@version': 1.1,
  schema: 'https://schema.org/',
  pair: 'http://virtual-assembly.org/ontologies/pair#',
  mv: 'urn:maillage:vocab:',
  actor: 'urn:maillage:actor:',
  resource: 'urn:maillage:resource:',
  project: 'urn:maillage:project:',
  link: 'urn:maillage:link:',
  Dataset: 'schema:Dataset',
  Organization: 'schema:Organization',
  GovernmentOrganization: 'schema:GovernmentOrganization',
  Person: 'schema:Person',
  Project: 'schema:Project',
  Offer: 'schema:Offer',
  Demand: 'schema:Demand',
  Product: 'schema:Product',
  PostalAddress: 'schema:PostalAddress',
  GeoCoordinates: 'schema:GeoCoordinates',
  Cooperation: 'mv:Cooperation',
  name: 'schema:name',
  url: { '@id': 'schema:url', '@type': '@id' },
  dateCreated: 'schema:dateCreated',
  temporalCoverage: 'schema:temporalCoverage',
  license: { '@id': 'schema:license', '@type': '@id' },
  address: 'schema:address',
  addressLocality: 'schema:addressLocality',
  addressRegion: 'schema:addressRegion',
  geo: 'schema:geo',
  latitude: 'schema:latitude',
  longitude: 'schema:longitude',
  makesOffer: { '@id': 'schema:makesOffer', '@container': '@set' },
  seeks: { '@id': 'schema:seeks', '@container': '@set' },
  itemOffered: 'schema:itemOffered',
  startDate: 'schema:startDate',
  endDate: 'schema:endDate',
  status: 'mv:projectStatus',
  roleName: 'schema:roleName',
  topics: { '@id': 'pair:hasTopic', '@container': '@set' },
  involvedIn: { '@id': 'pair:involvedIn', '@container': '@set' },
  between: { '@id': 'mv:between', '@type': '@id', '@container': '@set' },
  siren: 'mv:siren',
  siret: 'mv:siret',
  silo: 'mv:silo',
  kind: 'mv:kind',
  ptceRole: 'mv:ptceRole',
  essMember: 'mv:essMember',
  fictional: 'mv:fictional',
  epci: 'mv:epci',
  provenance: 'mv:provenance',
  intensity: 'mv:intensity',
  confidence: 'mv:confidence',
} as const;

const GOVERNMENT = new Set(['COLLECTIVITE', 'EPCI', 'STATE_SERVICE', 'PUBLIC_AGENCY']);

/** A key only when it has a value: JSON-LD reads null as "no value", but a reader's eyes need not. */
function present<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))) as Partial<T>;
}

/** An offer or a need: a schema.org Offer or Demand of the resource (one node per resource, shared by its actors). */
function exchange(type: 'Offer' | 'Demand', resource: { id: string; name: string }): Record<string, unknown> {
  return { '@type': type, itemOffered: { '@id': `resource:${resource.id}`, '@type': 'Product', name: resource.name } };
}

export function actorNode(node: ExportNode): Record<string, unknown> {
  const details = node.details;
  const type = node.kind === 'PERSON' ? ['Person', 'pair:Person'] : [GOVERNMENT.has(node.kind) ? 'GovernmentOrganization' : 'Organization', 'pair:Organization'];
  return present({
    '@id': `actor:${node.id}`,
    '@type': type,
    name: node.label,
    silo: node.silo,
    kind: node.kind,
    ptceRole: node.ptceRole,
    essMember: node.essMember,
    fictional: node.fictional,
    topics: node.sectors,
    address: node.territory ? present({ '@type': 'PostalAddress', addressLocality: node.territory, epci: node.epci }) : null,
    geo: node.latitude !== null && node.longitude !== null ? { '@type': 'GeoCoordinates', latitude: node.latitude, longitude: node.longitude } : null,
    siren: details?.siren ?? null,
    siret: details?.siret ?? null,
    url: details?.website ?? null,
    makesOffer: details?.offers.map((resource) => exchange('Offer', resource)),
    seeks: details?.needs.map((resource) => exchange('Demand', resource)),
    involvedIn: details?.projects.map((project) => ({ '@id': `project:${project.id}`, '@type': ['Project', 'pair:Project'], name: project.title, status: project.status })),
  });
}

export function linkNode(edge: ExportEdge): Record<string, unknown> {
  return present({
    '@id': `link:${edge.id}`,
    '@type': 'Cooperation',
    between: [`actor:${edge.source}`, `actor:${edge.target}`],
    kind: edge.kind,
    startDate: edge.since,
    endDate: edge.until,
    provenance: edge.provenance,
    intensity: edge.intensity,
    confidence: edge.confidence,
  });
}

/**
 * JSON-LD (`application/ld+json`): the export's metadata, then each actor with its offers (`schema:Offer`), needs
 * (`schema:Demand`) and projects (`pair:involvedIn`), then each cooperation link as a node of its own (links carry
 * a kind, dates and a provenance: more than a plain property can say). Streamed as the other exports.
 */
export const networkJsonLd: ExportFormat = {
  contentType: 'application/ld+json; charset=utf-8',
  extension: 'jsonld',
  parts: { nodes: true, edges: true, details: true },
  head: ({ asOf, generatedAt }) => `{"@context":${JSON.stringify(JSONLD_CONTEXT)},"@graph":[\n${JSON.stringify(present({
    '@id': 'urn:maillage:export', '@type': 'Dataset', name: 'Maillage', dateCreated: generatedAt, temporalCoverage: asOf,
  }))}`,
  node: (node: ExportNode) => `,\n${JSON.stringify(actorNode(node))}`,
  edge: (edge: ExportEdge) => `,\n${JSON.stringify(linkNode(edge))}`,
  tail: () => '\n]}\n',
};
