import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { bumpGraphVersion, personAtCommuneCentre } from '@maillage/schema';
import { validateDataset } from './validate.js';

export interface LoadOptions {
  database?: string;
  /** Rows per transaction. */
  batchSize?: number;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface LoadReport {
  territories: number;
  sectors: number;
  resources: number;
  actors: number;
  links: number;
  projects: number;
}

// Templates, for the Cypher shared with the API. Each statement MERGEs on stable ids and sets the same values again, so loading twice changes nothing.
const STATEMENTS = {
  territories: `UNWIND $rows AS row
    MERGE (t:Territory {id: row.id})
    SET t.code = row.code, t.name = row.name, t.level = row.level, t.population = toInteger(row.population),
        t.location = CASE WHEN row.centre IS NULL THEN null ELSE point(row.centre) END`,
  territoryParents: `UNWIND $rows AS row UNWIND row.partOf AS parentId
    MATCH (t:Territory {id: row.id}), (p:Territory {id: parentId})
    MERGE (t)-[:PART_OF]->(p)`,
  sectors: `UNWIND $rows AS row
    MERGE (s:Sector {id: row.id})
    SET s.name = row.name, s.nameEn = row.nameEn, s.nafCodes = row.nafCodes`,
  sectorParents: `UNWIND $rows AS row WITH row WHERE row.parent IS NOT NULL
    MATCH (s:Sector {id: row.id}), (p:Sector {id: row.parent})
    MERGE (s)-[:SUBSECTOR_OF]->(p)`,
  resources: `UNWIND $rows AS row
    MERGE (r:Resource {id: row.id})
    SET r.name = row.name, r.kind = row.kind, r.description = row.description`,
  actors: `UNWIND $rows AS row
    MERGE (a:Actor {id: row.id})
    ON CREATE SET a.createdAt = datetime(), a.updatedAt = datetime()
    SET a.name = row.name, a.silo = row.silo, a.kind = row.kind, a.ptceRole = row.ptceRole,
        a.essMember = row.essMember, a.description = row.description, a.website = row.website,
        a.location = CASE WHEN row.location IS NULL THEN null ELSE point(row.location) END,
        a.locationApproximate = row.locationApproximate, a.fictional = row.fictional,
        a.contactName = row.contactName, a.contactEmail = row.contactEmail, a.contactPhone = row.contactPhone
    WITH a, row
    MATCH (t:Territory {id: row.territory})
    MERGE (a)-[:LOCATED_IN]->(t)
    WITH a, row
    CALL (a, row) {
      UNWIND row.sectors AS sectorId
      MATCH (s:Sector {id: sectorId})
      MERGE (a)-[:ACTIVE_IN]->(s)
    }
    CALL (a, row) {
      UNWIND row.offers AS use
      MATCH (r:Resource {id: use.resource})
      MERGE (a)-[o:OFFERS]->(r) ON CREATE SET o.since = date() SET o.note = use.note
    }
    CALL (a, row) {
      UNWIND row.needs AS use
      MATCH (r:Resource {id: use.resource})
      MERGE (a)-[n:NEEDS]->(r) ON CREATE SET n.since = date() SET n.note = use.note
    }
    CALL (a, row) {
      WITH row.publicationConsent AS consent WHERE consent IS NOT NULL
      MERGE (a)-[:CONSENTED]->(c:Consent {scope: 'publication', source: consent.source})
      SET c.purpose = consent.purpose, c.givenAt = date(consent.givenAt), c.recordedBy = 'seed'
    }
    ${personAtCommuneCentre('a')}`,
  links: `UNWIND $rows AS row
    MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
    MERGE (a)-[r:COOPERATES_WITH {id: row.id}]->(b)
    ON CREATE SET r.updatedAt = datetime()
    SET r.kind = row.kind, r.since = date(row.since), r.until = date(row.until),
        r.intensity = toInteger(row.intensity), r.provenance = row.provenance, r.confidence = row.confidence,
        r.note = row.note`,
  projects: `UNWIND $rows AS row
    MERGE (p:Project {id: row.id})
    SET p.title = row.title, p.status = row.status, p.description = row.description,
        p.startDate = date(row.startDate), p.endDate = date(row.endDate), p.themes = row.themes,
        p.livingLab = row.livingLab
    WITH p, row
    UNWIND row.participants AS participant
    MATCH (a:Actor {id: participant.actor})
    MERGE (a)-[pi:PARTICIPATES_IN]->(p) SET pi.role = participant.role`,
} as const;

async function inBatches<T>(
  driver: Driver,
  options: LoadOptions,
  step: string,
  statement: string,
  rows: readonly T[],
): Promise<void> {
  const size = options.batchSize ?? 2_000;
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    const session = driver.session({ database: options.database ?? 'neo4j' });
    try {
      // One transaction per batch: a bad batch is rolled back whole, never half-written.
      await session.executeWrite(async (tx: ManagedTransaction) => {
        await tx.run(statement, { rows: batch });
        await bumpGraphVersion(tx);
      });
    } catch (error) {
      throw new Error(`loadDataset: ${step} rows ${start + 1}–${start + batch.length} were refused: ${(error as Error).message}`, { cause: error });
    } finally {
      await session.close();
    }
    options.onProgress?.(step, Math.min(start + size, rows.length), rows.length);
  }
}

/** Validates the data set, then MERGEs it into Neo4j batch by batch (UNWIND). Idempotent. */
export async function loadDataset(driver: Driver, input: unknown, options: LoadOptions = {}): Promise<LoadReport> {
  const data = validateDataset(input);
  // Undefined fields would be missing parameters in Cypher; null clears a property, which is what we mean.
  const rows = <T extends object>(items: T[]): Record<string, unknown>[] =>
    items.map((item) => JSON.parse(JSON.stringify(item)) as Record<string, unknown>);
  await inBatches(driver, options, 'territories', STATEMENTS.territories, rows(data.territories));
  await inBatches(driver, options, 'territory parents', STATEMENTS.territoryParents, rows(data.territories));
  await inBatches(driver, options, 'sectors', STATEMENTS.sectors, rows(data.sectors));
  await inBatches(driver, options, 'sector parents', STATEMENTS.sectorParents, rows(data.sectors));
  await inBatches(driver, options, 'resources', STATEMENTS.resources, rows(data.resources));
  await inBatches(driver, options, 'actors', STATEMENTS.actors, rows(data.actors));
  await inBatches(driver, options, 'links', STATEMENTS.links, rows(data.links));
  await inBatches(driver, options, 'projects', STATEMENTS.projects, rows(data.projects));
  return {
    territories: data.territories.length,
    sectors: data.sectors.length,
    resources: data.resources.length,
    actors: data.actors.length,
    links: data.links.length,
    projects: data.projects.length,
  };
}
