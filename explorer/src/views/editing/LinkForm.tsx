import { COOPERATION_KINDS, type CooperationKind, type Provenance } from '@maillage/schema/vocabulary';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CooperationInput } from '@maillage/schema';
import type { FieldError } from '../../core/editing/errors.js';
import { SAVE_COOPERATION } from '../../core/editing/queries.js';
import { type NetworkActor, type NetworkLink } from '../../core/graph/types.js';
import { FormDialog } from '../common/FormDialog.js';
import { useI18n } from '../common/I18n.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { ErrorList, FieldMessage } from './FieldErrors.js';
import type { Editing } from './useEditing.js';

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
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

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
        <label>
          {i18n.t('edit.partner')}
          <select ref={first} value={partner} disabled={Boolean(link)} aria-describedby="error-to" onChange={(event) => setPartner(event.target.value)}>
            <option value="">—</option>
            {others.map((other) => <option key={other.id} value={other.id}>{other.name}</option>)}
          </select>
          <FieldMessage id="error-to" errors={errors} field="to" />
        </label>
        <label>{i18n.t('edit.linkKind')}<select value={kind} onChange={(event) => setKind(event.target.value as CooperationKind)}>{COOPERATION_KINDS.map((value) => <option key={value} value={value}>{i18n.linkKind(value)}</option>)}</select></label>
        <label>{i18n.t('edit.since')}<input type="date" value={since} onChange={(event) => setSince(event.target.value)} /></label>
        <label>{i18n.t('edit.until')}<input type="date" value={until} aria-describedby="error-until" onChange={(event) => setUntil(event.target.value)} /><FieldMessage id="error-until" errors={errors} field="until" /></label>
        <label>{i18n.t('edit.intensity')}<select value={intensity} onChange={(event) => setIntensity(event.target.value)}><option value="">—</option>{['1', '2', '3'].map((value) => <option key={value} value={value}>{value}</option>)}</select></label>
        <label>{i18n.t('edit.provenance')}<select value={provenance} onChange={(event) => setProvenance(event.target.value as Provenance)}>{PROVENANCES.map((value) => <option key={value} value={value}>{i18n.provenance(value)}</option>)}</select></label>
        <label>{i18n.t('edit.confidence')}<input inputMode="decimal" value={confidence} placeholder={link ? i18n.t('edit.unchanged') : ''} onChange={(event) => setConfidence(event.target.value)} /></label>
        <label>{i18n.t('edit.note')}<input value={note} placeholder={link ? i18n.t('edit.unchanged') : ''} onChange={(event) => setNote(event.target.value)} /></label>
        <ErrorList errors={errors} fields={['to', 'until']} />
        <div className="actions">
          <button type="submit">{i18n.t('edit.save')}</button>
          <button type="button" onClick={onClose}>{i18n.t('edit.cancel')}</button>
          {link && <ConfirmDelete entity="COOPERATION" id={link.id} label={i18n.t('edit.deleteLink')} editing={editing} optimistic={{ type: 'delete-link', id: link.id }} onDone={onClose} />}
        </div>
    </FormDialog>
  );
}
