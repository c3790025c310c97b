import { describe, expect, it } from 'vitest';
import { compactFilter, filterKey, NETWORK_FILTER_FIELDS, type NetworkFilter } from './filter.js';
import { readNetworkFilter, territoryId, writeNetworkFilter } from './url.js';

const FULL: NetworkFilter = {
  territory: 'epci:200070647', sector: 'alimentation', silos: ['PUBLIC', 'POPULATION'], kinds: ['ASSOCIATION'],
  ptceRoles: ['ADHERENT', 'ALLIE'], linkKinds: ['SUPPLY'], asOf: '2023-06-30', minCore: 2,
};

describe('the network filter URL form', () => {
  it('round-trips every field through the URL', () => {
    const params = writeNetworkFilter(FULL);
    expect([...params.keys()]).toEqual([...NETWORK_FILTER_FIELDS]);
    expect(readNetworkFilter(new URLSearchParams(params.toString()))).toEqual({ filter: FULL, problems: [] });
    expect(writeNetworkFilter({}).toString()).toBe('');
  });

  it('still reads the former spellings, roles and date', () => {
    expect(readNetworkFilter(new URLSearchParams('roles=ALLIE&date=2020-01-01')).filter).toEqual({ ptceRoles: ['ALLIE'], asOf: '2020-01-01' });
    expect(readNetworkFilter(new URLSearchParams('roles=ALLIE&ptceRoles=NONE')).filter).toEqual({ ptceRoles: ['NONE'] });
  });

  it('reads Express queries too, whose repeated parameters are arrays', () => {
    expect(readNetworkFilter({ silos: ['PRIVATE', 'PUBLIC'], territory: '24037' }).filter).toEqual({ silos: ['PRIVATE'], territory: 'commune:24037' });
  });

  it('names each bad parameter and what it expects, and keeps the good values', () => {
    const { filter, problems } = readNetworkFilter(new URLSearchParams('silos=PUBLIC,MARKET&asOf=2023-13-45&territory=Bergerac&sector=a b&minCore=-1'));
    expect(filter).toEqual({ silos: ['PUBLIC'] });
    expect(problems).toEqual([
      `territory: a commune's INSEE code (24037), an EPCI's SIREN (200070647) or an id such as epci:200070647, got "Bergerac"`,
      'sector: a sector id such as alimentation, got "a b"',
      'silos: each of PUBLIC, PRIVATE, POPULATION, got "MARKET"',
      'asOf: a real date as YYYY-MM-DD, got "2023-13-45"',
      'minCore: a whole number from 0 to 1000, got "-1"',
    ]);
    expect(readNetworkFilter(new URLSearchParams('minCore=0')).filter).toEqual({});
    expect(readNetworkFilter(new URLSearchParams('minCore=00')).filter).toEqual({});
  });

  it('writes a territory as a collectivity knows it, when asked', () => {
    expect(writeNetworkFilter({ territory: 'commune:24037' }, undefined, { territoryAsCode: true }).toString()).toBe('territory=24037');
    expect(territoryId('2A004')).toBe('commune:2A004');
    expect(territoryId('departement:24')).toBe('departement:24');
    expect(territoryId('Bergerac')).toBeNull();
  });

  it('keys a filter whatever the order of its lists, and drops what GraphQL sends as null', () => {
    expect(filterKey({ silos: ['PRIVATE', 'PUBLIC'] })).toBe(filterKey({ silos: ['PUBLIC', 'PRIVATE'] }));
    expect(compactFilter({ territory: null, silos: ['PUBLIC'], asOf: null })).toEqual({ silos: ['PUBLIC'] });
    expect(compactFilter(null)).toEqual({});
    expect(compactFilter({ minCore: 0 })).toEqual({});
    expect(filterKey({ minCore: 2 })).not.toBe(filterKey({}));
  });
});

describe('territory ids', () => {
  it('reads back what it writes, Corsica included', () => {
    for (const id of ['commune:2A004', 'departement:2A', 'epci:200070647', 'pays:grand-bergeracois']) {
      expect(readNetworkFilter(writeNetworkFilter({ territory: id })).filter.territory).toBe(id);
    }
  });
});
