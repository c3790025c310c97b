import { type ActorKind, type CooperationKind, type Silo } from '@maillage/schema/vocabulary';
import type { DeclarationInput } from '@maillage/schema';

export interface DeclarationDraft {
  name: string;
  silo: Silo;
  kind: ActorKind;
  description: string;
  website: string;
  territoryId: string;
  offers: string[];
  needs: string[];
  links: { partnerId: string; kind: CooperationKind }[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  consentToPublish: boolean;
  consentToContact: boolean;
  submitterEmail: string;
  /** The robots' trap: a field people never see. */
  homepage: string;
}

export const EMPTY_DECLARATION: DeclarationDraft = {
  name: '', silo: 'POPULATION', kind: 'ASSOCIATION', description: '', website: '', territoryId: '', offers: [], needs: [], links: [],
  contactName: '', contactEmail: '', contactPhone: '', consentToPublish: false, consentToContact: false, submitterEmail: '', homepage: '',
};

/** What `declare` expects: empty fields left out, lists as the API names them. */
export function toDeclarationInput(draft: DeclarationDraft): DeclarationInput {
  const text = (value: string): string | undefined => value.trim() || undefined;
  const actor = Object.fromEntries(Object.entries({
    name: draft.name.trim(), silo: draft.silo, kind: draft.kind, description: text(draft.description), website: text(draft.website),
    territoryIds: draft.territoryId ? [draft.territoryId] : undefined,
    offers: draft.offers.length ? draft.offers.map((resourceId) => ({ resourceId })) : undefined,
    needs: draft.needs.length ? draft.needs.map((resourceId) => ({ resourceId })) : undefined,
    contactName: text(draft.contactName), contactEmail: text(draft.contactEmail), contactPhone: text(draft.contactPhone),
  }).filter(([, value]) => value !== undefined));
  return {
    actor,
    links: draft.links.filter((link) => link.partnerId),
    consentToPublish: draft.consentToPublish,
    consentToContact: draft.consentToContact,
    submitterEmail: draft.submitterEmail.trim(),
    ...(draft.homepage ? { homepage: draft.homepage } : {}),
  };
}
