import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../graph/filter.js';
import { exportHref } from './href.js';

describe('exportHref', () => {
  it('carries the view’s filters in the network filter’s URL form, which the exports read', () => {
    expect(exportHref('network.gexf', DEFAULT_FILTERS)).toBe('/export/network.gexf');
    const filters = { ...DEFAULT_FILTERS, territory: 'epci:200070647', silos: ['PUBLIC' as const], asOf: '2020-01-01' };
    expect(decodeURIComponent(exportHref('network.gexf', filters))).toBe('/export/network.gexf?territory=epci:200070647&silos=PUBLIC&asOf=2020-01-01');
    expect(decodeURIComponent(exportHref('network.json?format=node-link', filters))).toMatch(/^\/export\/network\.json\?format=node-link&territory=epci:200070647&silos=PUBLIC/);
  });
});
