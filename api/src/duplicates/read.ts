import type { ManagedTransaction } from 'neo4j-driver';
import type { DuplicateCandidate, Nearness } from './match.js';

/** Commune centres closer than this are neighbours (the Grand Bergeracois' communes are 3 to 8 km across). */
export const NEIGHBOUR_KM = 10;

/** The actors as the duplicates' check sees them, and which communes are neighbours, read in one transaction. */
export async function readDuplicateGraph(tx: ManagedTransaction): Promise<{ actors: DuplicateCandidate[]; near: Nearness }> {
  const actors = await tx.run(
    `MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.siren AS siren, a.siret AS siret,
       COLLECT { MATCH (a)-[:LOCATED_IN]->(t:Territory) RETURN t.id } AS communes`,
  );
  const communes = await tx.run("MATCH (t:Territory {level: 'COMMUNE'}) WHERE t.location IS NOT NULL RETURN t.id AS id, t.location.latitude AS latitude, t.location.longitude AS longitude");
  const centres = new Map(communes.records.map((record) => [record.get('id') as string, [record.get('latitude') as number, record.get('longitude') as number] as const]));
  return { actors: actors.records.map((record) => record.toObject() as DuplicateCandidate), near: nearness(centres) };
}

/** Same commune, or commune centres within NEIGHBOUR_KM (an equirectangular distance: exact enough at this scale). */
export function nearness(centres: Map<string, readonly [number, number]>): Nearness {
  return (a, b) => {
    if (a === b) return 'SAME';
    const [x, y] = [centres.get(a), centres.get(b)];
    if (!x || !y) return null;
    const km = Math.hypot((x[0] - y[0]) * 111.2, (x[1] - y[1]) * 111.2 * Math.cos((x[0] * Math.PI) / 180));
    return km <= NEIGHBOUR_KM ? 'NEIGHBOUR' : null;
  };
}
