import {
  ACTOR_KINDS, COOPERATION_KINDS, PROVENANCES, PTCE_ROLES, RESOURCE_KINDS, SILOS, TERRITORY_LEVELS,
} from '@maillage/schema/vocabulary';
import { registerEnumType } from 'type-graphql';
import type { BetweennessMethod } from '../measures/brokers.js';
import type { GapSeverity } from '../measures/sectorGaps.js';

// The domain's enums come from the SDL (through the generated vocabulary): these objects only give their values to
// type-graphql, under the same names, so that the merged schema has one of each.
const values = <T extends string>(items: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(items.map((item) => [item, item])) as { [K in T]: K };

export const SiloEnum = values(SILOS);
export const ActorKindEnum = values(ACTOR_KINDS);
export const PtceRoleEnum = values(PTCE_ROLES);
export const CooperationKindEnum = values(COOPERATION_KINDS);
export const ResourceKindEnum = values(RESOURCE_KINDS);
export const ProvenanceEnum = values(PROVENANCES);
export const TerritoryLevelEnum = values(TERRITORY_LEVELS);
export const GapSeverityEnum = values<GapSeverity>(['ABSENT', 'LOW']);
export const BetweennessMethodEnum = values<BetweennessMethod>(['EXACT', 'SAMPLED']);

registerEnumType(SiloEnum, { name: 'Silo' });
registerEnumType(ActorKindEnum, { name: 'ActorKind' });
registerEnumType(PtceRoleEnum, { name: 'PtceRole' });
registerEnumType(CooperationKindEnum, { name: 'CooperationKind' });
registerEnumType(ResourceKindEnum, { name: 'ResourceKind' });
registerEnumType(ProvenanceEnum, { name: 'Provenance' });
registerEnumType(TerritoryLevelEnum, { name: 'TerritoryLevel' });
registerEnumType(GapSeverityEnum, {
  name: 'GapSeverity',
  description: "Gravité d'un manque : ABSENT (aucun lien entre silos), LOW (loin sous la moyenne). / How severe a gap is.",
});
registerEnumType(BetweennessMethodEnum, {
  name: 'BetweennessMethod',
  description: "Calcul de l'intermédiarité : EXACT, ou SAMPLED (estimée sur un échantillon de sources). / How betweenness was computed.",
});
