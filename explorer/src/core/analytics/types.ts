// The analytics' answers as the explorer reads them: named parts of the operations' generated types
// (explorer/src/generated/, from the API's printed schema), never typed by hand.
import type {
  ExplorerActorSummaryFragment, ExplorerCentralityQuery, ExplorerGapsQuery, ExplorerSuggestionsQuery, ExplorerTextFragment, ExplorerWhatIfQuery,
} from '../../generated/graphql.js';

/** A sentence from the API in both languages, shown as it is. */
export type Text = ExplorerTextFragment;
export type ActorSummary = ExplorerActorSummaryFragment;
export type GapReport = ExplorerGapsQuery;
export type SiloMatrix = GapReport['siloMatrix'];
export type ActorGap = GapReport['isolatedActors']['actors'][number];
export type SectorGap = GapReport['sectorGaps']['gaps'][number];
export type ResourceMatch = GapReport['resourceMatches']['matches'][number];
export type Broker = GapReport['brokers']['actors'][number];
export type Bridge = GapReport['brokers']['bridges'][number];
export type LinkSuggestion = ExplorerSuggestionsQuery['linkSuggestions'][number];
export type Centrality = ExplorerCentralityQuery['centrality'];
export type Fragility = GapReport['fragility'];
export type Coverage = GapReport['coverage'];
export type WhatIf = ExplorerWhatIfQuery['withoutActors'];
