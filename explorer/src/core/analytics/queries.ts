import { graphql } from '../../generated/index.js';

graphql(`
  fragment ExplorerActorSummary on ActorSummary { id name silo kind }
`);

graphql(`
  fragment ExplorerText on LocalizedText { fr en }
`);

/** Everything the Gaps panel shows, in one request. */
export const GAPS_QUERY = graphql(`
  query ExplorerGaps($filter: NetworkFilter) {
    siloMatrix(filter: $filter) {
      cells { from to links linkedPairs possiblePairs density }
      silos { silo actors eiIndex }
      links crossSiloShare eiIndex expectedEiIndex reasons { ...ExplorerText }
    }
    isolatedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }
    siloedActors(filter: $filter, limit: 500) { total actors { actor { ...ExplorerActorSummary } partners reasons { ...ExplorerText } } }
    sectorGaps(filter: $filter, limit: 20) {
      total gaps { sector { id name nameEn } territory { id name } actors severity missingLinks reasons { ...ExplorerText } }
    }
    resourceMatches(filter: $filter, limit: 10) {
      matchableNeeds
      unmetNeeds { resource { id name } needers { ...ExplorerActorSummary } }
      matches { resource { id name } offerer { ...ExplorerActorSummary } needer { ...ExplorerActorSummary } score reasons { ...ExplorerText } }
    }
    coverage(filter: $filter) { knownShare indicative note { ...ExplorerText } }
    fragility(filter: $filter, limit: 10) {
      cutPointCount cutPoints { actor { ...ExplorerActorSummary } cutOff }
      bridgeCount
      structuralHoles { actor { ...ExplorerActorSummary } partners constraint effectiveSize }
      mixing { by coefficient withinShare expectedWithinShare reasons { ...ExplorerText } }
      cores { maxCore levels { k actors } reasons { ...ExplorerText } }
      coverage { indicative note { ...ExplorerText } }
    }
    brokers(filter: $filter, limit: 10) {
      coverage { indicative note { ...ExplorerText } }
      method methodNote { ...ExplorerText }
      actors { rank actor { ...ExplorerActorSummary } betweenness reasons { ...ExplorerText } }
      bridges { linkIds a { ...ExplorerActorSummary } b { ...ExplorerActorSummary } cutOff reasons { ...ExplorerText } }
    }
  }
`);

/** What the selection would lose if these actors left it. */
export const WHAT_IF_QUERY = graphql(`
  query ExplorerWhatIf($actorIds: [ID!]!, $filter: NetworkFilter) {
    withoutActors(actorIds: $actorIds, filter: $filter, limit: 5) {
      removed { ...ExplorerActorSummary }
      before { components largestComponent crossSiloLinks eiIndex }
      after { components largestComponent crossSiloLinks eiIndex }
      cutOff { ...ExplorerActorSummary }
      lostLinkIds lostCrossSiloLinks
      siloAccessLost { actor { ...ExplorerActorSummary } silo reasons { ...ExplorerText } }
      risers { actor { ...ExplorerActorSummary } before after reasons { ...ExplorerText } }
      reasons { ...ExplorerText }
      coverage { indicative note { ...ExplorerText } }
    }
  }
`);

export const SUGGESTIONS_QUERY = graphql(`
  query ExplorerSuggestions($actorId: ID!, $filter: NetworkFilter) {
    linkSuggestions(actorId: $actorId, filter: $filter, limit: 5) { actor { ...ExplorerActorSummary } score reasons { ...ExplorerText } }
  }
`);

export const CENTRALITY_QUERY = graphql(`
  query ExplorerCentrality($filter: NetworkFilter) {
    centrality(filter: $filter) { method scores { actorId betweenness } }
  }
`);
