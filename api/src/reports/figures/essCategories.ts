import type { ActorKind } from '@maillage/schema';
import type { ProjectedActor } from '../../analytics/projection/types.js';

/**
 * The members a PTCE gathers, in the words of the loi ESS of 31 July 2014, art. 9: social and solidarity economy
 * enterprises, other companies, local governments and their groupings, research and training bodies, and any
 * other natural or legal person.
 */
export const ESS_CATEGORIES = ['ESS', 'COMPANY', 'LOCAL_GOVERNMENT', 'RESEARCH_TRAINING', 'OTHER'] as const;
export type EssCategory = (typeof ESS_CATEGORIES)[number];

const BY_KIND: Readonly<Record<ActorKind, EssCategory>> = {
  // ESS by their statute (art. 1, II, 1°).
  ASSOCIATION: 'ESS',
  COOPERATIVE: 'ESS',
  FOUNDATION: 'ESS',
  COMPANY: 'COMPANY',
  INSERTION: 'COMPANY',
  COLLECTIVITE: 'LOCAL_GOVERNMENT',
  EPCI: 'LOCAL_GOVERNMENT',
  RESEARCH: 'RESEARCH_TRAINING',
  TRAINING: 'RESEARCH_TRAINING',
  STATE_SERVICE: 'OTHER',
  PUBLIC_AGENCY: 'OTHER',
  CITIZEN_COLLECTIVE: 'OTHER',
  NETWORK: 'OTHER',
  PERSON: 'OTHER',
};

/** An actor's art. 9 category: its kind, except that a recorded ESS membership (an ESUS company…) makes it ESS. */
export function essCategory(actor: Pick<ProjectedActor, 'kind' | 'essMember'>): EssCategory {
  if (actor.essMember && actor.kind !== 'PERSON') return 'ESS';
  return BY_KIND[actor.kind];
}
