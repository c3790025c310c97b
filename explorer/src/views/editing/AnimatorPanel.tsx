import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { FieldError } from '../../core/editing/errors.js';
import { ACCEPT_PROPOSAL, BIN, PROPOSALS, REJECT_PROPOSAL, RESTORE_ENTITY } from '../../core/editing/queries.js';
import { useI18n } from '../common/I18n.js';
import { AccountsSection } from './AccountsSection.js';
import { CatalogueSection } from './CatalogueSection.js';
import { DuplicatesSection } from './DuplicatesSection.js';
import { FreshnessSection } from './FreshnessSection.js';
import type { NetworkActor, SectorNode } from '../../core/graph/types.js';
import { ErrorList } from './FieldErrors.js';
import { localMessage } from '../../core/session/session.js';
import type { Editing } from './useEditing.js';
import { SidePanel } from '../common/SidePanel.js';
import { Button } from '../../ui/index.js';

interface Props {
  editing: Editing;
  /** Admins also manage accounts here. */
  admin: boolean;
  sectors: SectorNode[];
  actors: NetworkActor[];
  onSelect(actorId: string): void;
  /** Opens an actor's record for editing (after accepting a proposal that needs a correction). */
  onEdit(actorId: string): void;
  onClose(): void;
}

interface Declared {
  actor: { description?: string; silo?: string; kind?: string };
  links: { partnerId: string; kind: string }[];
}

/** The animators' desk: self-declared proposals to accept or reject, the bin to restore from, likely duplicates, what needs a look. */
export function AnimatorPanel({ editing, admin, sectors, actors, onSelect, onEdit, onClose }: Props) {
  const i18n = useI18n();
  const client = useApolloClient();
  const proposals = useQuery(PROPOSALS, { fetchPolicy: 'network-only' });
  const bin = useQuery(BIN, { fetchPolicy: 'network-only' });
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const act = async (mutate: () => Promise<unknown>): Promise<void> => {
    const refused = await editing.run([], mutate);
    setErrors(refused);
    // Accepting may close the desk (the new actor is shown): a refetch cut short by that is no failure.
    await Promise.allSettled([proposals.refetch(), bin.refetch()]);
  };
  const accept = (id: string, thenEdit = false) => act(async () => {
    const result = await client.mutate({ mutation: ACCEPT_PROPOSAL, variables: { id } });
    if (!result.data) return;
    onSelect(result.data.acceptProposal.id);
    if (thenEdit) onEdit(result.data.acceptProposal.id);
  });
  return (
    <SidePanel id="animator-title" title={i18n.t('desk.title')} closeLabel={i18n.t('desk.close')} onClose={onClose}>
      <ErrorList errors={errors} />
      <p><a className="ui-button" href={i18n.lang === 'en' ? '/animation.html?lang=en' : '/animation.html'}>{i18n.t('workshop.desk')}</a></p>
      <h3>{i18n.t('desk.proposals', { count: proposals.data?.proposals.length ?? 0 })}</h3>
      {proposals.data?.proposals.length === 0 && <p className="muted">{i18n.t('desk.noProposal')}</p>}
      <ul className="cards">
        {proposals.data?.proposals.map((proposal) => {
          const declared = JSON.parse(proposal.declaration) as Declared;
          return (
            <li key={proposal.id}>
              <strong>{proposal.name}</strong>
              <p className="muted">{i18n.t('desk.from', { email: proposal.submitterEmail })} · {i18n.t('desk.links', { count: declared.links.length })}</p>
              {declared.actor.description && <p>{declared.actor.description}</p>}
              {proposal.likelyDuplicates.map((match) => (
                <p key={match.actor.id} className="notice">
                  {i18n.t('desk.looksLike')}{' '}
                  <Button small onPress={() => onSelect(match.actor.id)}>{match.actor.name}</Button>{' '}
                  <span className="muted">({localMessage(match.why, i18n.lang)})</span>
                </p>
              ))}
              <div className="actions">
                <Button onPress={() => void accept(proposal.id)}>{i18n.t('desk.accept', { name: proposal.name })}</Button>
                <Button onPress={() => void accept(proposal.id, true)}>{i18n.t('desk.acceptEdit')}</Button>
                <Button onPress={() => void act(() => client.mutate({ mutation: REJECT_PROPOSAL, variables: { id: proposal.id, reason: null } }))}>{i18n.t('desk.reject')}</Button>
              </div>
            </li>
          );
        })}
      </ul>
      <h3>{i18n.t('desk.bin', { count: bin.data?.bin.length ?? 0 })}</h3>
      {bin.data?.bin.length === 0 && <p className="muted">{i18n.t('desk.emptyBin')}</p>}
      <ul className="cards">
        {bin.data?.bin.map((entry) => (
          <li key={`${entry.entity}:${entry.id}`}>
            <strong>{entry.label}</strong> <span className="muted">{entry.deletedBy}</span>
            <div className="actions">
              <Button onPress={() => void act(() => client.mutate({ mutation: RESTORE_ENTITY, variables: { entity: entry.entity, id: entry.id } }))}>
                {i18n.t('desk.restore', { name: entry.label })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <DuplicatesSection onSelect={onSelect} />
      <FreshnessSection onSelect={onSelect} />
      <CatalogueSection sectors={sectors} actors={actors} editing={editing} />
      {admin && <AccountsSection />}
    </SidePanel>
  );
}
