import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/network.fixture.js';
import { applyFilters, DEFAULT_FILTERS, degrees, linksOf, searchActors, siloCounts, totals } from './filter.js';

const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);

describe('applyFilters', () => {
  it('keeps everything by default', () => {
    const selection = applyFilters(fixture, DEFAULT_FILTERS);
    expect(ids(selection.actors)).toEqual(['commune', 'scic', 'asso', 'lonely']);
    expect(ids(selection.links)).toEqual(['l1', 'l2', 'l3']);
  });

  it('keeps the chosen silos and only the links between kept actors', () => {
    const selection = applyFilters(fixture, { silos: ['PUBLIC', 'PRIVATE'], date: null });
    expect(ids(selection.actors)).toEqual(['commune', 'scic']);
    expect(ids(selection.links)).toEqual(['l1']);
  });

  it('keeps the links active on a date', () => {
    expect(ids(applyFilters(fixture, { ...DEFAULT_FILTERS, date: '2021-01-01' }).links)).toEqual(['l1', 'l2']);
    expect(ids(applyFilters(fixture, { ...DEFAULT_FILTERS, date: '2024-01-01' }).links)).toEqual(['l1', 'l3']);
    expect(ids(applyFilters(fixture, { ...DEFAULT_FILTERS, date: '2010-01-01' }).links)).toEqual([]);
  });
});

describe('measures of a selection', () => {
  const selection = applyFilters(fixture, DEFAULT_FILTERS);

  it('counts actors per silo', () => {
    expect(siloCounts(fixture)).toEqual({ PUBLIC: 1, PRIVATE: 1, POPULATION: 2 });
  });

  it('gives totals and the share of links across silos', () => {
    expect(totals(selection)).toEqual({ actors: 4, links: 3, crossSiloShare: 1 });
    expect(totals({ actors: [], links: [] }).crossSiloShare).toBe(0);
  });

  it('computes degrees, isolated actors included', () => {
    expect(Object.fromEntries(degrees(selection))).toEqual({ commune: 2, scic: 2, asso: 2, lonely: 0 });
  });

  it('lists an actor’s links whichever end it is on', () => {
    expect(linksOf(selection, 'commune').map(({ partner }) => partner.id).sort()).toEqual(['asso', 'scic']);
    expect(linksOf(selection, 'lonely')).toEqual([]);
  });
});

describe('searchActors', () => {
  it('matches every word, ignoring case and accents', () => {
    expect(ids(searchActors(fixture.actors, 'ecoles asso'))).toEqual(['asso']);
    expect(ids(searchActors(fixture.actors, 'ÉNERGIE'))).toEqual(['scic']);
    expect(searchActors(fixture.actors, '   ')).toEqual([]);
  });
});
