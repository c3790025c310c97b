import { FEED_ID, type FeedEntry } from './entries.js';
import { xml } from '../exports/xml.js';
import { absoluteUrl } from './href.js';
import { FRESHNESS_TEXTS } from './texts.js';

export interface FeedMeta {
  /** The origin the feed was asked from: links are absolute. */
  origin: string;
  /** When the desk was computed (ISO date-time). */
  updated: string;
}

/** The desk as an Atom 1.0 feed (RFC 4287), in French (English in each summary). */
export function atomFeed(entries: readonly FeedEntry[], { origin, updated }: FeedMeta): string {
  const link = (path: string): string => xml(absoluteUrl(origin, path));
  const items = entries.map((entry) => `  <entry>
    <id>${xml(entry.id)}</id>
    <title>${xml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${link(entry.href)}"/>
    <updated>${xml(entry.updated)}</updated>
    <category term="${xml(entry.kind)}"/>
    <summary type="text">${xml(entry.summary)}</summary>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <id>${FEED_ID}</id>
  <title>${xml(FRESHNESS_TEXTS.feed.title)}</title>
  <subtitle>${xml(FRESHNESS_TEXTS.feed.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${link('/feeds/freshness.atom')}"/>
  <link rel="alternate" type="text/html" href="${link('/')}"/>
  <updated>${xml(updated)}</updated>
  <author><name>Maillage</name></author>
  <generator>Maillage</generator>
${items.join('\n')}
</feed>
`;
}
