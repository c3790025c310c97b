// type-graphql's decorators read Reflect's metadata API as soon as this module is evaluated.
import 'reflect-metadata';
import type { NetworkFilter } from '@maillage/schema/network-filter';
import { scalars } from '@neo4j/graphql';
import { sdlInputType } from '../../graphql/sdlInputs.js';
import { ActorKindEnum, CooperationKindEnum, PtceRoleEnum, SiloEnum } from './enums.js';

/** The API's own Date scalar, so that `asOf` reads and checks dates as every other date field does. */
export const DateScalar = scalars.GraphQLDate;

/** The SDL's `input NetworkFilter` (schema/handwritten/network-filter.graphql), for the analytics queries. */
export const NetworkFilterInput = sdlInputType<NetworkFilter>('NetworkFilter', {
  Silo: SiloEnum, ActorKind: ActorKindEnum, PtceRole: PtceRoleEnum, CooperationKind: CooperationKindEnum, Date: DateScalar,
});
export type NetworkFilterInput = NetworkFilter;
