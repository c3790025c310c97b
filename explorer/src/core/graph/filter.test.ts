import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/network.fixture.js';
import {
  applyFilters, DEFAULT_FILTERS, degrees, facetCounts, fromNetworkFilter, linksOf, linkYears, searchActors, sectorFamily, territoryTree,
  toNetworkFilter, totals,
  type Filters,
} from './filter.js';

const ids = (items: Iterable<{ id: string }>): string[] => [...items].map((item) => item.id);
const only = (change: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...change });

describe('applyFilters', () => {
  it('keeps everything by default', () => {
    const selection = applyFilters(fixture, DEFAULT_FILTERS);
    expect(ids(selection.actors)).toEqual(['commune', 'scic', 'asso', 'lonely']);
    expect(ids(selection.links)).toEqual(['l1', 'l2', 'l3']);
    expect(selection.context.size).toBe(0);
  });

  it('keeps the chosen silos, kinds and PTCE circles, and only the links between kept actors', () => {
    expect(ids(applyFilters(fixture, only({ silos: ['PUBLIC', 'PRIVATE'] })).actors)).toEqual(['commune', 'scic']);
    expect(ids(applyFilters(fixture, only({ silos: ['PUBLIC', 'PRIVATE'] })).links)).toEqual(['l1']);
    expect(ids(applyFilters(fixture, only({ kinds: ['COOPERATIVE', 'ASSOCIATION'] })).actors)).toEqual(['scic', 'asso']);
    expect(ids(applyFilters(fixture, only({ ptceRoles: ['ADHERENT', 'PARTENAIRE'] })).actors)).toEqual(['commune', 'scic']);
  });

  it('keeps a sector with its sub-sectors', () => {
    expect(ids(applyFilters(fixture, only({ sector: 'alimentation' })).actors)).toEqual(['scic', 'lonely']);
    expect(ids(applyFilters(fixture, only({ sector: 'agriculture' })).actors)).toEqual(['scic']);
  });

  it('keeps an EPCI with its communes, or one commune', () => {
    expect(ids(applyFilters(fixture, only({ territory: 'epci:200040889' })).actors)).toEqual(['asso', 'lonely']);
    expect(ids(applyFilters(fixture, only({ territory: 'commune:24037' })).actors)).toEqual(['commune', 'scic']);
  });

  it('keeps the links of the chosen kinds, active on a date, or across silos only', () => {
    expect(ids(applyFilters(fixture, only({ linkKinds: ['FUNDING', 'SUPPLY'] })).links)).toEqual(['l2', 'l3']);
    expect(ids(applyFilters(fixture, only({ asOf: '2021-01-01' })).links)).toEqual(['l1', 'l2']);
    expect(ids(applyFilters(fixture, only({ asOf: '2024-01-01' })).links)).toEqual(['l1', 'l3']);
    expect(ids(applyFilters(fixture, only({ asOf: '2010-01-01' })).links)).toEqual([]);
    const sameSilo = { ...fixture, links: [...fixture.links, { ...fixture.links[0]!, id: 'l4', source: 'asso', target: 'lonely' }] };
    expect(ids(applyFilters(sameSilo, only({ crossSiloOnly: true })).links)).toEqual(['l1', 'l2', 'l3']);
  });

  it('adds the partners of the filtered actors, with only their links to them', () => {
    const selection = applyFilters(fixture, only({ territory: 'epci:200040889', partners: true }));
    expect(ids(selection.actors)).toEqual(['commune', 'scic', 'asso', 'lonely']);
    expect([...selection.context]).toEqual(['commune', 'scic']);
    expect(ids(selection.links)).toEqual(['l2', 'l3']); // not l1, between two partners
  });

  it('focuses on an actor’s neighbourhood, one or two links away, whatever the facets', () => {
    const one = applyFilters(fixture, only({ silos: ['PUBLIC'] }), { actor: 'asso', hops: 1 });
    expect(ids(one.actors)).toEqual(['commune', 'scic', 'asso']);
    const isolated = applyFilters(fixture, DEFAULT_FILTERS, { actor: 'lonely', hops: 2 });
    expect(ids(isolated.actors)).toEqual(['lonely']);
    const dated = applyFilters(fixture, only({ asOf: '2024-01-01' }), { actor: 'asso', hops: 1 });
    expect(ids(dated.actors)).toEqual(['scic', 'asso']);
    const twoHops = applyFilters(fixture, only({ asOf: '2024-01-01' }), { actor: 'asso', hops: 2 });
    expect(ids(twoHops.actors)).toEqual(['commune', 'scic', 'asso']);
  });
});

describe('facets', () => {
  it('count each value with the other facets applied', () => {
    const counts = facetCounts(fixture, only({ silos: ['POPULATION'], territory: 'epci:200040889' }));
    expect(counts.silos).toEqual({ PUBLIC: 0, PRIVATE: 0, POPULATION: 2 }); // the territory applies
    expect(counts.territories.get('epci:200070647')).toBe(0); // the silo applies, not the territory
    expect(counts.territories.get('epci:200040889')).toBe(2);
    expect(counts.sectors.get('alimentation')).toBe(1);
    expect(counts.kinds.ASSOCIATION).toBe(1);
  });

  it('count links by kind among the shown actors', () => {
    expect(facetCounts(fixture, DEFAULT_FILTERS).linkKinds).toMatchObject({ PARTNERSHIP: 1, FUNDING: 1, SUPPLY: 1, MEMBERSHIP: 0 });
  });

  it('span the years of the links for the time slider', () => {
    expect(linkYears(fixture, new Date('2026-11-29'))).toEqual({ first: 2015, last: 2026 });
    expect(linkYears({ ...fixture, links: [] })).toBeNull();
  });

  it('build the sector family and the territory tree', () => {
    expect([...sectorFamily(fixture, 'alimentation')].sort()).toEqual(['agriculture', 'alimentation']);
    expect(territoryTree(fixture)).toEqual([
      { id: 'epci:200070647', name: 'CA Bergeracoise', communes: [{ id: 'commune:24037', name: 'Bergerac' }] },
      { id: 'epci:200040889', name: 'CC de Portes Sud Périgord', communes: [{ id: 'commune:24167', name: 'Eymet' }] },
    ]);
  });
});

describe('measures of a selection', () => {
  const selection = applyFilters(fixture, DEFAULT_FILTERS);

  it('gives totals and the share of links across silos', () => {
    expect(totals(selection)).toEqual({ actors: 4, links: 3, crossSiloShare: 1 });
    expect(totals({ actors: [], links: [], context: new Set() }).crossSiloShare).toBe(0);
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

describe('toNetworkFilter and fromNetworkFilter', () => {
  it('leave out what keeps everything, and pass the rest under the API’s names', () => {
    expect(toNetworkFilter(DEFAULT_FILTERS)).toEqual({});
    const filters = { ...DEFAULT_FILTERS, silos: ['PUBLIC' as const], ptceRoles: ['ADHERENT' as const], territory: 'epci:200070647', sector: 'culture', asOf: '2024-01-01' };
    expect(toNetworkFilter({ ...filters, crossSiloOnly: true }))
      .toEqual({ silos: ['PUBLIC'], ptceRoles: ['ADHERENT'], territory: 'epci:200070647', sector: 'culture', asOf: '2024-01-01' });
    expect(fromNetworkFilter(toNetworkFilter(filters))).toEqual(filters);
  });
});
