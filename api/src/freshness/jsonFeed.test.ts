import { describe, expect, it } from 'vitest';
import type { FeedEntry } from './entries.js';
import { jsonFeed } from './jsonFeed.js';

const ENTRY: FeedEntry = {
  id: 'urn:maillage:freshness:stale:vieux', kind: 'stale', href: '/?actor=vieux', title: 'À revoir : Vieux club',
  summary: 'Fiche non revue… / Record not reviewed…', updated: '2023-01-05T08:00:00.000Z',
  actor: { id: 'vieux', name: 'Vieux club', silo: 'PRIVATE', kind: 'COMPANY' },
};

describe('the JSON feed', () => {
  it('is a JSON Feed 1.1 with absolute links, one item an entry', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed([ENTRY], { origin: 'https://maillage.example.org', updated: '2025-06-15T10:00:00.000Z' })));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://maillage.example.org/',
      feed_url: 'https://maillage.example.org/feeds/freshness.json',
      language: 'fr',
      items: [{
        id: 'urn:maillage:freshness:stale:vieux', url: 'https://maillage.example.org/?actor=vieux', title: 'À revoir : Vieux club',
        content_text: 'Fiche non revue… / Record not reviewed…', date_modified: '2023-01-05T08:00:00.000Z', tags: ['stale'],
        _maillage: { kind: 'stale', actor: { id: 'vieux', name: 'Vieux club', silo: 'PRIVATE', kind: 'COMPANY' } },
      }],
    });
    expect(feed.title).toMatch(/À revoir/);
  });
});
