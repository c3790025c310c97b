import type { ActorKind, CooperationKind, PtceRole, ResourceKind, Silo } from '@maillage/schema';
import { registerEnumType } from 'type-graphql';
import type { BetweennessMethod } from '../measures/brokers.js';
import type { GapSeverity } from '../measures/sectorGaps.js';

// The domain's enums come from the SDL (through the generated types): these objects only list their values for
// type-graphql, under the same names, so the merged schema has one of each. `satisfies` keeps them in step.
const values = <T extends string>(...items: T[]): { [K in T]: K } =>
  Object.fromEntries(items.map((item) => [item, item])) as { [K in T]: K };

export const SiloEnum = values<Silo>('PUBLIC', 'PRIVATE', 'POPULATION') satisfies Record<Silo, Silo>;
export const ActorKindEnum = values<ActorKind>(
  'COLLECTIVITE', 'EPCI', 'STATE_SERVICE', 'PUBLIC_AGENCY', 'ASSOCIATION', 'COOPERATIVE', 'COMPANY', 'INSERTION',
  'RESEARCH', 'TRAINING', 'CITIZEN_COLLECTIVE', 'NETWORK', 'FOUNDATION', 'PERSON',
) satisfies Record<ActorKind, ActorKind>;
export const PtceRoleEnum = values<PtceRole>('ADHERENT', 'ALLIE', 'PARTENAIRE', 'NONE') satisfies Record<PtceRole, PtceRole>;
export const CooperationKindEnum = values<CooperationKind>(
  'PARTNERSHIP', 'MUTUALISATION', 'FUNDING', 'SUPPLY', 'MEMBERSHIP', 'CO_PROJECT', 'KNOWLEDGE_SHARING',
) satisfies Record<CooperationKind, CooperationKind>;
export const ResourceKindEnum = values<ResourceKind>(
  'HUMAN', 'CULTURAL', 'NATURAL', 'HERITAGE', 'ECONOMIC', 'MATERIAL', 'KNOWLEDGE',
) satisfies Record<ResourceKind, ResourceKind>;
export const GapSeverityEnum = values<GapSeverity>('ABSENT', 'LOW');
export const BetweennessMethodEnum = values<BetweennessMethod>('EXACT', 'SAMPLED');

registerEnumType(SiloEnum, { name: 'Silo' });
registerEnumType(ActorKindEnum, { name: 'ActorKind' });
registerEnumType(PtceRoleEnum, { name: 'PtceRole' });
registerEnumType(CooperationKindEnum, { name: 'CooperationKind' });
registerEnumType(ResourceKindEnum, { name: 'ResourceKind' });
registerEnumType(GapSeverityEnum, {
  name: 'GapSeverity',
  description: "Gravité d'un manque : ABSENT (aucun lien entre silos), LOW (loin sous la moyenne). / How severe a gap is.",
});
registerEnumType(BetweennessMethodEnum, {
  name: 'BetweennessMethod',
  description: "Calcul de l'intermédiarité : EXACT, ou SAMPLED (estimée sur un échantillon de sources). / How betweenness was computed.",
});
