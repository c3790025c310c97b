import { int, type Driver } from 'neo4j-driver';
import { ENTRY_REF } from './entries.js';
import type { Participant } from './participants.js';

export interface WorkshopRef {
  /** An actor's id, or `entry:<id>` for an organisation proposed in the workshop. */
  id: string;
  name: string;
  silo: string | null;
  commune: string | null;
  proposed: boolean;
}

/**
 * What a participant finds as they type: organisations of the graph (never a person) and those proposed in their
 * workshop (not rejected or withdrawn; written alone by others, not before the reveal), accents and case aside.
 */
export async function lookup(driver: Driver, database: string, participant: Participant, text: string, limit: number): Promise<WorkshopRef[]> {
  const { records } = await driver.executeQuery(
    `WITH apoc.text.clean($text) AS wanted WHERE size(wanted) >= 2
     CALL (wanted) {
       MATCH (e:WorkshopEntry {workshopId: $workshopId, kind: 'ORGANISATION'})
       WHERE NOT e.status IN ['REJECTED', 'WITHDRAWN'] AND (NOT coalesce(e.hidden, false) OR e.participantId = $participantId)
         AND apoc.text.clean(e.name) CONTAINS wanted
       OPTIONAL MATCH (t:Territory {id: e.communeId})
       RETURN '${ENTRY_REF}' + e.id AS id, e.name AS name, e.silo AS silo, t.name AS commune, true AS proposed, 0 AS rank
       UNION
       MATCH (a:Actor) WHERE a.kind <> 'PERSON' AND apoc.text.clean(a.name) CONTAINS wanted
       OPTIONAL MATCH (a)-[:LOCATED_IN]->(t:Territory {level: 'COMMUNE'})
       WITH a, head(collect(t.name)) AS commune
       RETURN a.id AS id, a.name AS name, a.silo AS silo, commune, false AS proposed, 1 AS rank
     }
     RETURN id, name, silo, commune, proposed ORDER BY rank, size(name), name LIMIT $limit`,
    { text, workshopId: participant.workshopId, participantId: participant.id, limit: int(limit) },
    { database, routing: 'READ' },
  );
  return records.map((record) => record.toObject() as unknown as WorkshopRef);
}
