import type { NetworkFilter } from '@maillage/schema/network-filter';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Centrality, GapReport, LinkSuggestion } from './types.js';

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
