import { ACTOR_KINDS, PTCE_ROLES, SILOS } from '@maillage/schema/vocabulary';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ActorInput } from '@maillage/schema';
import type { FieldError } from '../../core/editing/errors.js';
import { EDIT_CHOICES, EDITABLE_ACTOR, SAVE_ACTOR, type EditableActor } from '../../core/editing/queries.js';
import { type SectorNode } from '../../core/graph/types.js';
import { FormDialog } from '../common/FormDialog.js';
import { useI18n } from '../common/I18n.js';
import { ErrorList, FieldMessage } from './FieldErrors.js';
import type { Editing } from './useEditing.js';
import { Button, Checkbox, DateField, MultiSelect, Select } from '../../ui/index.js';

interface Props {
  /** The actor to edit; null creates one. */
  actorId: string | null;
  sectors: SectorNode[];
  editing: Editing;
  onClose(savedId?: string): void;
}

type Draft = Omit<EditableActor, 'id' | 'sectors' | 'locatedIn' | 'offers' | 'needs'> & {
  sectorIds: string[];
  territoryId: string;
  offers: string[];
  needs: string[];
  /** The purpose the person agreed to, when a contact detail is entered or changed. */
  consentPurpose: string;
  consentDate: string;
  /** A person's consent to be published, recorded with its purpose and where it was given; or its withdrawal. */
  publicationPurpose: string;
  publicationSource: string;
  publicationDate: string;
  publicationWithdrawn: boolean;
};

const NO_PUBLICATION_CHANGE = { publicationPurpose: '', publicationSource: '', publicationDate: '', publicationWithdrawn: false };

const EMPTY: Draft = {
  name: '', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, description: '', website: '', siren: '', siret: '', rna: '',
  contactName: '', contactEmail: '', contactPhone: '', sectorIds: [], territoryId: '', offers: [], needs: [], consentPurpose: '', consentDate: '',
  ...NO_PUBLICATION_CHANGE,
};

function draftOf(actor: EditableActor): Draft {
  return {
    ...actor, description: actor.description ?? '', website: actor.website ?? '', siren: actor.siren ?? '', siret: actor.siret ?? '', rna: actor.rna ?? '', contactName: actor.contactName ?? '', contactEmail: actor.contactEmail ?? '',
    contactPhone: actor.contactPhone ?? '', sectorIds: actor.sectors.map((s) => s.id), territoryId: actor.locatedIn[0]?.id ?? '',
    offers: actor.offers.map((r) => r.id), needs: actor.needs.map((r) => r.id), consentPurpose: '', consentDate: '',
    ...NO_PUBLICATION_CHANGE,
  };
}

/** The input the API expects: text trimmed, an emptied field cleared (null), lists replaced. */
export function toActorInput(id: string | null, draft: Draft): ActorInput {
  const text = (value: string | null): string | null => (value?.trim() ? value.trim() : null);
  return {
    ...(id ? { id } : {}),
    name: draft.name.trim(), silo: draft.silo, kind: draft.kind, ptceRole: draft.ptceRole, essMember: draft.essMember,
    description: text(draft.description), website: text(draft.website), siren: text(draft.siren), siret: text(draft.siret), rna: text(draft.rna),
    contactName: text(draft.contactName), contactEmail: text(draft.contactEmail), contactPhone: text(draft.contactPhone),
    sectorIds: draft.sectorIds, territoryIds: draft.territoryId ? [draft.territoryId] : [],
    offers: draft.offers.map((resourceId) => ({ resourceId })), needs: draft.needs.map((resourceId) => ({ resourceId })),
    ...(draft.consentPurpose.trim() ? { contactConsentPurpose: draft.consentPurpose.trim(), ...(draft.consentDate ? { contactConsentGivenAt: draft.consentDate } : {}) } : {}),
    ...publicationInput(draft),
  };
}

function publicationInput(draft: Draft): Partial<ActorInput> {
  if (draft.publicationWithdrawn) return { publicationConsentWithdrawn: true };
  if (!draft.publicationPurpose.trim() && !draft.publicationSource.trim()) return {};
  return {
    publicationConsentPurpose: draft.publicationPurpose.trim(),
    publicationConsentSource: draft.publicationSource.trim(),
    ...(draft.publicationDate ? { publicationConsentGivenAt: draft.publicationDate } : {}),
  };
}

function Field({ name, label, errors, children, labelled = false }: {
  name: string; label: string; errors: FieldError[] | null; children: (describedBy: string | undefined) => ReactNode;
  /** The control carries its own label (a select): the field only adds the refusal under it. */
  labelled?: boolean;
}) {
  const describedBy = errors?.some((error) => error.field === name) ? `error-${name}` : undefined;
  if (labelled) {
    return (
      <div className="field-group">
        {children(describedBy)}
        <FieldMessage id={`error-${name}`} errors={errors} field={name} />
      </div>
    );
  }
  return (
    <label>
      {label}
      {children(describedBy)}
      <FieldMessage id={`error-${name}`} errors={errors} field={name} />
    </label>
  );
}


/** Creating or editing an actor (animators): checked by the API, refusals shown under their field, in French first. */
export function ActorForm({ actorId, sectors, editing, onClose }: Props) {
  const i18n = useI18n();
  const client = useApolloClient();
  const existing = useQuery(EDITABLE_ACTOR, { variables: { id: actorId ?? '' }, skip: !actorId, fetchPolicy: 'network-only' });
  const choices = useQuery(EDIT_CHOICES);
  const [draft, setDraft] = useState<Draft | null>(actorId ? null : EMPTY);
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const loaded = existing.data?.actors[0];
  useEffect(() => {
    if (loaded && !draft) setDraft(draftOf(loaded));
  }, [loaded, draft]);
  useEffect(() => first.current?.focus(), [draft === null]);
  if (!draft) return <div className="ui-overlay"><p className="ui-dialog" role="status">{i18n.t('state.loading')}</p></div>;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft({ ...draft, [key]: value });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    let savedId: string | undefined;
    const optimistic = actorId ? [{ type: 'actor' as const, actor: { id: actorId, name: draft.name.trim(), silo: draft.silo, kind: draft.kind, ptceRole: draft.ptceRole, essMember: draft.essMember } }] : [];
    const refused = await editing.run(optimistic, async () => {
      const result = await client.mutate({ mutation: SAVE_ACTOR, variables: { input: toActorInput(actorId, draft) } });
      savedId = result.data?.saveActor.id;
    });
    setSaving(false);
    setErrors(refused);
    if (!refused) onClose(savedId);
  };

  const fields = ['name', 'website', 'siren', 'siret', 'rna', 'contactEmail', 'contactName', 'contactPhone', 'contactConsentPurpose', 'publicationConsentPurpose', 'publicationConsentSource', 'description', 'sectorIds', 'territoryIds', 'offers', 'needs'];
  return (
    <FormDialog id="actor-form-title" title={actorId ? i18n.t('edit.actorTitle', { name: loaded?.name ?? '' }) : i18n.t('edit.newActor')} onSubmit={(event) => void submit(event)} onClose={() => onClose()}>
        <div className="form-grid">
          <Field name="name" label={i18n.t('edit.name')} errors={errors}>
            {(describedBy) => <input ref={first} value={draft.name} aria-describedby={describedBy} aria-invalid={Boolean(describedBy)} onChange={(event) => set('name', event.target.value)} />}
          </Field>
          <Select label={i18n.t('filters.silos')} value={draft.silo} onChange={(silo) => silo && set('silo', silo)} options={SILOS.map((silo) => ({ value: silo, label: i18n.silo(silo) }))} />
          <Select label={i18n.t('edit.kind')} value={draft.kind} onChange={(kind) => kind && set('kind', kind)} options={ACTOR_KINDS.map((kind) => ({ value: kind, label: i18n.kind(kind) }))} />
          <Select label={i18n.t('filters.roles')} value={draft.ptceRole} onChange={(role) => role && set('ptceRole', role)} options={PTCE_ROLES.map((role) => ({ value: role, label: i18n.role(role) }))} />
          <Checkbox checked={draft.essMember} onChange={(checked) => set('essMember', checked)}>{i18n.t('detail.ess')}</Checkbox>
          <Field name="website" label={i18n.t('detail.website')} errors={errors}>
            {(describedBy) => <input type="url" value={draft.website ?? ''} aria-describedby={describedBy} aria-invalid={Boolean(describedBy)} onChange={(event) => set('website', event.target.value)} />}
          </Field>
          {(['siren', 'siret', 'rna'] as const).map((field) => (
            <Field key={field} name={field} label={i18n.t(`edit.${field}`)} errors={errors}>
              {(describedBy) => <input inputMode={field === 'rna' ? 'text' : 'numeric'} autoComplete="off" value={draft[field] ?? ''} aria-describedby={describedBy} aria-invalid={Boolean(describedBy)} onChange={(event) => set(field, event.target.value)} />}
            </Field>
          ))}
          <Field name="territoryIds" label={i18n.t('detail.territory')} errors={errors} labelled>
            {() => (
              <Select label={i18n.t('detail.territory')} value={draft.territoryId || null} empty="—" onChange={(id) => set('territoryId', id ?? '')}
                options={(choices.data?.territories ?? []).map((territory) => ({ value: territory.id, label: territory.name }))} />
            )}
          </Field>
          <Field name="sectorIds" label={i18n.t('detail.sectors')} errors={errors} labelled>
            {() => <MultiSelect label={i18n.t('detail.sectors')} placeholder="—" value={draft.sectorIds} onChange={(ids) => set('sectorIds', ids)} options={sectors.map((sector) => ({ value: sector.id, label: sector.name }))} />}
          </Field>
          {(['offers', 'needs'] as const).map((list) => (
            <Field key={list} name={list} label={i18n.t(`detail.${list}`)} errors={errors} labelled>
              {() => <MultiSelect label={i18n.t(`detail.${list}`)} placeholder="—" value={draft[list]} onChange={(ids) => set(list, ids)} options={(choices.data?.resources ?? []).map((resource) => ({ value: resource.id, label: resource.name }))} />}
            </Field>
          ))}
          <Field name="description" label={i18n.t('edit.description')} errors={errors}>
            {(describedBy) => <textarea rows={3} value={draft.description ?? ''} aria-describedby={describedBy} onChange={(event) => set('description', event.target.value)} />}
          </Field>
        </div>
        <fieldset>
          <legend>{i18n.t('edit.contact')}</legend>
          <p className="muted">{i18n.t('edit.contactHint')}</p>
          {(['contactName', 'contactEmail', 'contactPhone'] as const).map((field) => (
            <Field key={field} name={field} label={i18n.t(`edit.${field}`)} errors={errors}>
              {(describedBy) => <input type={field === 'contactEmail' ? 'email' : 'text'} value={draft[field] ?? ''} aria-describedby={describedBy} aria-invalid={Boolean(describedBy)} onChange={(event) => set(field, event.target.value)} />}
            </Field>
          ))}
          <Field name="contactConsentPurpose" label={i18n.t('edit.consentPurpose')} errors={errors}>
            {(describedBy) => <input value={draft.consentPurpose} aria-describedby={describedBy} aria-invalid={Boolean(describedBy)} onChange={(event) => set('consentPurpose', event.target.value)} />}
          </Field>
          <DateField label={i18n.t('edit.consentDate')} lang={i18n.lang} value={draft.consentDate} onChange={(day) => set('consentDate', day)} />
        </fieldset>
        {draft.kind === 'PERSON' && (
          <fieldset>
            <legend>{i18n.t('edit.publication')}</legend>
            <p className="muted">{i18n.t('edit.publicationHint')}</p>
            {([['publicationPurpose', 'publicationConsentPurpose'], ['publicationSource', 'publicationConsentSource']] as const).map(([key, field]) => (
              <Field key={field} name={field} label={i18n.t(`edit.${key}`)} errors={errors}>
                {(describedBy) => <input value={draft[key]} disabled={draft.publicationWithdrawn} aria-describedby={describedBy} aria-invalid={Boolean(describedBy)} onChange={(event) => set(key, event.target.value)} />}
              </Field>
            ))}
            <DateField label={i18n.t('edit.publicationDate')} lang={i18n.lang} value={draft.publicationDate} isDisabled={draft.publicationWithdrawn} onChange={(day) => set('publicationDate', day)} />
            <Checkbox checked={draft.publicationWithdrawn} onChange={(checked) => set('publicationWithdrawn', checked)}>{i18n.t('edit.publicationWithdrawn')}</Checkbox>
          </fieldset>
        )}
        <ErrorList errors={errors} fields={fields} />
        <div className="actions">
          <Button type="submit" isDisabled={saving}>{i18n.t('edit.save')}</Button>
          <Button onPress={() => onClose()}>{i18n.t('edit.cancel')}</Button>
        </div>
    </FormDialog>
  );
}
