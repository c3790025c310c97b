import { graphql } from '../../generated/index.js';
import type { ExplorerNetworkQuery } from '../../generated/graphql.js';
import { layoutById } from './layouts.js';
import type { Network, NetworkActor, TerritoryRef } from './types.js';

export type NetworkQueryResult = ExplorerNetworkQuery;

// The API's compact network (each link once, relationships as ids, names listed once): what the picture, the facets
// and the table need, and no more. Public fields only: contact details are asked for nowhere.
export const NETWORK_QUERY = graphql(`
  query ExplorerNetwork {
    network {
      actors { id name silo kind ptceRole essMember fictional location { latitude longitude } sectorIds territoryIds }
      links { id source target kind since until provenance intensity }
      sectors { id name parent }
      territories { id name level partOf }
      layout { x y }
    }
  }
`);

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'fr');

/** Names the ids the API sends: each actor's sectors, and its territories with the EPCI they belong to. */
export function toNetwork({ network }: NetworkQueryResult): Network {
  const sectorNames = new Map(network.sectors.map((sector) => [sector.id, sector.name]));
  const territories = new Map(network.territories.map((territory) => [territory.id, territory]));
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const parent of territories.get(id)?.partOf ?? []) {
      if (!seen.has(parent)) ancestors(parent, seen.add(parent));
    }
    return seen;
  };
  const epciOf = (partOf: string[]): { id: string; name: string } | null => {
    const epci = partOf.map((parent) => territories.get(parent)).find((parent) => parent?.level === 'EPCI');
    return epci ? { id: epci.id, name: epci.name } : null;
  };
  const place = (id: string): TerritoryRef => {
    const partOf = [...ancestors(id)];
    return { id, name: territories.get(id)?.name ?? id, epci: epciOf(partOf), partOf };
  };
  const actors = network.actors.map(({ sectorIds, territoryIds, ...actor }): NetworkActor => ({
    ...actor,
    sectors: sectorIds.map((id) => ({ id, name: sectorNames.get(id) ?? id })),
    territories: territoryIds.map(place),
  }));
  const layout = network.layout;
  return {
    actors: actors.sort(byName),
    links: network.links,
    sectors: network.sectors.map(({ id, name, parent }) => ({ id, name, parent })).sort(byName),
    // The API's positions come in its actors' order, before the sort above.
    ...(layout ? { layout: layoutById(network.actors, layout) } : {}),
  };
}

/** The rest of an actor's public card, for the detail panel. */
export const ACTOR_DETAILS_QUERY = graphql(`
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
`);
