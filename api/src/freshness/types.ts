import type { ActorKind, Silo } from '@maillage/schema';

/** An actor as the desk names it: enough to show it and open its record. */
export interface DeskActor {
  id: string;
  name: string;
  silo: Silo;
  kind: ActorKind;
  /** When its record last changed (ISO date-time), null when unknown. */
  updatedAt: string | null;
  /** Its record in the explorer: a path of the site (`/?actor=…`). */
  href: string;
}

/** An actor nobody reviewed within COVERAGE_MONTHS, with the journal's last word on it. */
export interface StaleActor {
  actor: DeskActor;
  lastChangedBy: string | null;
  lastChangedAt: string | null;
  why: string;
}

/** A need no actor offers, open for more than NEED_OPEN_DAYS days. */
export interface UnofferedNeed {
  actor: DeskActor;
  resource: { id: string; name: string };
  /** The day it was recorded (the actor's creation day for older data). */
  since: string;
  days: number;
  why: string;
}

/** An actor without any link. */
export interface IsolatedActor {
  actor: DeskActor;
  why: string;
}

/** An actor whose departure would cut `cutOff` others off from the rest of the network. */
export interface CutPointActor {
  actor: DeskActor;
  cutOff: number;
  why: string;
}

export interface DeskList<T> {
  /** How many there are in all; `items` holds the first `limit`. */
  total: number;
  items: T[];
}

/** The animators' "À revoir" list for one day. */
export interface FreshnessDesk {
  today: string;
  coverageMonths: number;
  needDays: number;
  staleActors: DeskList<StaleActor>;
  unofferedNeeds: DeskList<UnofferedNeed>;
  isolatedActors: DeskList<IsolatedActor>;
  cutPoints: DeskList<CutPointActor>;
}
