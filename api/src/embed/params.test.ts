import { describe, expect, it } from 'vitest';
import { embedQuery, parseEmbedParams, territoryId } from './params.js';

describe('embed parameters', () => {
  it('read a territory as a collectivity knows it: INSEE code or SIREN', () => {
    expect(territoryId('24037')).toBe('commune:24037');
    expect(territoryId('2A004')).toBe('commune:2A004');
    expect(territoryId('200070647')).toBe('epci:200070647');
    expect(territoryId('epci:200070647')).toBe('epci:200070647');
    expect(territoryId('Bergerac')).toBeNull();
  });

  it('merge defaults, check every value, and round-trip through the URL', () => {
    const options = parseEmbedParams({ territory: '200070647', theme: 'dark', accent: 'A1B2C3', height: '600', legend: '0', search: '1', silos: 'PUBLIC,PRIVATE' });
    expect(options).toMatchObject({ filter: { territory: 'epci:200070647', silos: ['PUBLIC', 'PRIVATE'] }, theme: 'dark', accent: '#a1b2c3', height: 600, legend: false, search: true, table: false, layout: 'force', lang: 'fr' });
    expect(parseEmbedParams(new URLSearchParams(embedQuery(options)))).toEqual(options);
    expect(embedQuery(parseEmbedParams({}))).toBe('');
  });

  it('name each bad parameter and what it expects', () => {
    expect(() => parseEmbedParams({ territory: 'Bergerac', height: '20', accent: 'red', theme: 'pink' }))
      .toThrow(/territory: a commune's INSEE code.*"Bergerac".*theme: .*accent: a colour as six hex digits.*height: /s);
  });
});
