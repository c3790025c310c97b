import type { Driver } from 'neo4j-driver';
import { boardCounters, type BoardCounters } from './counters.js';
import { ENTRY_REF } from './entries.js';
import { entryMap, toEntry, toWorkshop, WORKSHOP_FIELDS, type EntryRecord, type WorkshopRecord } from './records.js';

export interface BoardActor {
  id: string;
  name: string;
  silo: string;
}

export interface Board {
  workshop: WorkshopRecord;
  entries: EntryRecord[];
  actors: BoardActor[];
  counters: BoardCounters;
}

/** What the room sees: approved entries not held back by a write-alone round, with no author; only organisations. */
const VISIBLE = "e.status = 'APPROVED' AND NOT coalesce(e.hidden, false)";

/**
 * The projector's view of a workshop, by its code: public, as the screen of the room is. The graph actors its links
 * name come with their names and silos (never a person: workshops map organisations).
 */
export async function workshopBoard(driver: Driver, database: string, code: string): Promise<Board | null> {
  const { records } = await driver.executeQuery(
    `MATCH (w:Workshop {code: $code})
     OPTIONAL MATCH (e:WorkshopEntry {workshopId: w.id}) WHERE ${VISIBLE}
     WITH w, e ORDER BY e.createdAt
     WITH w, collect(${entryMap('null')}) AS entries
     WITH w, entries, [ref IN reduce(refs = [], e IN entries | refs + [e.from, e.to, e.mergedWith]) WHERE ref IS NOT NULL AND NOT ref STARTS WITH '${ENTRY_REF}'] AS refs
     OPTIONAL MATCH (a:Actor) WHERE a.id IN refs AND a.kind <> 'PERSON'
     RETURN ${WORKSHOP_FIELDS}, entries, collect(a {.id, .name, .silo}) AS actors`,
    { code },
    { database, routing: 'READ' },
  );
  const row = records[0];
  if (!row) return null;
  const workshop = toWorkshop(row.get('workshop'));
  // A note is the participant's free text: for the facilitators, not for a public screen.
  const entries = (row.get('entries') as unknown[]).map((entry) => ({ ...toEntry(entry), note: null }));
  const actors = row.get('actors') as BoardActor[];
  return { workshop, entries, actors, counters: boardCounters(entries, new Map(actors.map((actor) => [actor.id, actor.silo])), workshop.participants) };
}
