import type { Network, NetworkActor, NetworkLink } from '../core/graph/types.js';

function actor(id: string, name: string, silo: NetworkActor['silo'], kind: NetworkActor['kind']): NetworkActor {
  return {
    id, name, silo, kind, ptceRole: 'NONE', essMember: silo !== 'PUBLIC', description: null, website: null,
    fictional: silo !== 'PUBLIC', sectors: [{ id: 'culture', name: 'Culture' }],
    territories: [{ id: 'commune:24037', name: 'Bergerac', epci: { id: 'epci:200070647', name: 'CA Bergeracoise' } }],
    offers: [], needs: [], projects: [],
  };
}

function link(id: string, source: string, target: string, since: string, until: string | null = null): NetworkLink {
  return { id, source, target, kind: 'PARTNERSHIP', since, until, provenance: 'ANIMATOR', intensity: 2 };
}

/** A four-actor network: a public body, a cooperative, an association, and an isolated collective. */
export const fixture: Network = {
  actors: [
    actor('commune', 'Commune de Bergerac', 'PUBLIC', 'COLLECTIVITE'),
    actor('scic', 'SCIC Énergie', 'PRIVATE', 'COOPERATIVE'),
    actor('asso', 'Association des Écoles', 'POPULATION', 'ASSOCIATION'),
    actor('lonely', 'Collectif Isolé', 'POPULATION', 'CITIZEN_COLLECTIVE'),
  ],
  links: [
    link('l1', 'commune', 'scic', '2015-01-01'),
    link('l2', 'asso', 'commune', '2020-06-01', '2022-12-31'),
    link('l3', 'asso', 'scic', '2023-03-01'),
  ],
};
