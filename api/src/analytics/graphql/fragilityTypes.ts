// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import type { Silo } from '@maillage/schema';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ActorRef } from '../measures/actorRef.js';
import type { BetweennessMethod, Bridge } from '../measures/brokers.js';
import type { Coverage } from '../measures/coverage.js';
import type { CoreLevel, Cores, CutPointItem, Fragility, HoleItem, Mixing, MixingGroup } from '../measures/fragility.js';
import type { SiloMatrix } from '../measures/siloMatrix.js';
import type { NetworkShape, Riser, SiloAccessLoss, WhatIf } from '../measures/whatIf.js';
import type { Text } from '../texts.js';
import { BetweennessMethodEnum, SiloEnum } from './enums.js';
import { ActorSummary, BridgeResult, CoverageResult, LocalizedText, SiloMatrixResult } from './types.js';

export const MixingGroupEnum = { SILO: 'SILO', KIND: 'KIND' } as const satisfies Record<MixingGroup, MixingGroup>;
registerEnumType(MixingGroupEnum, { name: 'MixingGroup', description: "Le regroupement mesuré : par silo ou par nature d'acteur. / Grouped by silo or by kind." });

const COVERAGE = { description: 'La couverture des données sous ce chiffre. / The data coverage under this figure.' } as const;

@ObjectType({ description: "Un point d'articulation : un acteur dont le départ couperait le réseau. / A cut point." })
export class CutPointResult implements CutPointItem {
  @Field(() => ActorSummary) actor!: ActorRef;
  @Field(() => Int, { description: 'Acteurs coupés du reste sans lui. / Actors cut off without it.' }) cutOff!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: "Trous structuraux (Burt) autour d'un acteur. / Structural holes around one actor." })
export class StructuralHoleResult implements HoleItem {
  @Field(() => ActorSummary) actor!: ActorRef;
  @Field(() => Int) partners!: number;
  @Field(() => Float, { description: "Contrainte de Burt (networkx) : près de 1, partenaires tous liés entre eux. / Burt's constraint." }) constraint!: number;
  @Field(() => Float, { description: 'Taille effective : partenaires moins leur redondance. / Effective size.' }) effectiveSize!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Le mélange des liens entre groupes, comparé au hasard. / How links mix groups, against chance.' })
export class MixingResult implements Mixing {
  @Field(() => MixingGroupEnum) by!: MixingGroup;
  @Field(() => Float, { nullable: true, description: "Assortativité de Newman (networkx), de −1 à +1. / Newman's assortativity." }) coefficient!: number | null;
  @Field(() => Float, { nullable: true, description: 'Part des liens entre pareils. / Share of links within a group.' }) withinShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'La même part pour des liens au hasard. / The same share for random links.' }) expectedWithinShare!: number | null;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Un niveau de k-cœur. / One k-core level.' })
export class CoreLevelResult implements CoreLevel {
  @Field(() => Int) k!: number;
  @Field(() => Int, { description: 'Acteurs de nombre de cœur ≥ k. / Actors with core number ≥ k.' }) actors!: number;
}

@ObjectType({ description: "Le nombre de cœur d'un acteur. / One actor's core number." })
export class ActorCore {
  @Field(() => ID) actorId!: string;
  @Field(() => Int, { description: 'Le plus grand k tel que l’acteur est dans le k-cœur. / The largest k whose k-core holds the actor.' }) core!: number;
}

@ObjectType({ description: 'Les k-cœurs du réseau. / The k-cores.' })
export class CoresResult implements Cores {
  @Field(() => Int) maxCore!: number;
  @Field(() => [CoreLevelResult]) levels!: CoreLevel[];
  @Field(() => [ActorSummary], { description: 'Les acteurs du cœur le plus dense. / The innermost core.' }) innermost!: ActorRef[];
  @Field(() => [ActorCore], { description: 'Le nombre de cœur de chaque acteur lié (les autres : 0). / Each linked actor’s core number.' }) numbers!: Cores['numbers'];
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Où la coopération est fragile, et comment elle tient. / Where cooperation is fragile.' })
export class FragilityResult implements Fragility {
  @Field(() => Int) cutPointCount!: number;
  @Field(() => [CutPointResult]) cutPoints!: CutPointItem[];
  @Field(() => Int) bridgeCount!: number;
  @Field(() => [BridgeResult]) bridges!: Bridge[];
  @Field(() => [StructuralHoleResult], { description: 'Par taille effective décroissante. / By effective size.' }) structuralHoles!: HoleItem[];
  @Field(() => [MixingResult]) mixing!: Mixing[];
  @Field(() => CoresResult) cores!: Cores;
  @Field(() => CoverageResult, COVERAGE) coverage!: Coverage;
}

@ObjectType({ description: "La forme du réseau, avant ou après un départ. / The network's shape." })
export class NetworkShapeResult implements NetworkShape {
  @Field(() => Int) actors!: number;
  @Field(() => Int) links!: number;
  @Field(() => Int) crossSiloLinks!: number;
  @Field(() => Float, { nullable: true }) eiIndex!: number | null;
  @Field(() => Int) components!: number;
  @Field(() => Int) largestComponent!: number;
}

@ObjectType({ description: "Un acteur qui perdrait son seul partenaire d'un silo. / An actor losing its only partner in a silo." })
export class SiloAccessLossResult implements SiloAccessLoss {
  @Field(() => ActorSummary) actor!: ActorRef;
  @Field(() => SiloEnum) silo!: Silo;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Un acteur dont l’intermédiarité monterait. / An actor whose betweenness would rise.' })
export class RiserResult implements Riser {
  @Field(() => ActorSummary) actor!: ActorRef;
  @Field(() => Float) before!: number;
  @Field(() => Float) after!: number;
  @Field(() => [LocalizedText]) reasons!: Text[];
}

@ObjectType({ description: 'Et si ces acteurs partaient ? / What if these actors left?' })
export class WhatIfResult implements WhatIf {
  @Field(() => [ActorSummary]) removed!: ActorRef[];
  @Field(() => NetworkShapeResult) before!: NetworkShape;
  @Field(() => NetworkShapeResult) after!: NetworkShape;
  @Field(() => [ActorSummary], { description: 'Coupés du reste. / Cut off from the rest.' }) cutOff!: ActorRef[];
  @Field(() => [ID], { description: 'Les liens qui disparaîtraient. / The links that would go.' }) lostLinkIds!: string[];
  @Field(() => Int) lostCrossSiloLinks!: number;
  @Field(() => [SiloAccessLossResult]) siloAccessLost!: SiloAccessLoss[];
  @Field(() => SiloMatrixResult, { description: "La matrice des silos après. / The silo matrix after." }) siloMatrixAfter!: SiloMatrix;
  @Field(() => [RiserResult], { description: 'Qui devrait prendre le relais. / Who would have to take over.' }) risers!: Riser[];
  @Field(() => BetweennessMethodEnum) method!: BetweennessMethod;
  @Field(() => [LocalizedText]) reasons!: Text[];
  @Field(() => CoverageResult, COVERAGE) coverage!: Coverage;
}
