import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Network, NetworkActor, NetworkLink } from './types.js';

interface ActorResult extends Omit<NetworkActor, 'territories' | 'offers' | 'needs' | 'projects'> {
  locatedIn: { id: string; name: string; partOf: { id: string; name: string; level: string }[] }[];
  offers: { id: string; name: string }[];
  needs: { id: string; name: string }[];
  projects: { id: string; title: string }[];
  cooperatesWithConnection: {
    edges: { properties: Omit<NetworkLink, 'source' | 'target'>; node: { id: string } }[];
  };
}

export interface NetworkQueryResult {
  actors: ActorResult[];
  sectors: { id: string; name: string; parent: { id: string }[] }[];
}

// Public fields only: what the explorer shows to anyone. Contact details are asked for nowhere.
export const NETWORK_QUERY: TypedDocumentNode<NetworkQueryResult> = gql`
  query ExplorerNetwork {
    actors(sort: [{ name: ASC }]) {
      id
      name
      silo
      kind
      ptceRole
      essMember
      description
      website
      fictional
      location { latitude longitude }
      sectors { id name }
      locatedIn { id name partOf { id name level } }
      offers { id name }
      needs { id name }
      projects { id title }
      cooperatesWithConnection {
        edges { properties { id kind since until provenance intensity } node { id } }
      }
    }
    sectors(sort: [{ name: ASC }]) { id name parent { id } }
  }
`;

/** Turns the query's per-actor view into one list of actors and one of links, each link once. */
export function toNetwork(result: NetworkQueryResult): Network {
  const links = new Map<string, NetworkLink>();
  const actors = result.actors.map((actor): NetworkActor => {
    for (const edge of actor.cooperatesWithConnection.edges) {
      if (!links.has(edge.properties.id)) {
        links.set(edge.properties.id, { ...edge.properties, source: actor.id, target: edge.node.id });
      }
    }
    const { locatedIn, cooperatesWithConnection: _edges, ...rest } = actor;
    return {
      ...rest,
      territories: locatedIn.map((territory) => {
        const epci = territory.partOf.find((parent) => parent.level === 'EPCI');
        return { id: territory.id, name: territory.name, epci: epci ? { id: epci.id, name: epci.name } : null };
      }),
    };
  });
  const sectors = result.sectors.map((sector) => ({ id: sector.id, name: sector.name, parent: sector.parent[0]?.id ?? null }));
  return { actors, links: [...links.values()], sectors };
}
