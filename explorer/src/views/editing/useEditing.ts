import { useCallback, useState } from 'react';
import { fieldErrors, type FieldError } from '../../core/editing/errors.js';
import type { PendingEdit } from '../../core/editing/pending.js';
import { useI18n } from '../common/I18n.js';

export interface Editing {
  /** Edits drawn before the API confirms them. */
  pending: PendingEdit[];
  /**
   * Runs a mutation with its optimistic edits shown at once; once the API answers, the network is read again
   * and the optimistic edits go (a refusal simply rolls them back). Answers the API's refusals, if any.
   */
  run(optimistic: PendingEdit[], mutate: () => Promise<unknown>): Promise<FieldError[] | null>;
}

export function useEditing(refetch: () => Promise<unknown>): Editing {
  const i18n = useI18n();
  const [pending, setPending] = useState<PendingEdit[]>([]);
  const run = useCallback(async (optimistic: PendingEdit[], mutate: () => Promise<unknown>): Promise<FieldError[] | null> => {
    setPending((current) => [...current, ...optimistic]);
    try {
      await mutate();
    } catch (error) {
      setPending((current) => current.filter((edit) => !optimistic.includes(edit)));
      return fieldErrors(error, i18n.lang);
    }
    // The edit is made; reading the network again may be cut short (a panel closing), which changes nothing to it.
    await refetch().catch(() => null);
    setPending((current) => current.filter((edit) => !optimistic.includes(edit)));
    return null;
  }, [refetch, i18n.lang]);
  return { pending, run };
}
