import { bumpGraphVersion, PUBLICATION_SCOPE, type ActorInput, type ProposalStatus } from '@maillage/schema';
import { int, type Driver } from 'neo4j-driver';
import { applyEdit, EditError, type EditOutcome } from '../editing/index.js';
import { CONTACT_FIELDS } from '../editing/specs.js';
import { plain } from '../db/values.js';

export interface ProposalRecord {
  id: string;
  status: ProposalStatus;
  submittedAt: string;
  name: string;
  declaration: string;
  submitterEmail: string;
  consentToContact: boolean;
  decidedAt: string | null;
  decidedBy: string | null;
  actorId: string | null;
  reason: string | null;
}

interface Declaration {
  actor: Record<string, unknown>;
  links: { partnerId: string; kind: string; since?: string | null; note?: string | null }[];
}

const FIELDS = `p.id AS id, p.status AS status, p.submittedAt AS submittedAt, p.name AS name, p.declaration AS declaration,
  p.submitterEmail AS submitterEmail, p.consentToContact AS consentToContact, p.decidedAt AS decidedAt, p.decidedBy AS decidedBy,
  p.actorId AS actorId, p.reason AS reason`;
// Why the data is kept: what the record of processing (docs/personal-data.md) says of self-declared entries.
const PURPOSE = 'Cartographie des coopérations du PTCE, publiée ; contact par les animateurs. / Mapping the PTCE’s cooperations.';

const toRecord = (row: Record<string, unknown>): ProposalRecord =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key === 'submittedAt' || key === 'decidedAt' ? (value === null ? null : String(plain(value))) : value])) as unknown as ProposalRecord;

export async function listProposals(driver: Driver, database: string, status: ProposalStatus, limit: number): Promise<ProposalRecord[]> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Proposal {status: $status}) RETURN ${FIELDS} ORDER BY p.submittedAt DESC LIMIT $limit`,
    { status, limit: int(limit) },
    { database, routing: 'READ' },
  );
  return records.map((record) => toRecord(record.toObject()));
}

/**
 * Accepts a proposal in one transaction: the actor (corrected by `edits`; merged into an existing actor when
 * `edits.id` names one), its declared links as SELF_DECLARED, the consents it gave, and the proposal's new status.
 * Contact details come in only with their consent. Any refusal leaves everything as it was.
 */
export async function acceptProposal(driver: Driver, database: string, id: string, edits: ActorInput | null | undefined, by: string): Promise<EditOutcome> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (p:Proposal {id: $id}) RETURN p.status AS status, p.declaration AS declaration, p.consentToContact AS contact, p.submittedAt AS submittedAt', { id });
      const row = found.records[0];
      if (!row) throw new EditError('NOT_FOUND', id, 'acceptProposal');
      if (row.get('status') !== 'PENDING') throw new EditError('ALREADY_DECIDED', id, 'acceptProposal');
      const declaration = JSON.parse(row.get('declaration') as string) as Declaration;
      const consentToContact = row.get('contact') === true;
      const actor: Record<string, unknown> = { ...declaration.actor, ...(edits ?? {}) };
      if (!consentToContact) for (const field of CONTACT_FIELDS) delete actor[field];
      else Object.assign(actor, { contactConsentPurpose: PURPOSE, contactConsentGivenAt: String(plain(row.get('submittedAt'))).slice(0, 10) });
      const outcome = await applyEdit(tx, 'ACTOR', actor, by);
      for (const link of declaration.links) {
        await applyEdit(tx, 'COOPERATION', { from: outcome.id, to: link.partnerId, kind: link.kind, since: link.since ?? undefined, note: link.note ?? undefined, provenance: 'SELF_DECLARED' }, by);
      }
      await tx.run(
        `MATCH (a:Actor {id: $actorId}), (p:Proposal {id: $id})
         SET p.status = 'ACCEPTED', p.decidedAt = datetime(), p.decidedBy = $by, p.actorId = $actorId
         CREATE (a)-[:CONSENTED]->(:Consent {scope: $scope, purpose: $purpose, givenAt: date(p.submittedAt), source: 'self-declaration', proposalId: $id})`,
        { actorId: outcome.id, id, by, purpose: PURPOSE, scope: PUBLICATION_SCOPE },
      );
      await bumpGraphVersion(tx);
      return outcome;
    });
  } finally {
    await session.close();
  }
}

export async function rejectProposal(driver: Driver, database: string, id: string, reason: string | null, by: string): Promise<ProposalRecord> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Proposal {id: $id}) WHERE p.status = 'PENDING'
     SET p.status = 'REJECTED', p.decidedAt = datetime(), p.decidedBy = $by, p.reason = $reason
     RETURN ${FIELDS}`,
    { id, by, reason },
    { database },
  );
  if (!records[0]) throw new EditError('ALREADY_DECIDED', id, 'rejectProposal');
  return toRecord(records[0].toObject());
}
