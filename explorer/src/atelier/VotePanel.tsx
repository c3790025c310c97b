import { SILO_COLOURS } from '@maillage/schema/vocabulary';
import type { Translator } from '../core/i18n/catalogue.js';
import type { WorkshopProposalFieldsFragment } from '../generated/graphql.js';
import { ToggleButton } from '../ui/index.js';

export type Proposal = WorkshopProposalFieldsFragment;

/** A proposal in words: who with whom, and on what. */
export function proposalText(i18n: Translator, proposal: Proposal): string {
  return proposal.resource
    ? i18n.t('workshop.offersTo', { from: proposal.fromName, to: proposal.toName, resource: proposal.resource })
    : i18n.t('workshop.linkTo', { from: proposal.fromName, to: proposal.toName });
}

interface Props {
  i18n: Translator;
  proposals: readonly Proposal[];
  /** A participant's phone votes; the projector only shows. */
  vote?: (proposal: Proposal, vote: boolean) => void;
}

/** The proposed cooperations with their live votes: a bar each, most voted first. */
export function VotePanel({ i18n, proposals, vote }: Props) {
  if (proposals.length === 0) return <p className="muted">{i18n.t('workshop.proposalNone')}</p>;
  const most = Math.max(1, ...proposals.map((proposal) => proposal.votes));
  return (
    <ol className="proposals">
      {proposals.map((proposal) => (
        <li key={proposal.id}>
          <span className="proposal-text">
            <span className="swatch" aria-hidden="true" style={{ background: SILO_COLOURS[proposal.fromSilo] }} />
            <span className="swatch" aria-hidden="true" style={{ background: SILO_COLOURS[proposal.toSilo] }} />
            {proposalText(i18n, proposal)}
          </span>
          <span className="bar" aria-hidden="true"><span style={{ width: `${(100 * proposal.votes) / most}%` }} /></span>
          <span className="count">{i18n.t('workshop.votes', { count: proposal.votes })}</span>
          {vote && (
            <ToggleButton small isSelected={proposal.mine} onChange={(selected) => vote(proposal, selected)} aria-label={`${i18n.t('workshop.voteFor')} : ${proposalText(i18n, proposal)}`}>
              {proposal.mine ? i18n.t('workshop.voted') : i18n.t('workshop.voteFor')}
            </ToggleButton>
          )}
        </li>
      ))}
    </ol>
  );
}
