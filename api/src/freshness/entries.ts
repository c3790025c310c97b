import { FRESHNESS_TEXTS } from './texts.js';
import type { DeskActor, FreshnessDesk } from './types.js';

/** What a desk item is about, as its feed id and category say it. */
export type EntryKind = 'stale' | 'need' | 'isolated' | 'cut-point';

/** One item of the desk as a feed entry: no contact detail, no account address. */
export interface FeedEntry {
  /** `urn:maillage:freshness:<kind>:<id>`: the same item keeps its id from one reading to the next. */
  id: string;
  kind: EntryKind;
  /** The record's path in the explorer. */
  href: string;
  /** In French. */
  title: string;
  /** French, then English after " / ". */
  summary: string;
  /** ISO date-time: when the item last changed as far as the graph knows. */
  updated: string;
  actor: Pick<DeskActor, 'id' | 'name' | 'silo' | 'kind'>;
  resource?: { id: string; name: string };
}

export const FEED_ID = 'urn:maillage:freshness';

const entryId = (kind: EntryKind, id: string): string => `${FEED_ID}:${kind}:${id}`;
const actorOf = ({ id, name, silo, kind }: DeskActor): FeedEntry['actor'] => ({ id, name, silo, kind });

/**
 * A person is personal data as a whole, and a feed leaves Maillage for other tools: people are named there only as
 * "a person" (their record, behind its link, still needs an animator's sign-in); organisations by their name.
 */
function unnamed(entry: FeedEntry): FeedEntry {
  if (entry.actor.kind !== 'PERSON') return entry;
  const { name } = entry.actor;
  const { fr, en } = FRESHNESS_TEXTS.person;
  const hide = (text: string, word: string): string => text.split(name).join(word);
  // The summary is French, then English after " / ": each half says it in its language.
  const [french = '', ...english] = entry.summary.split(' / ');
  return {
    ...entry,
    title: hide(entry.title, fr),
    summary: [hide(french, fr), ...english.map((part) => hide(part, en))].join(' / '),
    actor: { ...entry.actor, name: fr },
  };
}
const instant = (value: string | null, fallback: string): string => new Date(value ?? fallback).toISOString();

/** The desk's four lists as feed entries, list after list, each in the desk's order. */
export function feedEntries(desk: FreshnessDesk): FeedEntry[] {
  const midnight = `${desk.today}T00:00:00Z`;
  return [
    ...desk.staleActors.items.map((item): FeedEntry => ({
      id: entryId('stale', item.actor.id), kind: 'stale', href: item.actor.href, title: FRESHNESS_TEXTS.titles.stale(item.actor.name),
      summary: item.why, updated: instant(item.lastChangedAt ?? item.actor.updatedAt, midnight), actor: actorOf(item.actor),
    })),
    ...desk.unofferedNeeds.items.map((item): FeedEntry => ({
      id: entryId('need', `${item.actor.id}:${item.resource.id}`), kind: 'need', href: item.actor.href,
      title: FRESHNESS_TEXTS.titles.need(item.actor.name, item.resource.name), summary: item.why,
      updated: instant(`${item.since}T00:00:00Z`, midnight), actor: actorOf(item.actor), resource: item.resource,
    })),
    ...desk.isolatedActors.items.map((item): FeedEntry => ({
      id: entryId('isolated', item.actor.id), kind: 'isolated', href: item.actor.href, title: FRESHNESS_TEXTS.titles.isolated(item.actor.name),
      summary: item.why, updated: instant(item.actor.updatedAt, midnight), actor: actorOf(item.actor),
    })),
    ...desk.cutPoints.items.map((item): FeedEntry => ({
      id: entryId('cut-point', item.actor.id), kind: 'cut-point', href: item.actor.href, title: FRESHNESS_TEXTS.titles.cutPoint(item.actor.name, item.cutOff),
      summary: item.why, updated: instant(item.actor.updatedAt, midnight), actor: actorOf(item.actor),
    })),
  ].map(unnamed);
}
