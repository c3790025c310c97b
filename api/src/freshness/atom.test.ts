import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom.js';
import type { FeedEntry } from './entries.js';

const ENTRY: FeedEntry = {
  id: 'urn:maillage:freshness:need:jardin:local', kind: 'need', href: '/?actor=jardin&x=1',
  title: 'Besoin sans offre : <script>alert("x")</script> & « Cie »', summary: "L'atelier\u0001 recherche… / The workshop needs…",
  updated: '2025-05-01T00:00:00.000Z', actor: { id: 'jardin', name: 'Jardin', silo: 'POPULATION', kind: 'ASSOCIATION' },
};

/** Parses strictly: any warning or error of the parser fails the test. */
function parse(text: string) {
  const fail = (message: string) => {
    throw new Error(message);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}

describe('the Atom feed', () => {
  it('is well-formed Atom, its texts escaped and its links absolute', () => {
    const text = atomFeed([ENTRY], { origin: 'https://maillage.example.org', updated: '2025-06-15T10:00:00.000Z' });
    const document = parse(text);
    const feed = document.documentElement;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = feed.getElementsByTagName('entry');
    expect(entries.length).toBe(1);
    const entry = entries[0]!;
    expect(entry.getElementsByTagName('title')[0]!.textContent).toBe('Besoin sans offre : <script>alert("x")</script> & « Cie »');
    expect(entry.getElementsByTagName('summary')[0]!.textContent).toBe("L'atelier recherche… / The workshop needs…");
    expect(entry.getElementsByTagName('link')[0]!.getAttribute('href')).toBe('https://maillage.example.org/?actor=jardin&x=1');
    expect(entry.getElementsByTagName('id')[0]!.textContent).toBe('urn:maillage:freshness:need:jardin:local');
    expect(entry.getElementsByTagName('updated')[0]!.textContent).toBe('2025-05-01T00:00:00.000Z');
    expect(text).not.toContain('<script>');
  });

  it('has its own id, title, date, author and self link, even without entries', () => {
    const feed = parse(atomFeed([], { origin: 'http://localhost:4000', updated: '2025-06-15T10:00:00.000Z' })).documentElement;
    const child = (name: string) => Array.from(feed.childNodes as unknown as ArrayLike<{ nodeName: string; textContent: string | null }>).find((node) => node.nodeName === name);
    expect(child('id')?.textContent).toBe('urn:maillage:freshness');
    expect(child('updated')?.textContent).toBe('2025-06-15T10:00:00.000Z');
    expect(child('author')?.textContent).toBe('Maillage');
    expect(feed.getElementsByTagName('link')[0]!.getAttribute('href')).toBe('http://localhost:4000/feeds/freshness.atom');
    expect(feed.getElementsByTagName('entry').length).toBe(0);
  });
});
