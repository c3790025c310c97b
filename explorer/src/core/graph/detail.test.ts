import { describe, expect, it } from 'vitest';
import { PLAIN_LINKS_BELOW_ZOOM, PLAIN_LINKS_FROM, plainLinks } from './detail.js';

describe('plainLinks', () => {
  it('draws links plain only for a large network seen from afar', () => {
    expect(plainLinks(PLAIN_LINKS_FROM, PLAIN_LINKS_BELOW_ZOOM / 2)).toBe(true);
    expect(plainLinks(PLAIN_LINKS_FROM, PLAIN_LINKS_BELOW_ZOOM)).toBe(false);
    expect(plainLinks(PLAIN_LINKS_FROM - 1, 0.05)).toBe(false);
  });
});
