import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../graph/filter.js';
import { exportHref } from './href.js';

describe('exportHref', () => {
  it('carries the view’s filters in the explorer’s own parameter names', () => {
    expect(exportHref('network.gexf', DEFAULT_FILTERS)).toBe('/export/network.gexf');
    const filters = { ...DEFAULT_FILTERS, territory: 'epci:200070647', silos: ['PUBLIC' as const], date: '2020-01-01' };
    expect(decodeURIComponent(exportHref('network.gexf', filters))).toBe('/export/network.gexf?silos=PUBLIC&territory=epci:200070647&date=2020-01-01');
    expect(decodeURIComponent(exportHref('network.json?format=node-link', filters))).toMatch(/^\/export\/network\.json\?format=node-link&silos=PUBLIC/);
  });
});
