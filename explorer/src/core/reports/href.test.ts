import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../graph/filter.js';
import { defaultPeriod, periodProblem, reportHref } from './href.js';

describe('report links', () => {
  it('looks back twelve months, 29 February included', () => {
    expect(defaultPeriod('2026-12-06')).toEqual({ from: '2025-12-06', to: '2026-12-06' });
    expect(defaultPeriod('2028-02-29')).toEqual({ from: '2027-02-28', to: '2028-02-29' });
  });

  it('writes the selection without its day, the period and the language (the API reads it: api/src/reports/params.test.ts)', () => {
    const filters = { ...DEFAULT_FILTERS, territory: 'epci:200070647', silos: ['PUBLIC', 'PRIVATE'] as typeof DEFAULT_FILTERS.silos, asOf: '2025-06-01' };
    expect(reportHref('pdf', filters, { from: '2025-01-01', to: '2025-12-31' }, 'en'))
      .toBe('/report.pdf?territory=epci%3A200070647&silos=PUBLIC%2CPRIVATE&from=2025-01-01&to=2025-12-31&lang=en');
    expect(reportHref('html', DEFAULT_FILTERS, { from: '2025-01-01', to: '2025-12-31' }, 'fr')).toBe('/report.html?from=2025-01-01&to=2025-12-31');
  });

  it('names what is wrong with a period', () => {
    expect(periodProblem({ from: '', to: '2025-12-31' })).toBe('missing');
    expect(periodProblem({ from: '2026-01-01', to: '2025-12-31' })).toBe('order');
    expect(periodProblem({ from: '2025-01-01', to: '2025-12-31' })).toBeNull();
  });
});
