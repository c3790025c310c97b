import { ACTOR_KINDS, COOPERATION_KINDS, RESOURCE_KINDS, RESOURCE_KINDS_DESCRIBED, SILOS, type ActorKind, type CooperationKind, type ResourceKind, type Silo } from '@maillage/schema/vocabulary';
import { useCallback, useState, type FormEvent } from 'react';
import { fieldErrors, type FieldError } from '../core/editing/errors.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { request } from '../core/request.js';
import { ADD_ENTRY, CHANGE_ENTRY, LOOKUP } from '../core/workshop/queries.js';
import { sessionHeader } from '../core/workshop/session.js';
import type { WorkshopEntryFieldsFragment, WorkshopEntryInput } from '../generated/graphql.js';
import { Button, Select } from '../ui/index.js';
import { FieldMessages } from './FieldMessages.js';
import { OrganisationSearch, type Found } from './OrganisationSearch.js';

export type Entry = WorkshopEntryFieldsFragment;

interface FormProps {
  i18n: Translator;
  token: string;
  /** The entry being changed, if it is a change. */
  editing?: Entry | null;
  done(entry: Entry): void;
  cancel?: () => void;
}

/** Sends an entry, new or changed: the API's refusals come back field by field. */
function useSend({ i18n, token, editing, done }: FormProps) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const send = async (input: WorkshopEntryInput): Promise<void> => {
    try {
      const entry = editing
        ? (await request(CHANGE_ENTRY, { id: editing.id, input }, sessionHeader(token))).changeWorkshopEntry
        : (await request(ADD_ENTRY, { input }, sessionHeader(token))).addWorkshopEntry;
      setErrors([]);
      done(entry);
    } catch (error) {
      setErrors(fieldErrors(error, i18n.lang));
    }
  };
  return { errors, send };
}

/** The lookup over the graph and the workshop, with the participant's session. */
export function useLookup(i18n: Translator, token: string): (text: string) => Promise<Found[]> {
  return useCallback(
    async (text: string) => (await request(LOOKUP, { text }, sessionHeader(token))).workshopLookup.map((ref) => ({ ...ref, badge: ref.proposed ? i18n.t('workshop.proposed') : null })),
    [i18n, token],
  );
}

function Actions({ i18n, editing, cancel, submit }: { i18n: Translator; editing?: Entry | null | undefined; cancel?: (() => void) | undefined; submit: string }) {
  return (
    <div className="inline">
      <Button type="submit" tone="primary">{editing ? i18n.t('workshop.save') : submit}</Button>
      {cancel && <Button onPress={cancel}>{i18n.t('workshop.cancel')}</Button>}
    </div>
  );
}

export function OrganisationForm(props: FormProps & { communes: readonly { id: string; name: string }[]; defaultCommune?: string | null }) {
  const { i18n, editing, communes, cancel } = props;
  const [name, setName] = useState(editing?.name ?? '');
  const [silo, setSilo] = useState<Silo>((editing?.silo as Silo | null) ?? 'POPULATION');
  const [kind, setKind] = useState<ActorKind>((editing?.actorKind as ActorKind | null) ?? 'ASSOCIATION');
  const [communeId, setCommuneId] = useState<string | null>(editing ? editing.communeId : (communes.find((commune) => commune.id === props.defaultCommune)?.id ?? null));
  const { errors, send } = useSend(props);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void send({ kind: 'ORGANISATION', name, silo, actorKind: kind, communeId });
  };
  return (
    <form onSubmit={submit} noValidate className="entry-form">
      <label>{i18n.t('workshop.orgName')}<input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} /><FieldMessages errors={errors} fields={['name']} /></label>
      <Select label={i18n.t('workshop.silo')} value={silo} onChange={(value) => value && setSilo(value)} options={SILOS.map((value) => ({ value, label: i18n.silo(value) }))} />
      <Select label={i18n.t('workshop.kind')} value={kind} onChange={(value) => value && setKind(value)}
        options={ACTOR_KINDS.filter((value) => value !== 'PERSON').map((value) => ({ value, label: i18n.kind(value) }))} />
      <Select label={i18n.t('workshop.commune')} value={communeId} empty="—" onChange={setCommuneId} options={communes.map((commune) => ({ value: commune.id, label: commune.name }))} />
      <FieldMessages errors={errors} fields={[null, 'silo', 'actorKind', 'communeId']} />
      <Actions i18n={i18n} editing={editing} cancel={cancel} submit={i18n.t('workshop.addOrganisation')} />
    </form>
  );
}

export function LinkForm(props: FormProps & { mine: string }) {
  const { i18n, token, editing, mine, cancel } = props;
  const [partner, setPartner] = useState<Found | null>(editing?.to ? { id: editing.to, name: '' } : null);
  const [kind, setKind] = useState<CooperationKind>((editing?.linkKind as CooperationKind | null) ?? 'PARTNERSHIP');
  const { errors, send } = useSend({ ...props, done: (entry) => { setPartner(null); props.done(entry); } });
  const lookup = useLookup(i18n, token);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void send({ kind: 'LINK', from: editing?.from ?? mine, to: partner?.id ?? null, linkKind: kind });
  };
  return (
    <form onSubmit={submit} noValidate className="entry-form">
      {partner?.name
        ? <p className="picked">{i18n.t('workshop.partner')} : <strong>{partner.name}</strong> <Button small tone="quiet" onPress={() => setPartner(null)}>{i18n.t('workshop.change')}</Button></p>
        : <OrganisationSearch i18n={i18n} label={i18n.t('workshop.partner')} search={lookup} pick={setPartner} pickLabel={i18n.t('workshop.pick')} />}
      <FieldMessages errors={errors} fields={['to', 'from']} />
      <Select label={i18n.t('workshop.linkKind')} value={kind} onChange={(value) => value && setKind(value)} options={COOPERATION_KINDS.map((value) => ({ value, label: i18n.linkKind(value) }))} />
      <FieldMessages errors={errors} fields={[null, 'linkKind']} />
      <Actions i18n={i18n} editing={editing} cancel={cancel} submit={i18n.t('workshop.addLink')} />
    </form>
  );
}

export function ResourceForm(props: FormProps & { mine: string }) {
  const { i18n, editing, mine, cancel } = props;
  const [side, setSide] = useState<'OFFER' | 'NEED'>(editing?.kind === 'NEED' ? 'NEED' : 'OFFER');
  const [name, setName] = useState(editing?.name ?? '');
  const [kind, setKind] = useState<ResourceKind>((editing?.resourceKind as ResourceKind | null) ?? 'MATERIAL');
  const { errors, send } = useSend({ ...props, done: (entry) => { setName(''); props.done(entry); } });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void send({ kind: side, from: editing?.from ?? mine, name, resourceKind: kind });
  };
  return (
    <form onSubmit={submit} noValidate className="entry-form">
      <fieldset className="choice">
        <legend className="visually-hidden">{i18n.t('workshop.resources')}</legend>
        {(['OFFER', 'NEED'] as const).map((value) => (
          <label key={value} className="radio"><input type="radio" name="side" checked={side === value} onChange={() => setSide(value)} />{i18n.t(value === 'OFFER' ? 'workshop.offer' : 'workshop.need')}</label>
        ))}
      </fieldset>
      <label>{i18n.t('workshop.resourceName')}<input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} /><FieldMessages errors={errors} fields={['name']} /></label>
      <Select label={i18n.t('workshop.resourceKind')} value={kind} onChange={(value) => value && setKind(value)}
        options={RESOURCE_KINDS.map((value) => ({ value, label: RESOURCE_KINDS_DESCRIBED[value][i18n.lang] }))} />
      <FieldMessages errors={errors} fields={[null, 'from', 'resourceKind']} />
      <Actions i18n={i18n} editing={editing} cancel={cancel} submit={i18n.t('workshop.add')} />
    </form>
  );
}
