import { describe, expect, it } from 'vitest';
import { toNetwork, type NetworkQueryResult } from './query.js';

const base = { ptceRole: 'NONE' as const, essMember: false, fictional: true, location: null, sectors: [] };
const edge = (id: string, partner: string) => ({
  properties: { id, kind: 'PARTNERSHIP', since: '2020-01-01', until: null, provenance: 'OBSERVED', intensity: 1 } as const,
  node: { id: partner },
});

describe('toNetwork', () => {
  it('lists each undirected link once, and the EPCI of each territory', () => {
    const result: NetworkQueryResult = {
      actors: [
        { ...base, id: 'a', name: 'A', silo: 'PUBLIC', kind: 'COLLECTIVITE',
          locatedIn: [{ id: 'commune:24037', name: 'Bergerac', partOf: [{ id: 'epci:200070647', name: 'CA Bergeracoise', level: 'EPCI' }] }],
          cooperatesWithConnection: { edges: [edge('l1', 'b')] } },
        { ...base, id: 'b', name: 'B', silo: 'PRIVATE', kind: 'COMPANY', locatedIn: [],
          cooperatesWithConnection: { edges: [edge('l1', 'a')] } },
      ],
      sectors: [{ id: 'alimentation', name: 'Alimentation', parent: [] }, { id: 'agriculture', name: 'Agriculture', parent: [{ id: 'alimentation' }] }],
    };
    const network = toNetwork(result);
    expect(network.links).toEqual([{ ...edge('l1', 'b').properties, source: 'a', target: 'b' }]);
    expect(network.actors[0]?.territories).toEqual([{ id: 'commune:24037', name: 'Bergerac', epci: { id: 'epci:200070647', name: 'CA Bergeracoise' } }]);
    expect(network.actors[0]).not.toHaveProperty('cooperatesWithConnection');
    expect(network.sectors).toEqual([{ id: 'alimentation', name: 'Alimentation', parent: null }, { id: 'agriculture', name: 'Agriculture', parent: 'alimentation' }]);
  });
});
