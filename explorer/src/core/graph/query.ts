import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ActorDetails, Network, NetworkActor, NetworkLink } from './types.js';

interface ActorResult extends Omit<NetworkActor, 'territories'> {
  locatedIn: { id: string; name: string; partOf: { id: string; name: string; level: string }[] }[];
  cooperatesWithConnection: {
    edges: { properties: Omit<NetworkLink, 'source' | 'target'>; node: { id: string } }[];
  };
}

export interface NetworkQueryResult {
  actors: ActorResult[];
  sectors: { id: string; name: string; parent: { id: string }[] }[];
}

// What the picture, the facets and the table need, and no more: at 5,000 actors every field counts. Public fields
// only: contact details are asked for nowhere.
export const NETWORK_QUERY: TypedDocumentNode<NetworkQueryResult> = gql`
  query ExplorerNetwork {
    actors(sort: [{ name: ASC }]) {
      id
      name
      silo
      kind
      ptceRole
      essMember
      fictional
      location { latitude longitude }
      sectors { id name }
      locatedIn { id name partOf { id name level } }
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

export interface ActorDetailsResult {
  actors: ActorDetails[];
}

/** The rest of an actor's public card, for the detail panel. */
export const ACTOR_DETAILS_QUERY: TypedDocumentNode<ActorDetailsResult, { id: string }> = gql`
  query ExplorerActorDetails($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      id
      description
      website
      offers { id name }
      needs { id name }
      projects { id title }
    }
  }
`;
