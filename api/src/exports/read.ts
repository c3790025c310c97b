import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { publicationRule } from '@maillage/schema';
import type { Audience } from '../auth/index.js';
import { kCore, type NetworkFilter } from '@maillage/schema/network-filter';
import type { ExportEdge, ExportNode } from './types.js';
import { toNumber } from '../db/values.js';

/**
 * The filter's actor test on one Cypher variable: the same on a node, and on both ends of a link. The public and
 * researchers never receive a person without a consent to publication, nor a link to one.
 */
function actorTest(variable: string): string {
  return `($everyone OR ${publicationRule(variable)})
    AND ($silos IS NULL OR ${variable}.silo IN $silos)
    AND ($kinds IS NULL OR ${variable}.kind IN $kinds)
    AND ($ptceRoles IS NULL OR ${variable}.ptceRole IN $ptceRoles)
    AND ($territory IS NULL OR EXISTS { (${variable})-[:LOCATED_IN]->(:Territory)-[:PART_OF*0..]->(:Territory {id: $territory}) })
    AND ($sector IS NULL OR EXISTS { (${variable})-[:ACTIVE_IN]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) })
    AND ($core IS NULL OR ${variable}.id IN $core)`;
}

const NODES = `MATCH (a:Actor) WHERE ${actorTest('a')}
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(t:Territory)
  WITH a, head(collect(t)) AS place
  RETURN a.id AS id, a.name AS label, a.silo AS silo, a.kind AS kind, a.ptceRole AS ptceRole,
    coalesce(a.essMember, false) AS essMember, coalesce(a.fictional, false) AS fictional,
    COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Sector) RETURN s.name ORDER BY s.name } AS sectors,
    place.name AS territory,
    COLLECT { MATCH (place)-[:PART_OF*0..]->(e:Territory {level: 'EPCI'}) RETURN e.name }[0] AS epci,
    a.location.latitude AS latitude, a.location.longitude AS longitude
  ORDER BY a.id`;

// The actor's details for the linked-data export: public fields only, like the rest (no contact detail).
const NODES_WITH_DETAILS = NODES.replace('ORDER BY a.id', `,
    {
      siren: a.siren, siret: a.siret, website: a.website,
      offers: COLLECT { MATCH (a)-[:OFFERS]->(r:Resource) RETURN r {.id, .name} ORDER BY r.id },
      needs: COLLECT { MATCH (a)-[:NEEDS]->(r:Resource) RETURN r {.id, .name} ORDER BY r.id },
      projects: COLLECT { MATCH (a)-[p:PARTICIPATES_IN]->(j:Project) RETURN {id: j.id, title: j.title, status: j.status, role: p.role} ORDER BY j.id }
    } AS details
  ORDER BY a.id`);

const EDGES = `MATCH (a:Actor)-[r:COOPERATES_WITH]->(b:Actor)
  WHERE ${actorTest('a')} AND ${actorTest('b')}
    AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))
  RETURN r.id AS id, a.id AS source, b.id AS target, r.kind AS kind, toString(r.since) AS since, toString(r.until) AS until,
    r.intensity AS intensity, r.provenance AS provenance, r.confidence AS confidence
  ORDER BY r.id`;

// The selection's links as id pairs, to find its k-core before the export streams it.
const PAIRS = `MATCH (a:Actor)-[r:COOPERATES_WITH]->(b:Actor)
  WHERE ${actorTest('a')} AND ${actorTest('b')}
    AND ($linkKinds IS NULL OR r.kind IN $linkKinds)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))
  RETURN a.id AS source, b.id AS target`;

/**
 * With `minCore`, the ids of the selection's k-core (read in the export's own transaction, before its first byte,
 * once for nodes and edges); otherwise null.
 */
export async function coreIds(tx: Transaction | ManagedTransaction, filter: NetworkFilter, audience: Audience): Promise<string[] | null> {
  if (!filter.minCore) return null;
  const result = await tx.run(PAIRS, { ...parameters(filter, audience, null) });
  const pairs = result.records.map((record) => [record.get('source') as string, record.get('target') as string] as const);
  // An actor outside every link has core number 0: only the links' ends can be in a k-core.
  return [...kCore([...new Set(pairs.flat())], pairs, filter.minCore)];
}

function parameters(filter: NetworkFilter, audience: Audience, core: string[] | null): Record<string, unknown> {
  return {
    core,
    everyone: audience === 'animator',
    silos: filter.silos ?? null,
    kinds: filter.kinds ?? null,
    ptceRoles: filter.ptceRoles ?? null,
    territory: filter.territory ?? null,
    sector: filter.sector ?? null,
    linkKinds: filter.linkKinds ?? null,
    asOf: filter.asOf ?? null,
  };
}


/**
 * The selected actors, one record at a time as the consumer takes them (the driver fetches in batches); with
 * `minCore`, only those of `core` (what coreIds gave).
 */
export async function* streamNodes(tx: Transaction | ManagedTransaction, filter: NetworkFilter, audience: Audience, { details = false, core = null }: { details?: boolean; core?: string[] | null } = {}): AsyncGenerator<ExportNode> {
  for await (const record of tx.run(details ? NODES_WITH_DETAILS : NODES, parameters(filter, audience, core))) {
    const node = record.toObject() as ExportNode;
    yield { ...node, latitude: toNumber(node.latitude), longitude: toNumber(node.longitude) };
  }
}

/** The links between selected actors, of the kinds asked, active on `asOf`: each once. */
export async function* streamEdges(tx: Transaction | ManagedTransaction, filter: NetworkFilter, audience: Audience, core: string[] | null = null): AsyncGenerator<ExportEdge> {
  for await (const record of tx.run(EDGES, parameters(filter, audience, core))) {
    const edge = record.toObject() as ExportEdge;
    yield { ...edge, intensity: toNumber(edge.intensity), confidence: toNumber(edge.confidence) };
  }
}

/** Whether the filter's territory and sector exist: an unknown one is a typo to report, not an empty file. */
export async function unknownReferences(tx: Transaction, filter: NetworkFilter): Promise<string[]> {
  const result = await tx.run(
    `RETURN ($territory IS NULL OR EXISTS { (:Territory {id: $territory}) }) AS territory,
            ($sector IS NULL OR EXISTS { (:Sector {id: $sector}) }) AS sector`,
    { territory: filter.territory ?? null, sector: filter.sector ?? null },
  );
  const record = result.records[0]!;
  return [
    ...(record.get('territory') ? [] : [`territory: unknown "${filter.territory}"`]),
    ...(record.get('sector') ? [] : [`sector: unknown "${filter.sector}"`]),
  ];
}
