import { ACTOR_KINDS, COOPERATION_KINDS, PTCE_ROLES, SILOS } from '@maillage/schema/vocabulary';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Filters } from '../graph/filter.js';
import type { Centrality, GapReport, LinkSuggestion } from './types.js';

/** The analytics' filter (the API's NetworkFilter) for the explorer's filters; lists that keep everything are left out. */
export interface NetworkFilter {
  territory?: string;
  sector?: string;
  silos?: string[];
  kinds?: string[];
  ptceRoles?: string[];
  linkKinds?: string[];
  asOf?: string;
}

export function toNetworkFilter(filters: Filters): NetworkFilter {
  const filter: NetworkFilter = {};
  if (filters.territory) filter.territory = filters.territory;
  if (filters.sector) filter.sector = filters.sector;
  if (filters.silos.length !== SILOS.length) filter.silos = filters.silos;
  if (filters.kinds.length !== ACTOR_KINDS.length) filter.kinds = filters.kinds;
  if (filters.roles.length !== PTCE_ROLES.length) filter.ptceRoles = filters.roles;
  if (filters.linkKinds.length !== COOPERATION_KINDS.length) filter.linkKinds = filters.linkKinds;
  if (filters.date) filter.asOf = filters.date;
  return filter;
}

const TEXT = 'fr en';
const ACTOR = 'id name silo kind';

/** Everything the Gaps panel shows, in one request. */
export const GAPS_QUERY: TypedDocumentNode<GapReport, { filter: NetworkFilter }> = gql`
  query ExplorerGaps($filter: NetworkFilter) {
    siloMatrix(filter: $filter) {
      cells { from to links linkedPairs possiblePairs density }
      silos { silo actors eiIndex }
      links crossSiloShare eiIndex expectedEiIndex reasons { ${TEXT} }
    }
    isolatedActors(filter: $filter, limit: 500) { total actors { actor { ${ACTOR} } partners reasons { ${TEXT} } } }
    siloedActors(filter: $filter, limit: 500) { total actors { actor { ${ACTOR} } partners reasons { ${TEXT} } } }
    sectorGaps(filter: $filter, limit: 20) {
      total gaps { sector { id name nameEn } territory { id name } actors severity missingLinks reasons { ${TEXT} } }
    }
    resourceMatches(filter: $filter, limit: 10) {
      matchableNeeds unmetNeeds { resource { id name } needers { ${ACTOR} } } matches { resource { id name } offerer { ${ACTOR} } needer { ${ACTOR} } score reasons { ${TEXT} } }
    }
    brokers(filter: $filter, limit: 10) {
      method methodNote { ${TEXT} }
      actors { rank actor { ${ACTOR} } betweenness reasons { ${TEXT} } }
      bridges { linkIds a { ${ACTOR} } b { ${ACTOR} } cutOff reasons { ${TEXT} } }
    }
  }
`;

export const SUGGESTIONS_QUERY: TypedDocumentNode<{ linkSuggestions: LinkSuggestion[] }, { actorId: string; filter: NetworkFilter }> = gql`
  query ExplorerSuggestions($actorId: ID!, $filter: NetworkFilter) {
    linkSuggestions(actorId: $actorId, filter: $filter, limit: 5) { actor { ${ACTOR} } score reasons { ${TEXT} } }
  }
`;

export const CENTRALITY_QUERY: TypedDocumentNode<{ centrality: Centrality }, { filter: NetworkFilter }> = gql`
  query ExplorerCentrality($filter: NetworkFilter) {
    centrality(filter: $filter) { method scores { actorId betweenness } }
  }
`;
