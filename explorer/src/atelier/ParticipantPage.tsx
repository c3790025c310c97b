import { normaliseWorkshopCode } from '@maillage/schema/workshop-code';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Translator } from '../core/i18n/catalogue.js';
import { patiently, request, RequestError } from '../core/request.js';
import { localMessage } from '../core/session/session.js';
import { followWorkshop } from '../core/workshop/live.js';
import { newestWins } from '../core/workshop/newest.js';
import { CHOOSE_ORGANISATION, COMMUNES, MY_WORKSHOP, PROPOSALS, VOTE, WITHDRAW_ENTRY, WORKSHOP_BY_CODE } from '../core/workshop/queries.js';
import { participantSession, saveParticipantSession, sessionHeader } from '../core/workshop/session.js';
import type { MyWorkshopQuery, WorkshopFieldsFragment } from '../generated/graphql.js';
import { Button } from '../ui/index.js';
import { LinkForm, OrganisationForm, ResourceForm, useLookup, type Entry } from './EntryForms.js';
import { entryText } from './entryText.js';
import { JoinForm } from './JoinForm.js';
import { OrganisationSearch } from './OrganisationSearch.js';
import { VotePanel, type Proposal } from './VotePanel.js';

type Me = MyWorkshopQuery['myWorkshop'];

function CodeForm({ i18n, bad }: { i18n: Translator; bad: boolean }) {
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const go = (event: FormEvent): void => {
    event.preventDefault();
    const normal = normaliseWorkshopCode(code);
    if (!normal) return setInvalid(true);
    window.location.search = `?code=${normal}${i18n.lang === 'en' ? '&lang=en' : ''}`;
  };
  return (
    <form onSubmit={go} className="workshop-card code-form">
      <label>{i18n.t('workshop.codeLabel')}<input value={code} onChange={(event) => setCode(event.target.value)} autoCapitalize="characters" autoComplete="off" maxLength={8} inputMode="text" /></label>
      {(bad || invalid) && <span role="alert" className="field-error">{i18n.t('workshop.codeBad')}</span>}
      <Button type="submit" tone="primary">{i18n.t('workshop.codeGo')}</Button>
    </form>
  );
}

function Header({ i18n, workshop }: { i18n: Translator; workshop: WorkshopFieldsFragment }) {
  return (
    <header className="workshop-header">
      <p className="brand"><span className="brand-mark" aria-hidden="true" />{i18n.t('workshop.brand')}</p>
      <h1>{workshop.title}</h1>
      <p className="step">{i18n.t('workshop.step', { n: workshop.step + 1, total: workshop.steps.length })} — {localMessage(workshop.steps[workshop.step] ?? '', i18n.lang)}</p>
      <p><strong>{i18n.t('workshop.question')} :</strong> {workshop.question}</p>
    </header>
  );
}

/** The participant's workspace: their organisation, links, offers and needs, votes, and what they wrote. */
function Workspace({ i18n, token, me, reload, communes }: { i18n: Translator; token: string; me: Me; reload(): void; communes: { id: string; name: string }[] }) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [notice, setNotice] = useState('');
  const lookup = useLookup(i18n, token);
  const { workshop, organisation } = me;
  const voting = workshop.step === workshop.votingStep;
  useEffect(() => {
    if (voting) void patiently(() => request(PROPOSALS, { code: workshop.code }, sessionHeader(token))).then((answer) => setProposals(answer.workshopProposals), () => undefined);
  }, [voting, workshop.code, workshop.revision, token]);
  const choose = async (ref: string): Promise<void> => {
    await request(CHOOSE_ORGANISATION, { ref }, sessionHeader(token));
    setAdding(false);
    reload();
  };
  const added = (entry: Entry): void => {
    setNotice(i18n.t('workshop.added'));
    setEditing(null);
    if (entry.kind === 'ORGANISATION' && !organisation) void choose(`entry:${entry.id}`);
    else reload();
  };
  const vote = async (proposal: Proposal, selected: boolean): Promise<void> => setProposals((await request(VOTE, { id: proposal.id, vote: selected }, sessionHeader(token))).voteWorkshopProposal);
  const withdraw = async (entry: Entry): Promise<void> => {
    await request(WITHDRAW_ENTRY, { id: entry.id }, sessionHeader(token));
    reload();
  };
  const formFor = (entry: Entry) => {
    const common = { i18n, token, editing: entry, done: added, cancel: () => setEditing(null) };
    if (entry.kind === 'ORGANISATION') return <OrganisationForm {...common} communes={communes} />;
    if (entry.kind === 'LINK') return <LinkForm {...common} mine={entry.from ?? ''} />;
    return <ResourceForm {...common} mine={entry.from ?? ''} />;
  };
  return (
    <>
      {workshop.writingAlone && <p className="banner" role="status">{i18n.t('workshop.writingAlone')}</p>}
      <p className="visually-hidden" role="status">{notice}</p>
      <section className="workshop-card" aria-labelledby="mine">
        <h2 id="mine">{i18n.t('workshop.mine')}</h2>
        {organisation ? (
          <p className="picked">{i18n.t('workshop.speaksFor', { name: organisation.name })}</p>
        ) : (
          <>
            <p className="muted">{i18n.t('workshop.mineHint')}</p>
            <OrganisationSearch i18n={i18n} label={i18n.t('workshop.search')} search={lookup} pick={(found) => void choose(found.id)} pickLabel={i18n.t('workshop.choose')} />
            {adding
              ? <OrganisationForm i18n={i18n} token={token} communes={communes} defaultCommune={workshop.territoryId} done={added} cancel={() => setAdding(false)} />
              : <Button onPress={() => setAdding(true)}>{i18n.t('workshop.addOrganisation')}</Button>}
          </>
        )}
      </section>
      {voting && (
        <section className="workshop-card" aria-labelledby="vote">
          <h2 id="vote">{i18n.t('workshop.vote')}</h2>
          <VotePanel i18n={i18n} proposals={proposals} vote={(proposal, selected) => void vote(proposal, selected)} />
        </section>
      )}
      <section className="workshop-card" aria-labelledby="links">
        <h2 id="links">{i18n.t('workshop.links')}</h2>
        {organisation ? <LinkForm i18n={i18n} token={token} mine={organisation.id} done={added} /> : <p className="muted">{i18n.t('workshop.linksNeedMine')}</p>}
      </section>
      <section className="workshop-card" aria-labelledby="resources">
        <h2 id="resources">{i18n.t('workshop.resources')}</h2>
        {organisation ? <ResourceForm i18n={i18n} token={token} mine={organisation.id} done={added} /> : <p className="muted">{i18n.t('workshop.linksNeedMine')}</p>}
      </section>
      <section className="workshop-card" aria-labelledby="entries">
        <h2 id="entries">{i18n.t('workshop.entries')}</h2>
        {me.entries.length === 0 && <p className="muted">{i18n.t('workshop.entriesNone')}</p>}
        <ul className="entries">
          {me.entries.map((entry) => (
            <li key={entry.id} data-status={entry.status}>
              {editing?.id === entry.id ? formFor(entry) : (
                <>
                  <span>{entryText(i18n, entry)}</span>
                  <small>{i18n.t(`workshop.status${entry.status}`)}{entry.hidden ? ` · ${i18n.t('workshop.hidden')}` : ''}</small>
                  {(entry.status === 'PENDING' || entry.status === 'APPROVED') && !entry.mergedWith && (
                    <span className="inline">
                      <Button small onPress={() => setEditing(entry)} aria-label={`${i18n.t('workshop.edit')} : ${entryText(i18n, entry)}`}>{i18n.t('workshop.edit')}</Button>
                      <Button small tone="quiet" onPress={() => void withdraw(entry)} aria-label={`${i18n.t('workshop.withdraw')} : ${entryText(i18n, entry)}`}>{i18n.t('workshop.withdraw')}</Button>
                    </span>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * The participants' page, phone first: the code (or the QR code's link), what the workshop keeps, then the
 * workspace; it follows the workshop live (step, write-alone round, voting, closing) without a reload.
 */
/** The API no longer knows this participant's session: the workshop closed, or it was left. */
function sessionEnded(error: unknown): boolean {
  return error instanceof RequestError && error.errors.some((refusal) => refusal.extensions?.reason === 'NO_SESSION');
}

export function ParticipantPage({ i18n, code }: { i18n: Translator; code: string | null }) {
  const [workshop, setWorkshop] = useState<WorkshopFieldsFragment | null | undefined>(undefined);
  const [token, setToken] = useState<string | null>(() => (code ? participantSession(sessionStorage, code) : null));
  const [me, setMe] = useState<Me | null>(null);
  const [communes, setCommunes] = useState<{ id: string; name: string }[]>([]);
  // Live events may come in quick succession: an older answer arriving last must not undo a newer one.
  const [newest] = useState(() => ({ workshop: newestWins(), me: newestWins() }));
  const reload = useCallback(() => {
    if (!code) return;
    const workshopCurrent = newest.workshop();
    void request(WORKSHOP_BY_CODE, { code }).then((answer) => workshopCurrent() && setWorkshop(answer.workshopByCode), () => workshopCurrent() && setWorkshop(null));
    if (token) {
      const meCurrent = newest.me();
      void request(MY_WORKSHOP, {}, sessionHeader(token)).then((answer) => meCurrent() && setMe(answer.myWorkshop), (error: unknown) => {
        // A busy or briefly unreachable API keeps the participant where they are; the next event reads again.
        if (!meCurrent() || !sessionEnded(error)) return;
        // The session ended (the workshop closed, or another tab left): back to the join page.
        saveParticipantSession(sessionStorage, code, null);
        setToken(null);
        setMe(null);
      });
    }
  }, [code, token, newest]);
  useEffect(() => {
    reload();
    return code ? followWorkshop(code, reload) : undefined;
  }, [code, reload]);
  useEffect(() => {
    if (token) void request(COMMUNES).then((answer) => setCommunes(answer.territories), () => undefined);
  }, [token]);
  const joined = (session: string): void => {
    saveParticipantSession(sessionStorage, code!, session);
    setToken(session);
  };
  if (!code || workshop === null) return <main className="workshop-page"><h1 className="visually-hidden">{i18n.t('workshop.brand')}</h1><CodeForm i18n={i18n} bad={workshop === null} /></main>;
  if (!workshop) return <main className="workshop-page" aria-busy="true" />;
  return (
    <main className="workshop-page">
      <Header i18n={i18n} workshop={me?.workshop ?? workshop} />
      {workshop.status === 'CLOSED' ? <p className="workshop-card" role="status">{i18n.t('workshop.closed')}</p>
        : token && me ? <Workspace i18n={i18n} token={token} me={me} reload={reload} communes={communes} />
        : !token ? <JoinForm i18n={i18n} workshop={workshop} joined={joined} /> : null}
    </main>
  );
}
