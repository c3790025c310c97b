import type { Driver } from 'neo4j-driver';
import type { Projection } from './types.js';
import { publicationRule } from '@maillage/schema';
import { toNumber } from '../../db/values.js';

// One read transaction, so the six parts are one consistent snapshot of the graph. Dates are read as strings
// and points as plain numbers: the projection crosses into a worker thread, which clones plain data only.
// Templates, so that the publication rule comes from the one module that defines it.
const QUERIES = {
  actors: `MATCH (a:Actor)
    RETURN a.id AS id, a.name AS name, a.silo AS silo, a.kind AS kind, a.ptceRole AS ptceRole,
      coalesce(a.essMember, false) AS essMember, coalesce(a.fictional, false) AS fictional,
      ${publicationRule('a')} AS published,
      CASE WHEN a.location IS NULL THEN null ELSE {latitude: a.location.latitude, longitude: a.location.longitude} END AS location,
      COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Sector) RETURN s.id } AS sectors,
      COLLECT { MATCH (a)-[:LOCATED_IN]->(t:Territory) RETURN t.id } AS territories,
      COLLECT { MATCH (a)-[:OFFERS]->(r:Resource) RETURN r.id } AS offers,
      COLLECT { MATCH (a)-[:NEEDS]->(r:Resource) RETURN r.id } AS needs,
      toString(date(coalesce(a.updatedAt, a.createdAt))) AS updatedOn`,
  links: `MATCH (a:Actor)-[r:COOPERATES_WITH]->(b:Actor)
    RETURN r.id AS id, a.id AS source, b.id AS target, r.kind AS kind, toString(r.since) AS since,
      toString(r.until) AS until, r.intensity AS intensity, r.provenance AS provenance,
      toString(date(r.updatedAt)) AS updatedOn`,
  sectors: `MATCH (s:Sector)
    RETURN s.id AS id, s.name AS name, s.nameEn AS nameEn, COLLECT { MATCH (s)-[:SUBSECTOR_OF]->(p:Sector) RETURN p.id }[0] AS parent`,
  territories: `MATCH (t:Territory)
    RETURN t.id AS id, t.name AS name, t.level AS level, COLLECT { MATCH (t)-[:PART_OF]->(p:Territory) RETURN p.id } AS partOf`,
  resources: 'MATCH (r:Resource) RETURN r.id AS id, r.name AS name, r.kind AS kind',
  projects: `MATCH (p:Project)
    RETURN p.id AS id, p.title AS title, p.status AS status, toString(p.startDate) AS startDate, toString(p.endDate) AS endDate,
      coalesce(p.livingLab, false) AS livingLab,
      COLLECT { MATCH (a:Actor)-[i:PARTICIPATES_IN]->(p) RETURN {actor: a.id, role: i.role} } AS participants`,
} as const;

/** Reads the analytics projection of the whole graph (public fields only). */
export async function readProjection(driver: Driver, database = 'neo4j', timeoutMs?: number): Promise<Projection> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const read = async <T>(query: string): Promise<T[]> => {
        const result = await tx.run(query);
        return result.records.map((record) => record.toObject() as T);
      };
      const [actors, links, sectors, territories, resources, projects] = [
        await read<Projection['actors'][number]>(QUERIES.actors),
        await read<Projection['links'][number]>(QUERIES.links),
        await read<Projection['sectors'][number]>(QUERIES.sectors),
        await read<Projection['territories'][number]>(QUERIES.territories),
        await read<Projection['resources'][number]>(QUERIES.resources),
        await read<Projection['projects'][number]>(QUERIES.projects),
      ];
      return { actors, links: links.map((link) => ({ ...link, intensity: toNumber(link.intensity) })), sectors, territories, resources, projects };
    }, timeoutMs ? { timeout: timeoutMs } : {});
  } finally {
    await session.close();
  }
}


