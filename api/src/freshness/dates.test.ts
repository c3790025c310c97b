import { describe, expect, it } from 'vitest';
import { dayOf, daysBefore, daysBetween, longOpen, monthsBefore } from './dates.js';

describe('the desk dates', () => {
  it('count calendar months back, the missing days of a short month becoming its last', () => {
    expect(monthsBefore(new Date('2025-06-15T10:20:30.000Z'), 12).toISOString()).toBe('2024-06-15T10:20:30.000Z');
    expect(monthsBefore(new Date('2025-03-31T00:00:00.000Z'), 1).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(monthsBefore(new Date('2024-03-31T00:00:00.000Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(monthsBefore(new Date('2025-01-10T00:00:00.000Z'), 14).toISOString()).toBe('2023-11-10T00:00:00.000Z');
  });

  it('count days between two days, across a month and a leap day', () => {
    expect(dayOf(new Date('2025-06-15T23:59:59.000Z'))).toBe('2025-06-15');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBefore('2024-03-01', 2)).toBe('2024-02-28');
    expect(daysBetween('2025-05-01', '2025-05-01')).toBe(0);
  });

  it('say a need is long open after thirty days, not on the thirtieth', () => {
    expect(longOpen(daysBefore('2025-06-15', 30), '2025-06-15')).toBe(false);
    expect(longOpen(daysBefore('2025-06-15', 31), '2025-06-15')).toBe(true);
  });
});
