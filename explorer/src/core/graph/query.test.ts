import { describe, expect, it } from 'vitest';
import { toNetwork, type NetworkQueryResult } from './query.js';

const base = { ptceRole: 'NONE' as const, essMember: false, fictional: true, location: null };

describe('toNetwork', () => {
  it('names sectors and territories, with the EPCI of each commune and every level above it, and sorts by name', () => {
    const result: NetworkQueryResult = {
      network: {
        actors: [
          { ...base, id: 'b', name: 'B', silo: 'PRIVATE', kind: 'COMPANY', sectorIds: [], territoryIds: ['epci:200070647'] },
          { ...base, id: 'a', name: 'A', silo: 'PUBLIC', kind: 'COLLECTIVITE', sectorIds: ['agriculture'], territoryIds: ['commune:24037'] },
        ],
        links: [{ id: 'l1', source: 'a', target: 'b', kind: 'PARTNERSHIP', since: '2020-01-01', until: null, provenance: 'OBSERVED', intensity: 1 }],
        sectors: [{ id: 'alimentation', name: 'Alimentation', parent: null }, { id: 'agriculture', name: 'Agriculture', parent: 'alimentation' }],
        territories: [
          { id: 'commune:24037', name: 'Bergerac', level: 'COMMUNE', partOf: ['epci:200070647'] },
          { id: 'epci:200070647', name: 'CA Bergeracoise', level: 'EPCI', partOf: ['pays:grand-bergeracois'] },
        ],
        layout: null,
      },
    };
    const network = toNetwork(result);
    expect(network.actors.map((actor) => actor.id)).toEqual(['a', 'b']);
    expect(network.actors[0]).toMatchObject({
      sectors: [{ id: 'agriculture', name: 'Agriculture' }],
      territories: [{ id: 'commune:24037', name: 'Bergerac', epci: { id: 'epci:200070647', name: 'CA Bergeracoise' }, partOf: ['epci:200070647', 'pays:grand-bergeracois'] }],
    });
    expect(network.actors[0]).not.toHaveProperty('sectorIds');
    expect(network.actors[1]?.territories).toEqual([{ id: 'epci:200070647', name: 'CA Bergeracoise', epci: null, partOf: ['pays:grand-bergeracois'] }]);
    expect(network.links).toHaveLength(1);
    expect(network.sectors.map((sector) => sector.id)).toEqual(['agriculture', 'alimentation']);
    expect(network.layout).toBeUndefined();
  });

  it("keys the API's layout by actor id, read in the API's order rather than the sorted one", () => {
    const actor = (id: string) => ({ ...base, id, name: id.toUpperCase(), silo: 'PUBLIC' as const, kind: 'ASSOCIATION' as const, sectorIds: [], territoryIds: [] });
    const network = toNetwork({ network: { actors: [actor('b'), actor('a')], links: [], sectors: [], territories: [], layout: { x: [10, -10], y: [5, -5] } } });
    expect(network.layout?.get('b')).toEqual({ x: 10, y: 5 });
    expect(network.layout?.get('a')).toEqual({ x: -10, y: -5 });
  });
});
