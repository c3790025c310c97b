import { describe, expect, it } from 'vitest';
import { embedQuery, parseEmbedParams } from './params.js';

describe('embed parameters', () => {
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

describe('saved embed views', () => {
  it('take every parameter an embed reads, the whole network filter included', async () => {
    const { EmbedQuery } = await import('@maillage/schema');
    const query = 'territory=24037&kinds=ASSOCIATION&ptceRoles=ALLIE&asOf=2024-01-01&layout=silo&theme=dark';
    expect(EmbedQuery.parseValue(query)).toBe(query);
    expect(() => EmbedQuery.parseValue('territory=24037&unknown=1')).toThrow(/EmbedQuery/);
  });
});
