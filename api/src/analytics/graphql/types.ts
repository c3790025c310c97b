// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import type { ActorKind, CooperationKind, Provenance, ResourceKind, Silo } from '@maillage/schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ActorRef } from '../measures/actorRef.js';
import type { BetweennessMethod, Bridge, Broker, Brokers, Centrality } from '../measures/brokers.js';
import type { Communities, Community } from '../measures/communities.js';
import type { Coverage } from '../measures/coverage.js';
import type { LinkSuggestion } from '../measures/linkSuggestions.js';
import type { LinkChange, NetworkChanges } from '../measures/networkChanges.js';
import type { NetworkStats, YearStats } from '../measures/networkStats.js';
import type { ResourceMatch, ResourceMatches, UnmetNeed } from '../measures/resourceMatches.js';
import type { GapSeverity, SectorGap, SectorGaps } from '../measures/sectorGaps.js';
import type { ActorGap } from '../measures/siloedActors.js';
import type { SiloCell, SiloMatrix, SiloSummary } from '../measures/siloMatrix.js';
import type { Text } from '../texts.js';
import {
  ActorKindEnum, BetweennessMethodEnum, CooperationKindEnum, GapSeverityEnum, ProvenanceEnum, ResourceKindEnum, SiloEnum,
} from './enums.js';

// Each class mirrors a measure's result (`implements` keeps them in step); every field is described in French and
// in English, as the rest of the schema is. Types are given explicitly: decorator metadata is not emitted here.

@ObjectType({ description: 'Une phrase en français et en anglais, à afficher telle quelle. / A sentence in French and English, shown as is.' })
export class LocalizedText implements Text {
  @Field(() => String) fr!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: "Les liens d'une provenance. / The links of one provenance." })
export class ProvenanceShare {
  @Field(() => ProvenanceEnum) provenance!: Provenance;
  @Field(() => Int) links!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType({ description: "Jusqu'où un chiffre est fiable : la part des liens connue. / How far a figure can be trusted: how much of the cooperation is known." })
export class CoverageResult implements Coverage {
  @Field(() => String, { description: 'Un acteur compte comme revu depuis ce jour (AAAA-MM-JJ). / Reviewed on or after this day.' }) reviewedSince!: string;
  @Field(() => Int, { description: 'COVERAGE_MONTHS. / COVERAGE_MONTHS.' }) months!: number;
  @Field(() => Int) actors!: number;
  @Field(() => Int, { description: 'Acteurs ayant au moins un lien et revus depuis reviewedSince. / Actors with a link, reviewed since reviewedSince.' }) knownActors!: number;
  @Field(() => Float, { nullable: true, description: 'knownActors / actors.' }) knownShare!: number | null;
  @Field(() => Int) links!: number;
  @Field(() => Int, { description: 'Liens datés (since). / Links with a start date.' }) datedLinks!: number;
  @Field(() => Float, { nullable: true }) datedShare!: number | null;
  @Field(() => [ProvenanceShare], { description: 'Provenance des liens. / Where the links come from.' }) provenance!: Coverage['provenance'];
  @Field(() => Boolean, { description: 'Chiffre sensible aux liens manquants et couverture < 65 % : indicatif. / Sensitive figure under 65 % coverage: indicative.' })
  indicative!: boolean;
  @Field(() => LocalizedText, { description: 'La couverture, ou pourquoi le chiffre est indicatif. / The coverage, or why the figure is indicative.' }) note!: Text;
}

@ObjectType({ description: "Un acteur, tel qu'un résultat d'analyse le nomme. / An actor as an analytics result names it." })
export class ActorSummary implements ActorRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => SiloEnum) silo!: Silo;
  @Field(() => ActorKindEnum) kind!: ActorKind;
}

@ObjectType({ description: 'Une case de la matrice des silos. / One cell of the silo matrix.' })
export class SiloCellResult implements SiloCell {
  @Field(() => SiloEnum) from!: Silo;
  @Field(() => SiloEnum) to!: Silo;
  @Field(() => Int, { description: 'Liens de coopération entre les deux silos. / Cooperation links between the two silos.' }) links!: number;
  @Field(() => Int, { description: "Paires d'acteurs distinctes liées. / Distinct pairs of actors linked." }) linkedPairs!: number;
  @Field(() => Int, { description: 'Paires possibles. / Possible pairs.' }) possiblePairs!: number;
  @Field(() => Float, { nullable: true, description: 'Paires liées / paires possibles. / Linked over possible pairs.' }) density!: number | null;
}

@ObjectType({ description: "L'ouverture d'un silo. / How open one silo is." })
export class SiloSummaryResult implements SiloSummary {
  @Field(() => SiloEnum) silo!: Silo;
  @Field(() => Int) actors!: number;
  @Field(() => Int, { description: 'Liens internes au silo. / Links within the silo.' }) internalLinks!: number;
  @Field(() => Int, { description: 'Liens vers les autres silos. / Links to the other silos.' }) externalLinks!: number;
  @Field(() => Float, { nullable: true, description: 'Indice E-I : (externes − internes) / total, de −1 (fermé) à +1 (ouvert). / E-I index, −1 closed to +1 open.' })
  eiIndex!: number | null;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'La matrice 3×3 des liens entre silos. / The 3×3 matrix of links between silos.' })
export class SiloMatrixResult implements SiloMatrix {
  @Field(() => [SiloCellResult], { description: 'Les neuf cases, ligne par ligne. / The nine cells, row by row.' }) cells!: SiloCell[];
  @Field(() => [SiloSummaryResult]) silos!: SiloSummary[];
  @Field(() => Int) links!: number;
  @Field(() => Int) crossSiloLinks!: number;
  @Field(() => Float, { nullable: true, description: 'Part des liens entre silos. / Share of cross-silo links.' }) crossSiloShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Indice E-I global. / Overall E-I index.' }) eiIndex!: number | null;
  @Field(() => Float, { nullable: true, description: 'Indice E-I attendu si les liens ignoraient les silos. / Expected E-I index with links drawn at random.' })
  expectedEiIndex!: number | null;
  @Field(() => [LocalizedText]) reasons!: Text[];
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: 'Un acteur isolé ou cloisonné dans son silo. / An isolated or siloed actor.' })
export class ActorGapResult implements ActorGap {
  @Field(() => ActorSummary) actor!: ActorRef;
  @Field(() => Int, { description: 'Partenaires distincts dans la sélection. / Distinct partners in the selection.' }) partners!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: "Une liste d'acteurs, et combien il y en a en tout. / A list of actors, and how many there are in all." })
export class ActorGapList {
  @Field(() => Int) total!: number;
  @Field(() => [ActorGapResult]) actors!: ActorGap[];
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: 'Un secteur. / A sector.' })
export class SectorSummary {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
}

@ObjectType({ description: 'Un territoire. / A territory.' })
export class TerritorySummary {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "Le nombre d'acteurs d'un silo. / How many actors of one silo." })
export class SiloCount {
  @Field(() => SiloEnum) silo!: Silo;
  @Field(() => Int) actors!: number;
}

@ObjectType({ description: 'Un secteur (ou secteur × territoire) où les silos se côtoient sans coopérer. / A sector where silos meet but do not cooperate.' })
export class SectorGapResult implements SectorGap {
  @Field(() => SectorSummary) sector!: SectorGap['sector'];
  @Field(() => TerritorySummary, { nullable: true, description: 'Le territoire de la case, ou null pour tout le secteur. / The cell territory, or null.' })
  territory!: SectorGap['territory'];
  @Field(() => Int) actors!: number;
  @Field(() => [SiloCount]) silos!: SectorGap['silos'];
  @Field(() => Int) crossSiloLinkedPairs!: number;
  @Field(() => Int) possibleCrossSiloPairs!: number;
  @Field(() => Float) density!: number;
  @Field(() => Float, { description: 'Densité moyenne entre silos de la sélection. / The selection average.' }) averageDensity!: number;
  @Field(() => Float, { description: 'Liens entre silos manquants pour atteindre la moyenne. / Cross-silo links short of the average.' }) missingLinks!: number;
  @Field(() => GapSeverityEnum) severity!: GapSeverity;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Les manques par secteur. / Sector gaps.' })
export class SectorGapList implements SectorGaps {
  @Field(() => Int) total!: number;
  @Field(() => Float) averageDensity!: number;
  @Field(() => [SectorGapResult]) gaps!: SectorGap[];
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: 'Une ressource. / A resource.' })
export class ResourceSummary {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ResourceKindEnum) kind!: ResourceKind;
}

@ObjectType({ description: "Une offre qui répond à un besoin, entre acteurs qui ne se connaissent pas encore. / An offer that meets a need between actors not yet linked." })
export class ResourceMatchResult implements ResourceMatch {
  @Field(() => ResourceSummary) resource!: ResourceMatch['resource'];
  @Field(() => ActorSummary) offerer!: ActorRef;
  @Field(() => ActorSummary) needer!: ActorRef;
  @Field(() => Float) score!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: "Une ressource recherchée que personne n'offre dans la sélection. / A resource needed that nobody in the selection offers." })
export class UnmetNeedResult implements UnmetNeed {
  @Field(() => ResourceSummary) resource!: UnmetNeed['resource'];
  @Field(() => [ActorSummary]) needers!: ActorRef[];
}

@ObjectType({ description: 'Les rapprochements offre – besoin. / Offer–need matches.' })
export class ResourceMatchList implements ResourceMatches {
  @Field(() => [UnmetNeedResult], { description: "Besoins sans aucune offre dans la sélection, les plus demandés d'abord. / Needs with no offer in the selection." })
  unmetNeeds!: UnmetNeed[];
  @Field(() => Int, { description: "Besoins (un acteur, une ressource) qu'au moins une offre d'un acteur non relié pourrait satisfaire. / Needs some unconnected offer could meet." })
  matchableNeeds!: number;
  @Field(() => [ResourceMatchResult]) matches!: ResourceMatch[];
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: 'Un acteur passeur (intermédiarité). / A broker (betweenness).' })
export class BrokerResult implements Broker {
  @Field(() => ActorSummary) actor!: ActorRef;
  @Field(() => Int) rank!: number;
  @Field(() => Float, { description: 'Intermédiarité normalisée (0–1), comme networkx. / Normalised betweenness, as networkx.' }) betweenness!: number;
  @Field(() => Int) partners!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Un lien-pont : sans lui, le réseau se coupe. / A bridge: without it the network splits.' })
export class BridgeResult implements Bridge {
  @Field(() => [ID]) linkIds!: string[];
  @Field(() => ActorSummary) a!: ActorRef;
  @Field(() => ActorSummary) b!: ActorRef;
  @Field(() => Int, { description: 'Acteurs du plus petit côté. / Actors on the smaller side.' }) cutOff!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Passeurs et ponts. / Brokers and bridges.' })
export class BrokersResult implements Brokers {
  @Field(() => BetweennessMethodEnum) method!: BetweennessMethod;
  @Field(() => Int, { description: 'Acteurs pris comme sources. / Actors used as sources.' }) sources!: number;
  @Field(() => LocalizedText) methodNote!: Text;
  @Field(() => [BrokerResult]) actors!: Broker[];
  @Field(() => [BridgeResult]) bridges!: Bridge[];
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: "L'intermédiarité d'un acteur. / One actor's betweenness." })
export class ActorScore {
  @Field(() => ID) actorId!: string;
  @Field(() => Float) betweenness!: number;
}

@ObjectType({ description: 'Intermédiarité de tous les acteurs, pour dimensionner les nœuds. / Every actor’s betweenness, to size nodes by.' })
export class CentralityResult implements Centrality {
  @Field(() => BetweennessMethodEnum) method!: BetweennessMethod;
  @Field(() => Int) sources!: number;
  @Field(() => LocalizedText) methodNote!: Text;
  @Field(() => [ActorScore], { description: 'Les acteurs au-dessus de 0 ; les autres valent 0. / Actors above 0; the others are 0.' })
  scores!: Centrality['scores'];
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: 'Une communauté (Louvain). / A Louvain community.' })
export class CommunityResult implements Community {
  @Field(() => Int) id!: number;
  @Field(() => Int) size!: number;
  @Field(() => [ID]) actorIds!: string[];
  @Field(() => [SiloCount]) silos!: Community['silos'];
  @Field(() => Float, { description: 'Mélange des silos, 0 (un seul) à 1 (trois parts égales). / Silo mix, 0 to 1.' }) siloMix!: number;
  @Field(() => Int) internalLinks!: number;
  @Field(() => Int) crossSiloInternalLinks!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Les communautés du réseau. / The network communities.' })
export class CommunitiesResult implements Communities {
  @Field(() => Int) count!: number;
  @Field(() => Float) modularity!: number;
  @Field(() => Float) resolution!: number;
  @Field(() => [CommunityResult]) communities!: Community[];
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: 'Une coopération à proposer. / A cooperation to propose.' })
export class LinkSuggestionResult implements LinkSuggestion {
  @Field(() => ActorSummary) actor!: ActorRef;
  @Field(() => Float) score!: number;
  @Field(() => Float) adamicAdar!: number;
  @Field(() => Int) commonPartners!: number;
  @Field(() => Int) resourceFits!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

// The fields both statistics types share: decorated so that they inherit them, never in the schema itself (no
// query returns it, and type-graphql leaves orphaned types out).
@ObjectType({ description: 'Statistiques du réseau. / Network statistics.' })
abstract class StatsFields implements NetworkStats {
  @Field(() => Int) actors!: number;
  @Field(() => Int) links!: number;
  @Field(() => Int) linkedPairs!: number;
  @Field(() => Float) density!: number;
  @Field(() => Int, { description: 'Composantes connexes (acteurs isolés compris). / Connected components, isolates included.' }) components!: number;
  @Field(() => Int) largestComponent!: number;
  @Field(() => Int) isolatedActors!: number;
  @Field(() => Float, { description: 'Coefficient de clustering moyen (networkx). / Average clustering.' }) averageClustering!: number;
  @Field(() => Int) crossSiloLinks!: number;
  @Field(() => Float, { nullable: true }) crossSiloShare!: number | null;
}

@ObjectType({ description: 'Statistiques du réseau. / Network statistics.' })
export class NetworkStatsResult extends StatsFields {
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}

@ObjectType({ description: "Les statistiques d'une année. / One year's statistics." })
export class YearStatsResult extends StatsFields implements YearStats {
  @Field(() => Int) year!: number;
  @Field(() => String, { description: 'Le jour retenu (AAAA-MM-JJ). / The day taken (YYYY-MM-DD).' }) asOf!: string;
}

@ObjectType({ description: 'Un lien gagné ou perdu. / A link gained or lost.' })
export class LinkChangeResult implements LinkChange {
  @Field(() => ID) id!: string;
  @Field(() => CooperationKindEnum) kind!: CooperationKind;
  @Field(() => ActorSummary) a!: ActorRef;
  @Field(() => ActorSummary) b!: ActorRef;
  @Field(() => Boolean) crossSilo!: boolean;
}

@ObjectType({ description: "Ce qui a changé entre deux dates. / What changed between two dates." })
export class NetworkChangesResult implements NetworkChanges {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => [LinkChangeResult]) linksGained!: LinkChange[];
  @Field(() => [LinkChangeResult]) linksLost!: LinkChange[];
  @Field(() => Int) crossSiloLinksGained!: number;
  @Field(() => Int) crossSiloLinksLost!: number;
  @Field(() => [ActorSummary]) becameIsolated!: ActorRef[];
  @Field(() => [ActorSummary]) noLongerIsolated!: ActorRef[];
  @Field(() => [ActorSummary]) becameSiloed!: ActorRef[];
  @Field(() => [ActorSummary]) noLongerSiloed!: ActorRef[];
  @Field(() => SiloMatrixResult) before!: SiloMatrix;
  @Field(() => SiloMatrixResult) after!: SiloMatrix;
  @Field(() => CoverageResult, { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' }) coverage!: Coverage;
}
