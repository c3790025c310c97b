// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import type { ActorKind, CooperationKind, Provenance, PtceRole, Silo, TerritoryLevel } from '@maillage/schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ProjectedActor, ProjectedLink, ProjectedSector, ProjectedTerritory } from '../projection/types.js';
import { ActorKindEnum, CooperationKindEnum, ProvenanceEnum, PtceRoleEnum, SiloEnum, TerritoryLevelEnum } from './enums.js';
import { DateScalar } from './inputs.js';

// The whole selected network in one compact answer: each link once, relationships as ids, names listed once.
// Public fields only, as the projection holds no contact detail.


@ObjectType({ description: 'Une position WGS 84. / A WGS 84 location.' })
export class NetworkLocation {
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}

@ObjectType({ description: "Un acteur du réseau, ses relations en identifiants. / A network actor, its relationships as ids." })
export class NetworkActor implements Omit<ProjectedActor, 'sectors' | 'territories' | 'offers' | 'needs' | 'updatedOn'> {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => SiloEnum) silo!: Silo;
  @Field(() => ActorKindEnum) kind!: ActorKind;
  @Field(() => PtceRoleEnum) ptceRole!: PtceRole;
  @Field(() => Boolean) essMember!: boolean;
  @Field(() => Boolean) fictional!: boolean;
  @Field(() => Boolean, { description: "Visible du public : une organisation, ou une personne qui a consenti. / Shown to the public: an organisation, or a person who consented." })
  published!: boolean;
  @Field(() => NetworkLocation, { nullable: true }) location!: ProjectedActor['location'];
  @Field(() => [ID], { description: 'Secteurs (ACTIVE_IN). / Sectors.' }) sectorIds!: string[];
  @Field(() => [ID], { description: "Territoires d'implantation (LOCATED_IN). / Territories." }) territoryIds!: string[];
}

@ObjectType({ description: 'Un lien de coopération, une seule fois (non orienté). / A cooperation link, once (undirected).' })
export class NetworkLink implements Omit<ProjectedLink, 'updatedOn'> {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => CooperationKindEnum) kind!: CooperationKind;
  @Field(() => DateScalar, { nullable: true }) since!: string | null;
  @Field(() => DateScalar, { nullable: true }) until!: string | null;
  @Field(() => Int, { nullable: true }) intensity!: number | null;
  @Field(() => ProvenanceEnum) provenance!: Provenance;
}

@ObjectType({ description: 'Un secteur et son parent. / A sector and its parent.' })
export class NetworkSector implements ProjectedSector {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => ID, { nullable: true }) parent!: string | null;
}

@ObjectType({ description: 'Un territoire et ceux dont il fait partie. / A territory and those it is part of.' })
export class NetworkTerritory implements ProjectedTerritory {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => TerritoryLevelEnum) level!: TerritoryLevel;
  @Field(() => [ID]) partOf!: string[];
}

@ObjectType({
  description: "Où dessiner chaque acteur (ForceAtlas2, calculé une fois par version du graphe et filtre), dans l'ordre de `actors`, en pixels au zoom 1 (le lien médian mesure 140 ou plus, les acteurs ne se chevauchent pas) ; les acteurs isolés à part, dessous. / Where to draw each actor (ForceAtlas2, computed once per graph version and filter), in `actors` order, in pixels at zoom 1 (the median link 140 or longer, actors not overlapping); isolated actors apart, below.",
})
export class NetworkLayoutResult {
  @Field(() => [Int]) x!: number[];
  @Field(() => [Int]) y!: number[];
}

@ObjectType({ description: 'Le réseau sélectionné, compact. / The selected network, compact.' })
export class NetworkResult {
  @Field(() => [NetworkActor]) actors!: NetworkActor[];
  @Field(() => [NetworkLink]) links!: NetworkLink[];
  @Field(() => [NetworkSector], { description: 'Tous les secteurs. / Every sector.' }) sectors!: NetworkSector[];
  @Field(() => [NetworkTerritory], { description: 'Tous les territoires. / Every territory.' }) territories!: NetworkTerritory[];
  @Field(() => NetworkLayoutResult, { nullable: true, description: 'La disposition calculée par le serveur, si demandée. / The layout computed by the server, when asked for.' })
  layout!: NetworkLayoutResult | null;
}
