import type { FeedMeta } from './atom.js';
import type { FeedEntry } from './entries.js';
import { absoluteUrl } from './href.js';
import { FRESHNESS_TEXTS } from './texts.js';

/**
 * The desk as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), in French (English in each summary after " / ");
 * `_maillage` says what each item is about in data: its kind, actor and resource — never a contact detail.
 */
export function jsonFeed(entries: readonly FeedEntry[], { origin, updated }: FeedMeta): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FRESHNESS_TEXTS.feed.title,
    description: FRESHNESS_TEXTS.feed.description,
    home_page_url: absoluteUrl(origin, '/'),
    feed_url: absoluteUrl(origin, '/feeds/freshness.json'),
    language: 'fr',
    authors: [{ name: 'Maillage' }],
    _maillage: { updated },
    items: entries.map((entry) => ({
      id: entry.id,
      url: absoluteUrl(origin, entry.href),
      title: entry.title,
      content_text: entry.summary,
      summary: entry.summary,
      date_modified: entry.updated,
      tags: [entry.kind],
      _maillage: { kind: entry.kind, actor: entry.actor, ...(entry.resource ? { resource: entry.resource } : {}) },
    })),
  };
}
