// The network as the explorer holds it: the shapes of the API's answers (explorer/src/generated/, from the printed
// schema), with each actor's sector and territory ids named (core/graph/query.ts, toNetwork).
import type { ExplorerActorDetailsQuery, ExplorerNetworkQuery } from '../../generated/graphql.js';

type NetworkAnswer = ExplorerNetworkQuery['network'];

export interface TerritoryRef {
  id: string;
  name: string;
  /** The EPCI a commune belongs to (null for an EPCI itself, a département or a région). */
  epci: { id: string; name: string } | null;
  /** Every territory this one is part of, at every level (EPCI, pays, département, région): the filter's scope. */
  partOf: string[];
}

/**
 * An actor as the explorer shows it: the API's public fields (contact details never reach the browser), its
 * sectors and territories named rather than as ids. Its location is WGS 84, often a commune centre.
 */
export type NetworkActor = Omit<NetworkAnswer['actors'][number], 'sectorIds' | 'territoryIds'> & {
  sectors: { id: string; name: string }[];
  territories: TerritoryRef[];
};

/** What the detail panel adds for the one actor selected, fetched when it is selected. */
export type ActorDetails = ExplorerActorDetailsQuery['actors'][number];

/** A cooperation link, once: links are undirected, so `source`/`target` carry no meaning. */
export type NetworkLink = NetworkAnswer['links'][number];

export type SectorNode = NetworkAnswer['sectors'][number];

/** What drawing needs of an actor and a link: the explorer's network has it all, an embed's the public minimum. */
export type DrawnActor = Pick<NetworkActor, 'id' | 'name' | 'silo' | 'kind' | 'location' | 'sectors' | 'territories'>;
export type DrawnLink = Pick<NetworkLink, 'id' | 'source' | 'target' | 'kind' | 'provenance' | 'intensity'>;

/** A picture to draw: actors, the links between them, and the partners shown only as context. */
export interface Drawing {
  actors: DrawnActor[];
  links: DrawnLink[];
  context: ReadonlySet<string>;
}

export interface Point {
  x: number;
  y: number;
}

export interface Network {
  actors: NetworkActor[];
  links: NetworkLink[];
  sectors: SectorNode[];
  /** The force-directed picture the API computed for the whole network (once per graph version), by actor id. */
  layout?: ReadonlyMap<string, Point>;
}
