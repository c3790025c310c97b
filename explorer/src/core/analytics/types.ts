
/** A sentence from the API in both languages, shown as it is. */
export interface Text {
  fr: string;
  en: string;
}

export interface ActorSummary {
  id: string;
  name: string;
  silo: Silo;
  kind: ActorKind;
}

export interface SiloCell {
  from: Silo;
  to: Silo;
  links: number;
  linkedPairs: number;
  possiblePairs: number;
  density: number | null;
}

export interface SiloMatrix {
  cells: SiloCell[];
  silos: Array<{ silo: Silo; actors: number; eiIndex: number | null }>;
  links: number;
  crossSiloShare: number | null;
  eiIndex: number | null;
  expectedEiIndex: number | null;
  reasons: Text[];
}

export interface ActorGap {
  actor: ActorSummary;
  partners: number;
  reasons: Text[];
}

export interface SectorGap {
  sector: { id: string; name: string; nameEn: string | null };
  territory: { id: string; name: string } | null;
  actors: number;
  severity: 'ABSENT' | 'LOW';
  missingLinks: number;
  reasons: Text[];
}

export interface ResourceMatch {
  resource: { id: string; name: string };
  offerer: ActorSummary;
  needer: ActorSummary;
  score: number;
  reasons: Text[];
}

export interface Broker {
  rank: number;
  actor: ActorSummary;
  betweenness: number;
  reasons: Text[];
}

export interface Bridge {
  linkIds: string[];
  a: ActorSummary;
  b: ActorSummary;
  cutOff: number;
  reasons: Text[];
}

export interface GapReport {
  siloMatrix: SiloMatrix;
  isolatedActors: { total: number; actors: ActorGap[] };
  siloedActors: { total: number; actors: ActorGap[] };
  sectorGaps: { total: number; gaps: SectorGap[] };
  resourceMatches: {
    matchableNeeds: number;
    unmetNeeds: Array<{ resource: { id: string; name: string }; needers: ActorSummary[] }>;
    matches: ResourceMatch[];
  };
  brokers: { method: 'EXACT' | 'SAMPLED'; methodNote: Text; actors: Broker[]; bridges: Bridge[] };
}

export interface LinkSuggestion {
  actor: ActorSummary;
  score: number;
  reasons: Text[];
}

export interface Centrality {
  method: 'EXACT' | 'SAMPLED';
  scores: Array<{ actorId: string; betweenness: number }>;
}import { type ActorKind, type Silo } from '@maillage/schema/vocabulary';

