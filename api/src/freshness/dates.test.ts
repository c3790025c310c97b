import { describe, expect, it } from 'vitest';
import { dayOf, daysBefore, daysBetween } from './dates.js';

// Months back are the coverage's own (analytics/measures/coverage.ts, tested there).
describe('the desk dates', () => {
  it('count days between two days, across a month and a leap day', () => {
    expect(dayOf(new Date('2025-06-15T23:59:59.000Z'))).toBe('2025-06-15');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBefore('2024-03-01', 2)).toBe('2024-02-28');
    expect(daysBetween('2025-05-01', '2025-05-01')).toBe(0);
  });
});
