import { RESOURCE_KINDS_DESCRIBED, type CooperationKind } from '@maillage/schema/vocabulary';
import type { Translator } from '../core/i18n/catalogue.js';
import type { WorkshopEntryFieldsFragment } from '../generated/graphql.js';

/** An entry in words, for the lists of the phone and the console. */
export function entryText(i18n: Translator, entry: WorkshopEntryFieldsFragment): string {
  const from = entry.fromName ?? entry.from ?? '?';
  switch (entry.kind) {
    case 'ORGANISATION':
      return i18n.t('workshop.entryOrganisation', { name: `${entry.name ?? ''}${entry.silo ? ` (${i18n.silo(entry.silo)})` : ''}` });
    case 'LINK':
      return i18n.t('workshop.entryLink', { from, to: entry.toName ?? entry.to ?? '?', kind: i18n.linkKind((entry.linkKind ?? 'PARTNERSHIP') as CooperationKind) });
    default: {
      const kind = entry.resourceKind ? ` — ${RESOURCE_KINDS_DESCRIBED[entry.resourceKind][i18n.lang]}` : '';
      return i18n.t(entry.kind === 'OFFER' ? 'workshop.entryOffer' : 'workshop.entryNeed', { from, name: `${entry.name ?? ''}${kind}` });
    }
  }
}
