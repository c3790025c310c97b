import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../graph/filter.js';
import { heatColours } from './heat.js';
import { toNetworkFilter } from './queries.js';

describe('toNetworkFilter', () => {
  it('leaves out what keeps everything, and passes the rest under the API’s names', () => {
    expect(toNetworkFilter(DEFAULT_FILTERS)).toEqual({});
    expect(toNetworkFilter({ ...DEFAULT_FILTERS, silos: ['PUBLIC'], roles: ['ADHERENT'], territory: 'epci:200070647', sector: 'culture', date: '2024-01-01', crossSiloOnly: true }))
      .toEqual({ silos: ['PUBLIC'], ptceRoles: ['ADHERENT'], territory: 'epci:200070647', sector: 'culture', asOf: '2024-01-01' });
  });
});

describe('heatColours', () => {
  it('darkens with the value and keeps the text readable', () => {
    expect(heatColours(0, 1)).toEqual({ background: 'rgb(239, 246, 255)', color: '#1a1a1a' });
    expect(heatColours(1, 1)).toEqual({ background: 'rgb(8, 48, 107)', color: '#ffffff' });
    expect(heatColours(null, 1).background).toBe('#f4f4f2');
  });
});
