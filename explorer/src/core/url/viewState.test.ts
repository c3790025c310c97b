import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './viewState.js';

describe('view state in the URL', () => {
  it('leaves defaults out', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a shared view', () => {
    const view: ViewState = {
      filters: { silos: ['PUBLIC', 'POPULATION'], date: '2023-05-01' },
      selected: 'scic-assiette-locale',
      view: 'table',
      lang: 'en',
    };
    const search = serializeViewState(view);
    expect(search).toBe('?silos=PUBLIC%2CPOPULATION&date=2023-05-01&actor=scic-assiette-locale&view=table&lang=en');
    expect(parseViewState(search)).toEqual(view);
  });

  it('keeps "no silo" distinct from "every silo"', () => {
    const none = serializeViewState({ ...DEFAULT_VIEW, filters: { silos: [], date: null } });
    expect(parseViewState(none).filters.silos).toEqual([]);
  });

  it('ignores what it does not know', () => {
    expect(parseViewState('?silos=PUBLIC,MARKET&date=yesterday&view=map&lang=de')).toEqual({
      ...DEFAULT_VIEW,
      filters: { silos: ['PUBLIC'], date: null },
    });
  });
});
