import { describe, expect, it } from 'vitest';
import { tinyNetwork } from '../testing.js';
import { coverage, INDICATIVE_BELOW, monthsBefore } from './coverage.js';

describe('monthsBefore', () => {
  it('goes back whole months, a missing day falling back to the month’s last', () => {
    expect(monthsBefore('2026-12-06', 12)).toBe('2025-12-06');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 3)).toBe('2025-10-15');
  });
});

describe('coverage', () => {
  const network = tinyNetwork(
    [
      { id: 'a', updatedOn: '2026-11-01' },
      { id: 'b', updatedOn: '2026-01-01' },
      { id: 'c', updatedOn: '2024-05-01' },
      { id: 'd', updatedOn: '2026-10-01' },
    ],
    [['a', 'b', { since: '2020-01-01' }], ['b', 'c', { provenance: 'WORKSHOP' }]],
  );
  const today = '2026-12-06';

  it('counts actors with a link and a review within the months as known', () => {
    // a and b: linked and reviewed; c: linked, not reviewed since 2025-12-06; d: reviewed, no link.
    const result = coverage(network, { today, months: 12, sensitive: false });
    expect(result).toMatchObject({ reviewedSince: '2025-12-06', actors: 4, knownActors: 2, knownShare: 0.5, links: 2, datedLinks: 1, datedShare: 0.5 });
    expect(result.provenance.find((item) => item.provenance === 'WORKSHOP')).toEqual({ provenance: 'WORKSHOP', links: 1, share: 0.5 });
    expect(result.indicative).toBe(false);
  });

  it('marks sensitive figures indicative below 65 %, and says why', () => {
    expect(INDICATIVE_BELOW).toBe(0.65);
    const result = coverage(network, { today, months: 12, sensitive: true });
    expect(result.indicative).toBe(true);
    expect(result.note.fr).toMatch(/^Seuls 50\s% des acteurs/);
    expect(result.note.en).toMatch(/^Only 50% of the actors/);
    // Over 36 months, c counts too: 3 of 4.
    expect(coverage(network, { today, months: 36, sensitive: true })).toMatchObject({ knownActors: 3, indicative: false });
  });

  it('has no share for an empty selection', () => {
    expect(coverage(tinyNetwork([], []), { today, months: 12, sensitive: true })).toMatchObject({ knownShare: null, indicative: false });
  });
});
