import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { EditedEntity } from '@maillage/schema';
import type { FieldError } from '../../core/editing/errors.js';
import type { PendingEdit } from '../../core/editing/pending.js';
import { DELETE_ENTITY } from '../../core/editing/queries.js';
import { useI18n } from '../common/I18n.js';
import { ErrorList } from './FieldErrors.js';
import type { Editing } from './useEditing.js';
import { Button } from '../../ui/index.js';

interface Props {
  entity: EditedEntity;
  id: string;
  label: string;
  editing: Editing;
  /** What to hide at once, when the network shows it. */
  optimistic?: PendingEdit;
  onDone(): void;
}

/** "Supprimer", then "Confirmer la suppression" or "Annuler": deleting sends to the bin, from which it can come back. */
export function ConfirmDelete({ entity, id, label, editing, optimistic, onDone }: Props) {
  const i18n = useI18n();
  const client = useApolloClient();
  const [asking, setAsking] = useState(false);
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  if (!asking) return <Button tone="danger" onPress={() => setAsking(true)}>{label}</Button>;
  const confirm = async (): Promise<void> => {
    const refused = await editing.run(optimistic ? [optimistic] : [], () => client.mutate({ mutation: DELETE_ENTITY, variables: { entity, id } }));
    setErrors(refused);
    if (!refused) onDone();
  };
  return (
    <span role="group" aria-label={label}>
      <span>{i18n.t('edit.confirmDelete')}</span>{' '}
      <Button tone="danger" autoFocus onPress={() => void confirm()}>{i18n.t('edit.confirm')}</Button>{' '}
      <Button onPress={() => setAsking(false)}>{i18n.t('edit.cancel')}</Button>
      <ErrorList errors={errors} />
    </span>
  );
}
