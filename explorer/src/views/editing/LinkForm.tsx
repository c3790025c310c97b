import { COOPERATION_KINDS, type CooperationKind, type Provenance } from '@maillage/schema/vocabulary';
import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { CooperationInput } from '@maillage/schema';
import type { FieldError } from '../../core/editing/errors.js';
import { SAVE_COOPERATION } from '../../core/editing/queries.js';
import { type NetworkActor, type NetworkLink } from '../../core/graph/types.js';
import { FormDialog } from '../common/FormDialog.js';
import { useI18n } from '../common/I18n.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { ErrorList, FieldMessage } from './FieldErrors.js';
import type { Editing } from './useEditing.js';
import { Button, DateField, Select } from '../../ui/index.js';

interface Props {
  actor: NetworkActor;
  /** The link to edit; null adds one from `actor`. */
  link: NetworkLink | null;
  actors: NetworkActor[];
  editing: Editing;
  onClose(): void;
}

const PROVENANCES: Provenance[] = ['ANIMATOR', 'OBSERVED', 'SELF_DECLARED'];

/** Adding or editing one cooperation link (animators); deleting it sends it to the bin, after a confirmation. */
export function LinkForm({ actor, link, actors, editing, onClose }: Props) {
  const i18n = useI18n();
  const client = useApolloClient();
  const [partner, setPartner] = useState(link ? (link.source === actor.id ? link.target : link.source) : '');
  const [kind, setKind] = useState<CooperationKind>(link?.kind ?? 'PARTNERSHIP');
  const [since, setSince] = useState(link?.since ?? '');
  const [until, setUntil] = useState(link?.until ?? '');
  const [intensity, setIntensity] = useState(link?.intensity ? String(link.intensity) : '');
  const [provenance, setProvenance] = useState<Provenance>(link?.provenance ?? 'ANIMATOR');
  // Not in the network the explorer reads: left empty, they stay as they are.
  const [confidence, setConfidence] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[] | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input: CooperationInput = {
      ...(link ? { id: link.id } : { from: actor.id, to: partner }),
      kind, since: since || null, until: until || null, intensity: intensity ? Number(intensity) : null, provenance,
      ...(confidence ? { confidence: Number(confidence.replace(',', '.')) } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const shown: NetworkLink = { id: link?.id ?? `pending-${Date.now()}`, source: actor.id, target: partner, kind, since: since || null, until: until || null, provenance, intensity: intensity ? Number(intensity) : null };
    const refused = await editing.run(partner ? [{ type: 'link', link: shown }] : [], () => client.mutate({ mutation: SAVE_COOPERATION, variables: { input } }));
    setErrors(refused);
    if (!refused) onClose();
  };

  const others = actors.filter((other) => other.id !== actor.id);
  return (
    <FormDialog id="link-form-title" title={link ? i18n.t('edit.linkTitle') : i18n.t('edit.newLink', { name: actor.name })} narrow onSubmit={(event) => void submit(event)} onClose={onClose}>
        <div className="field-group">
          <Select label={i18n.t('edit.partner')} value={partner || null} empty="—" isDisabled={Boolean(link)} autoFocus={!link} onChange={(id) => setPartner(id ?? '')}
            options={others.map((other) => ({ value: other.id, label: other.name }))} />
          <FieldMessage id="error-to" errors={errors} field="to" />
        </div>
        <Select label={i18n.t('edit.linkKind')} value={kind} autoFocus={Boolean(link)} onChange={(value) => value && setKind(value)}
          options={COOPERATION_KINDS.map((value) => ({ value, label: i18n.linkKind(value) }))} />
        <DateField label={i18n.t('edit.since')} lang={i18n.lang} value={since} onChange={setSince} />
        <div className="field-group">
          <DateField label={i18n.t('edit.until')} lang={i18n.lang} value={until} aria-describedby="error-until" onChange={setUntil} />
          <FieldMessage id="error-until" errors={errors} field="until" />
        </div>
        <Select label={i18n.t('edit.intensity')} value={intensity || null} empty="—" onChange={(value) => setIntensity(value ?? '')}
          options={['1', '2', '3'].map((value) => ({ value, label: value }))} />
        <Select label={i18n.t('edit.provenance')} value={provenance} onChange={(value) => value && setProvenance(value)}
          options={PROVENANCES.map((value) => ({ value, label: i18n.provenance(value) }))} />
        <label>{i18n.t('edit.confidence')}<input inputMode="decimal" value={confidence} placeholder={link ? i18n.t('edit.unchanged') : ''} onChange={(event) => setConfidence(event.target.value)} /></label>
        <label>{i18n.t('edit.note')}<input value={note} placeholder={link ? i18n.t('edit.unchanged') : ''} onChange={(event) => setNote(event.target.value)} /></label>
        <ErrorList errors={errors} fields={['to', 'until']} />
        <div className="actions">
          <Button type="submit">{i18n.t('edit.save')}</Button>
          <Button onPress={onClose}>{i18n.t('edit.cancel')}</Button>
          {link && <ConfirmDelete entity="COOPERATION" id={link.id} label={i18n.t('edit.deleteLink')} editing={editing} optimistic={{ type: 'delete-link', id: link.id }} onDone={onClose} />}
        </div>
    </FormDialog>
  );
}
