import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../graph/filter.js';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './viewState.js';

describe('view state in the URL', () => {
  it('leaves defaults out', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a shared view', () => {
    const view: ViewState = {
      filters: {
        ...DEFAULT_FILTERS,
        silos: ['PUBLIC', 'POPULATION'],
        kinds: ['ASSOCIATION'],
        linkKinds: ['FUNDING', 'SUPPLY'],
        sector: 'alimentation',
        territory: 'epci:200070647',
        asOf: '2023-05-01',
        crossSiloOnly: true,
        partners: true,
      },
      focus: { actor: 'scic-assiette-locale', hops: 2 },
      selected: 'scic-assiette-locale',
      view: 'table',
      layout: 'geo',
      size: 'betweenness',
      lang: 'en',
      renderer: 'webgl',
      gaps: true,
      gap: 'sector:culture@epci:200070647',
    };
    const search = serializeViewState(view);
    expect(decodeURIComponent(search)).toBe(
      '?territory=epci:200070647&sector=alimentation&silos=PUBLIC,POPULATION&kinds=ASSOCIATION&linkKinds=FUNDING,SUPPLY' +
        '&asOf=2023-05-01&cross=1&partners=1&focus=scic-assiette-locale&hops=2&actor=scic-assiette-locale&view=table&layout=geo&size=betweenness&lang=en' +
        '&gaps=1&gap=sector:culture@epci:200070647&renderer=webgl',
    );
    expect(parseViewState(search)).toEqual(view);
  });

  it('keeps "none" distinct from "all"', () => {
    const none = serializeViewState({ ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, silos: [] } });
    expect(parseViewState(none).filters.silos).toEqual([]);
  });

  it('still opens links written with the former spellings, roles and date', () => {
    expect(parseViewState('?roles=ALLIE&date=2020-12-31').filters).toEqual({ ...DEFAULT_FILTERS, ptceRoles: ['ALLIE'], asOf: '2020-12-31' });
  });

  it('ignores what it does not know', () => {
    expect(parseViewState('?silos=PUBLIC,MARKET&date=yesterday&view=map&layout=3d&lang=de&actor=<script>&size=huge&gap=<b>&renderer=vr')).toEqual({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_FILTERS, silos: ['PUBLIC'] },
    });
  });
});
