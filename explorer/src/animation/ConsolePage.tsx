import { ACTOR_KINDS, COOPERATION_KINDS, SILOS, type ActorKind, type CooperationKind, type Silo } from '@maillage/schema/vocabulary';
import { useCallback, useEffect, useState } from 'react';
import { fieldErrors, type FieldError } from '../core/editing/errors.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { request } from '../core/request.js';
import { localMessage } from '../core/session/session.js';
import { followWorkshop } from '../core/workshop/live.js';
import { newestWins } from '../core/workshop/newest.js';
import { APPROVE, CLOSE, COMMUNES, CONSOLE, CONTROL, MATCHES, MERGE, REJECT } from '../core/workshop/queries.js';
import type { WorkshopConsoleQuery, WorkshopControl, WorkshopEntryEdits, WorkshopEntryFieldsFragment } from '../generated/graphql.js';
import { Button, Select } from '../ui/index.js';
import { entryText } from '../atelier/entryText.js';
import { FieldMessages } from '../atelier/FieldMessages.js';
import { OrganisationSearch } from '../atelier/OrganisationSearch.js';
import { deskHref, projectorHref } from './animator.js';

type Console = WorkshopConsoleQuery['workshopConsole'];
type Entry = WorkshopEntryFieldsFragment;
type Commune = { id: string; name: string };

interface Props {
  i18n: Translator;
  headers: Record<string, string>;
  id: string;
}

/** One entry as it arrives: approve (its name corrected if need be), reject, or merge with an actor of the graph. */
function EntryRow({ i18n, headers, entry, open, changed, communes }: { i18n: Translator; headers: Record<string, string>; entry: Entry; open: boolean; changed(): void; communes: readonly Commune[] }) {
  const [name, setName] = useState(entry.name ?? '');
  const [silo, setSilo] = useState<Silo | null>(entry.silo);
  const [kind, setKind] = useState<ActorKind | null>(entry.actorKind);
  const [communeId, setCommuneId] = useState<string | null>(entry.communeId);
  const [linkKind, setLinkKind] = useState<CooperationKind | null>(entry.linkKind);
  const [merging, setMerging] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const act = async (work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
      setErrors([]);
      setMerging(false);
      changed();
    } catch (error) {
      setErrors(fieldErrors(error, i18n.lang));
    }
  };
  const matches = useCallback(async (text: string) => (await request(MATCHES, { name: text, communeId: entry.communeId }, headers)).workshopMatches
    .map((match) => ({ ...match, badge: match.sameCommune ? i18n.t('workshop.sameCommune') : null })), [headers, entry.communeId, i18n]);
  const organisation = entry.kind === 'ORGANISATION';
  // What the facilitator corrected, and only that.
  const edits = (): WorkshopEntryEdits | null => {
    const changes: WorkshopEntryEdits = {
      ...(entry.kind !== 'LINK' && name !== entry.name ? { name } : {}),
      ...(organisation && silo !== entry.silo && silo ? { silo } : {}),
      ...(organisation && kind !== entry.actorKind && kind ? { actorKind: kind } : {}),
      ...(organisation && communeId !== entry.communeId && communeId ? { communeId } : {}),
      ...(entry.kind === 'LINK' && linkKind !== entry.linkKind && linkKind ? { linkKind } : {}),
    };
    return Object.keys(changes).length > 0 ? changes : null;
  };
  const decidable = open && entry.status !== 'WITHDRAWN' && !entry.mergedWith;
  const text = entryText(i18n, entry);
  return (
    <li data-status={entry.status} data-kind={entry.kind}>
      <span className="entry-text">{text}</span>
      <small>
        {i18n.t(`workshop.status${entry.status}`)}{entry.hidden ? ` · ${i18n.t('workshop.hidden')}` : ''}
        {entry.author ? ` · ${i18n.t('workshop.by', { author: entry.author })}` : ''}
        {entry.mergedWith ? ` · ${i18n.t('workshop.mergedWith', { name: entry.mergedWithName ?? entry.mergedWith })}` : ''}
      </small>
      {decidable && (
        <div className="entry-actions">
          {entry.kind !== 'LINK' && <label className="inline-field">{i18n.t(organisation ? 'workshop.orgName' : 'workshop.resourceName')}<input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} /></label>}
          {organisation && (
            <>
              <Select<Silo> label={i18n.t('workshop.silo')} value={silo} onChange={setSilo} options={SILOS.map((value) => ({ value, label: i18n.silo(value) }))} />
              <Select<ActorKind> label={i18n.t('workshop.kind')} value={kind} onChange={setKind} options={ACTOR_KINDS.filter((value) => value !== 'PERSON').map((value) => ({ value, label: i18n.kind(value) }))} />
              <Select label={i18n.t('workshop.commune')} value={communeId} empty="—" onChange={setCommuneId} options={communes.map((commune) => ({ value: commune.id, label: commune.name }))} />
            </>
          )}
          {entry.kind === 'LINK' && <Select<CooperationKind> label={i18n.t('workshop.linkKind')} value={linkKind} onChange={setLinkKind} options={COOPERATION_KINDS.map((value) => ({ value, label: i18n.linkKind(value) }))} />}
          <Button small tone="primary" onPress={() => void act(() => request(APPROVE, { id: entry.id, edits: edits() }, headers))} aria-label={`${i18n.t('workshop.approve')} : ${text}`}>{i18n.t('workshop.approve')}</Button>
          <Button small onPress={() => void act(() => request(REJECT, { id: entry.id }, headers))} aria-label={`${i18n.t('workshop.reject')} : ${text}`}>{i18n.t('workshop.reject')}</Button>
          {entry.kind === 'ORGANISATION' && <Button small tone="quiet" onPress={() => setMerging(!merging)} aria-expanded={merging}>{i18n.t('workshop.merge')}</Button>}
        </div>
      )}
      {merging && (
        <OrganisationSearch i18n={i18n} label={i18n.t('workshop.search')} initial={entry.name ?? ''} search={matches} pickLabel={i18n.t('workshop.pick')}
          pick={(found) => void act(() => request(MERGE, { id: entry.id, actorId: found.id }, headers))} />
      )}
      <FieldMessages errors={errors} fields={[null, 'name', 'actorId', 'communeId']} />
    </li>
  );
}

/** The facilitator's console: the room's entries as they arrive, the count of those present, the steering. */
export function ConsolePage({ i18n, headers, id }: Props) {
  const [console_, setConsole] = useState<Console | null>(null);
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [communes, setCommunes] = useState<Commune[]>([]);
  useEffect(() => void request(COMMUNES).then((answer) => setCommunes(answer.territories), () => undefined), []);
  // Read again at each live event and after each action: only the newest answer is shown.
  const [newest] = useState(newestWins);
  const reload = useCallback(() => {
    const current = newest();
    void request(CONSOLE, { id }, headers).then((answer) => current() && setConsole(answer.workshopConsole), (error: unknown) => current() && setErrors(fieldErrors(error, i18n.lang)));
  }, [id, headers, i18n, newest]);
  const code = console_?.workshop.code;
  useEffect(() => {
    reload();
    return code ? followWorkshop(code, reload) : undefined;
  }, [reload, code]);
  if (!console_) return <FieldMessages errors={errors} fields={[null, id]} />;
  const { workshop, entries, contacts } = console_;
  const open = workshop.status !== 'CLOSED';
  const control = async (change: WorkshopControl): Promise<void> => {
    try {
      await request(CONTROL, { id, control: change }, headers);
      reload();
    } catch (error) {
      setErrors(fieldErrors(error, i18n.lang));
    }
  };
  const close = async (): Promise<void> => {
    if (!window.confirm(i18n.t('workshop.closeConfirm'))) return;
    try {
      const { closeWorkshop } = await request(CLOSE, { id }, headers);
      setNotice(i18n.t('workshop.closedDone', { actors: closeWorkshop.actorsCreated, links: closeWorkshop.linksCreated, resources: closeWorkshop.resourcesAdded }));
      reload();
    } catch (error) {
      setErrors(fieldErrors(error, i18n.lang));
    }
  };
  return (
    <>
      <p><a href={deskHref(i18n.lang)}>{i18n.t('workshop.back')}</a></p>
      <h1>{workshop.title} <small className="code" data-code={workshop.code}>{workshop.code}</small></h1>
      <p role="status" className="present" data-participants={workshop.participants}>
        {i18n.t(`workshop.status${workshop.status}`)} · {i18n.t('workshop.present', { count: workshop.participants })}
      </p>
      {notice && <p role="status" className="banner">{notice}</p>}
      <div className="console-actions">
        <a className="ui-button primary" href={projectorHref(i18n.lang, workshop.code)} target="_blank" rel="noopener">{i18n.t('workshop.openProjector')}</a>
        <a className="ui-button" href={deskHref(i18n.lang, workshop.id, 'bilan')}>{i18n.t('workshop.summary')}</a>
      </div>
      {open && (
        <section className="workshop-card" aria-labelledby="steer">
          <h2 id="steer">{i18n.t('workshop.stepNow')} : {i18n.t('workshop.step', { n: workshop.step + 1, total: workshop.steps.length })}</h2>
          <ol className="steps">
            {workshop.steps.map((step, index) => (
              <li key={index} aria-current={index === workshop.step ? 'step' : undefined}>
                <Button small tone={index === workshop.step ? 'primary' : 'quiet'} onPress={() => void control({ step: index })}>{localMessage(step, i18n.lang)}</Button>
              </li>
            ))}
          </ol>
          <div className="inline">
            {workshop.step + 1 < workshop.steps.length && <Button onPress={() => void control({ step: workshop.step + 1 })}>{i18n.t('workshop.nextStep')}</Button>}
            <Button onPress={() => void control({ pauseJoining: workshop.status === 'OPEN' })}>{i18n.t(workshop.status === 'OPEN' ? 'workshop.pause' : 'workshop.resume')}</Button>
            <Button onPress={() => void control({ writingAlone: !workshop.writingAlone })}>{i18n.t(workshop.writingAlone ? 'workshop.reveal' : 'workshop.writeAlone')}</Button>
            <Button tone="danger" onPress={() => void close()}>{i18n.t('workshop.close')}</Button>
          </div>
          <FieldMessages errors={errors} fields={[null, 'step']} />
        </section>
      )}
      <section className="workshop-card" aria-labelledby="incoming">
        <h2 id="incoming">{i18n.t('workshop.incoming')} ({entries.length})</h2>
        {entries.length === 0 && <p className="muted">{i18n.t('workshop.incomingNone')}</p>}
        <ul className="entries console-entries">
          {entries.map((entry) => <EntryRow key={entry.id} i18n={i18n} headers={headers} entry={entry} open={open} changed={reload} communes={communes} />)}
        </ul>
      </section>
      {contacts.length > 0 && (
        <section className="workshop-card" aria-labelledby="contacts">
          <h2 id="contacts">{i18n.t('workshop.contacts')}</h2>
          <ul>{contacts.map((contact, index) => <li key={index}>{contact.name ? `${contact.name} — ` : ''}{contact.contact}</li>)}</ul>
        </section>
      )}
    </>
  );
}
