import type { ActorDetails, Network, NetworkActor, NetworkLink } from '../core/graph/types.js';

const BERGERAC = { id: 'commune:24037', name: 'Bergerac', epci: { id: 'epci:200070647', name: 'CA Bergeracoise' }, partOf: ['epci:200070647', 'departement:24'] };
const EYMET = { id: 'commune:24167', name: 'Eymet', epci: { id: 'epci:200040889', name: 'CC de Portes Sud Périgord' }, partOf: ['epci:200040889', 'departement:24'] };

function actor(id: string, name: string, silo: NetworkActor['silo'], kind: NetworkActor['kind'], extra: Partial<NetworkActor>): NetworkActor {
  return {
    id, name, silo, kind, ptceRole: 'NONE', essMember: silo !== 'PUBLIC', fictional: silo !== 'PUBLIC', location: null,
    sectors: [], territories: [BERGERAC], ...extra,
  };
}

function link(id: string, source: string, target: string, kind: NetworkLink['kind'], since: string, until: string | null = null): NetworkLink {
  return { id, source, target, kind, since, until, provenance: 'ANIMATOR', intensity: 2 };
}

const culture = { id: 'culture', name: 'Culture' };
const agriculture = { id: 'agriculture', name: 'Agriculture' };
const food = { id: 'alimentation', name: 'Alimentation' };

/** A four-actor network in two EPCIs: a public body, a cooperative, an association, and an isolated collective. */
export const fixture: Network = {
  actors: [
    actor('commune', 'Commune de Bergerac', 'PUBLIC', 'COLLECTIVITE', { sectors: [culture], ptceRole: 'PARTENAIRE', location: { latitude: 44.853, longitude: 0.483 } }),
    actor('scic', 'SCIC Énergie', 'PRIVATE', 'COOPERATIVE', { sectors: [agriculture], ptceRole: 'ADHERENT', location: { latitude: 44.853, longitude: 0.483 } }),
    actor('asso', 'Association des Écoles', 'POPULATION', 'ASSOCIATION', { sectors: [culture], territories: [EYMET], location: { latitude: 44.668, longitude: 0.398 } }),
    actor('lonely', 'Collectif Isolé', 'POPULATION', 'CITIZEN_COLLECTIVE', { sectors: [food], territories: [EYMET] }),
  ],
  links: [
    link('l1', 'commune', 'scic', 'PARTNERSHIP', '2015-01-01'),
    link('l2', 'asso', 'commune', 'FUNDING', '2020-06-01', '2022-12-31'),
    link('l3', 'asso', 'scic', 'SUPPLY', '2023-03-01'),
  ],
  sectors: [
    { id: 'alimentation', name: 'Alimentation', parent: null },
    { id: 'agriculture', name: 'Agriculture', parent: 'alimentation' },
    { id: 'culture', name: 'Culture', parent: null },
  ],
};

export const communeDetails: ActorDetails = {
  id: 'commune', description: 'Mairie.', website: 'https://www.example.org/', offers: [{ id: 'salle', name: 'Salle de réunion' }],
  needs: [], projects: [{ id: 'pat', title: 'Projet alimentaire territorial' }],
};
