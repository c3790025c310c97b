import { randomUUID } from 'node:crypto';
import type { DeclarationInput } from '@maillage/schema';
import type { Driver } from 'neo4j-driver';
import { EditError } from '../editing/index.js';
import { checkProperties } from '../editing/nodes.js';
import { ACTOR, CONTACT_FIELDS } from '../editing/specs.js';
import { plain } from '../db/values.js';

/** What a declaration may hold at most: a form filled by hand never comes near; a flood does. */
export const DECLARATION_LIMITS = { characters: 20_000, links: 20, resources: 20 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const where = 'declare';

/** Checks a declaration as `saveActor` would, plus consent and size; throws the first problem found. */
export function checkDeclaration(input: DeclarationInput): void {
  if (JSON.stringify(input).length > DECLARATION_LIMITS.characters) throw new EditError('TOO_LONG', 'input', where);
  if ((input.links?.length ?? 0) > DECLARATION_LIMITS.links) throw new EditError('TOO_LONG', 'links', where);
  for (const field of ['offers', 'needs', 'sectorIds', 'territoryIds'] as const) {
    if ((input.actor[field]?.length ?? 0) > DECLARATION_LIMITS.resources) throw new EditError('TOO_LONG', `actor.${field}`, where);
  }
  if (!input.consentToPublish) throw new EditError('CONSENT_REQUIRED', 'consentToPublish', where);
  if (CONTACT_FIELDS.some((field) => input.actor[field]) && !input.consentToContact) throw new EditError('CONSENT_REQUIRED', 'consentToContact', where);
  if (!EMAIL.test(input.submitterEmail.trim())) throw new EditError('BAD_EMAIL', 'submitterEmail', where);
  const actor = ACTOR.prepare ? ACTOR.prepare({ ...input.actor }) : { ...input.actor };
  checkProperties({ ...ACTOR, where }, actor, false);
}

/** Stores a proposal for moderation; nothing of it reaches the graph until an animator accepts it. */
export async function storeProposal(driver: Driver, database: string, input: DeclarationInput): Promise<string> {
  const id = randomUUID();
  const { id: _ignored, ...actor } = input.actor;
  const declaration = { actor, links: input.links ?? [] };
  await driver.executeQuery(
    `CREATE (:Proposal {id: $id, status: 'PENDING', submittedAt: datetime(), name: $name, declaration: $declaration,
       submitterEmail: $email, consentToPublish: true, consentToContact: $contact})`,
    { id, name: String(actor.name ?? '').trim(), declaration: JSON.stringify(plain(declaration)), email: input.submitterEmail.trim().toLowerCase(), contact: input.consentToContact === true },
    { database },
  );
  return id;
}
