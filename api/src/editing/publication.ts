import type { ManagedTransaction } from 'neo4j-driver';
import { PUBLICATION_SCOPE } from '@maillage/schema';
import { EditError } from './errors.js';
import { today, toDate } from './dates.js';

/** The input fields through which an animator records or withdraws a person's consent to be published. */
export const PUBLICATION_FIELDS = {
  purpose: 'publicationConsentPurpose',
  source: 'publicationConsentSource',
  givenAt: 'publicationConsentGivenAt',
  withdrawn: 'publicationConsentWithdrawn',
} as const;

/** The journal's name for "a consent to publication stands", beside the actor's own properties. */
export const PUBLICATION_SNAPSHOT_FIELD = 'publicationConsent';

export type PublicationIntent =
  | { action: 'record'; purpose: string; source: string; givenAt: unknown }
  | { action: 'withdraw' }
  | null;

const MAX_TEXT = 500;

function text(input: Record<string, unknown>, field: string, where: string): string {
  const value = typeof input[field] === 'string' ? (input[field] as string).trim() : '';
  if (!value) throw new EditError('CONSENT_REQUIRED', field, where);
  if (value.length > MAX_TEXT) throw new EditError('TOO_LONG', field, where);
  return value;
}

/** What the input asks of the publication consent, checked: the purpose and where the person agreed go together. */
export function publicationIntent(input: Record<string, unknown>, where: string): PublicationIntent {
  const recording = input[PUBLICATION_FIELDS.purpose] != null || input[PUBLICATION_FIELDS.source] != null;
  const withdrawing = input[PUBLICATION_FIELDS.withdrawn] === true;
  if (recording && withdrawing) throw new EditError('CONSENT_CONFLICT', PUBLICATION_FIELDS.withdrawn, where);
  if (withdrawing) return { action: 'withdraw' };
  if (!recording) return null;
  const givenAt = input[PUBLICATION_FIELDS.givenAt];
  return {
    action: 'record',
    purpose: text(input, PUBLICATION_FIELDS.purpose, where),
    source: text(input, PUBLICATION_FIELDS.source, where),
    givenAt: givenAt == null ? today() : toDate({ where }, PUBLICATION_FIELDS.givenAt, givenAt),
  };
}

/** Whether a consent stands once the intent is applied. */
export function consentAfter(intent: PublicationIntent, before: boolean): boolean {
  return intent === null ? before : intent.action === 'record';
}

/**
 * Records the consent (one `:Consent` of scope publication, with its purpose, date and source), or withdraws the
 * standing ones: they stay on record, reached by `WITHDREW` instead of `CONSENTED`, so that the access rule no
 * longer sees them and the right of access still shows them.
 */
export async function writePublicationConsent(tx: ManagedTransaction, id: string, intent: Exclude<PublicationIntent, null>, by: string): Promise<void> {
  if (intent.action === 'record') {
    await tx.run(
      `MATCH (n:Actor {id: $id})
       CREATE (n)-[:CONSENTED]->(:Consent {scope: $scope, purpose: $purpose, givenAt: $givenAt, source: $source, recordedBy: $by, recordedAt: datetime()})`,
      { id, scope: PUBLICATION_SCOPE, purpose: intent.purpose, givenAt: intent.givenAt, source: intent.source, by },
    );
    return;
  }
  await tx.run(
    `MATCH (n:Actor {id: $id})-[r:CONSENTED]->(c:Consent {scope: $scope})
     CREATE (n)-[:WITHDREW]->(c)
     SET c.withdrawnAt = datetime(), c.withdrawnBy = $by
     DELETE r`,
    { id, scope: PUBLICATION_SCOPE, by },
  );
}
