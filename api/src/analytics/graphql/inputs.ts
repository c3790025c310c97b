// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import type { ActorKind, CooperationKind, PtceRole, Silo } from '@maillage/schema';
import { scalars } from '@neo4j/graphql';
import { Field, ID, InputType } from 'type-graphql';
import type { NetworkFilter } from '../network/filter.js';
import { ActorKindEnum, CooperationKindEnum, PtceRoleEnum, SiloEnum } from './enums.js';

/** The API's own Date scalar, so that `asOf` reads and checks dates as every other date field does. */
export const DateScalar = scalars.GraphQLDate;

@InputType('NetworkFilter', {
  description: "Le filtre de l'explorateur : quels acteurs et quels liens analyser. Un champ absent garde tout. / The explorer's filter; an absent field keeps everything.",
})
export class NetworkFilterInput {
  @Field(() => ID, { nullable: true, description: 'Territoire à tout niveau (commune:24037, epci:200070647…), ses parties comprises. / A territory at any level, its parts included.' })
  territory?: string | null;

  @Field(() => ID, { nullable: true, description: 'Secteur, ses sous-secteurs compris. / A sector, its sub-sectors included.' })
  sector?: string | null;

  @Field(() => [SiloEnum], { nullable: true }) silos?: Silo[] | null;
  @Field(() => [ActorKindEnum], { nullable: true }) kinds?: ActorKind[] | null;
  @Field(() => [PtceRoleEnum], { nullable: true }) ptceRoles?: PtceRole[] | null;
  @Field(() => [CooperationKindEnum], { nullable: true }) linkKinds?: CooperationKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Le réseau tel qu’il était ce jour-là (liens actifs : since ≤ jour ≤ until). / The network as it stood that day.' })
  asOf?: { toString(): string } | null;
}

/** The GraphQL input as the measures take it: dates as `YYYY-MM-DD`, unset lists left out. */
export function toNetworkFilter(input: NetworkFilterInput | null | undefined): NetworkFilter {
  if (!input) return {};
  const filter: NetworkFilter = {};
  if (input.territory) filter.territory = input.territory;
  if (input.sector) filter.sector = input.sector;
  if (input.silos) filter.silos = input.silos;
  if (input.kinds) filter.kinds = input.kinds;
  if (input.ptceRoles) filter.ptceRoles = input.ptceRoles;
  if (input.linkKinds) filter.linkKinds = input.linkKinds;
  if (input.asOf) filter.asOf = String(input.asOf);
  return filter;
}
