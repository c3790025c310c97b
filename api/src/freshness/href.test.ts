import { describe, expect, it } from 'vitest';
import { absoluteUrl, actorHref } from './href.js';

describe('links to a record', () => {
  it('select the actor in the explorer, as its own URL does', () => {
    expect(actorHref('recyclerie-bergerac')).toBe('/?actor=recyclerie-bergerac');
    expect(actorHref('a:b&c')).toBe('/?actor=a%3Ab%26c');
  });

  it('are made absolute on the origin a feed was asked from', () => {
    expect(absoluteUrl('https://maillage.example.org', '/?actor=x')).toBe('https://maillage.example.org/?actor=x');
  });
});
