import { writeReportParams } from '@maillage/schema/network-filter';
import { describe, expect, it } from 'vitest';
import { isDay, parseReportParams, ReportParamsError, reportCommand } from './params.js';

const problemsOf = (query: Record<string, string>): string[] => {
  try {
    parseReportParams(query);
    return [];
  } catch (error) {
    if (error instanceof ReportParamsError) return error.problems;
    throw error;
  }
};

describe('parseReportParams', () => {
  it('reads back what the explorer writes (the schema’s one writer)', () => {
    const request = { filter: { territory: 'epci:200070647', silos: ['PUBLIC' as const, 'PRIVATE' as const] }, from: '2025-01-01', to: '2025-12-31', lang: 'en' as const };
    expect(parseReportParams(writeReportParams(request))).toEqual(request);
    expect(parseReportParams({ from: '2025-01-01', to: '2025-01-01' })).toEqual({ filter: {}, from: '2025-01-01', to: '2025-01-01', lang: 'fr' });
  });

  it('names every bad parameter, in French and English', () => {
    expect(problemsOf({})).toEqual([
      'from: required, a day YYYY-MM-DD / obligatoire, une date AAAA-MM-JJ',
      'to: required, a day YYYY-MM-DD / obligatoire, une date AAAA-MM-JJ',
    ]);
    expect(problemsOf({ from: '2025-13-01', to: '2025-12-31', lang: 'de' })).toEqual([
      'from: a day YYYY-MM-DD, got "2025-13-01" / une date AAAA-MM-JJ',
      'lang: one of fr, en, got "de"',
    ]);
    expect(problemsOf({ from: '2026-01-01', to: '2025-12-31' })).toEqual(['from: 2026-01-01 comes after to (2025-12-31) / 2026-01-01 est après to (2025-12-31)']);
    expect(problemsOf({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-06-01' })[0]).toMatch(/^asOf: a report has its own two days/);
  });

  it('knows the days that exist', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-1-01')).toBe(false);
  });

  it('says the command that makes the same report again', () => {
    expect(reportCommand({ filter: { territory: 'epci:200070647' }, from: '2025-01-01', to: '2025-12-31', lang: 'en' }))
      .toBe('npm run report -- --territory epci:200070647 --from 2025-01-01 --to 2025-12-31 --lang en');
  });
});
