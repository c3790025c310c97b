import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { HISTORY, UNDO_CHANGE } from '../../core/editing/queries.js';
import { localMessage } from '../../core/session/session.js';
import { useI18n } from '../common/I18n.js';
import { Button } from '../../ui/index.js';

/**
 * An actor's journal (animators): who changed what, when, the most recent first; each entry can be undone (a new
 * entry gives back the state before it), or the API says why not.
 */
export function HistoryList({ actorId, onUndone }: { actorId: string; onUndone?(): void }) {
  const i18n = useI18n();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(HISTORY, { variables: { id: actorId }, fetchPolicy: 'network-only' });
  const [refusal, setRefusal] = useState<string | null>(null);
  if (loading) return <p role="status">{i18n.t('state.loading')}</p>;
  if (error || !data) return <p role="alert">{error?.message}</p>;
  if (data.history.length === 0) return <p className="muted">{i18n.t('history.none')}</p>;
  const when = new Intl.DateTimeFormat(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const undo = async (id: string): Promise<void> => {
    try {
      await client.mutate({ mutation: UNDO_CHANGE, variables: { id } });
      setRefusal(null);
      await refetch();
      onUndone?.();
    } catch (failure) {
      setRefusal(localMessage((failure as Error).message, i18n.lang));
    }
  };
  return (
    <>
      {refusal && <p role="alert" className="error">{refusal}</p>}
      <ol className="history">
        {data.history.map((entry) => (
          <li key={entry.id}>
            <span>{i18n.t(`history.${entry.action}` as 'history.CREATE')} {entry.entity === 'COOPERATION' ? i18n.t('history.link') : ''}</span>{' '}
            <span className="muted">{when.format(new Date(entry.at))} · {entry.by}</span>
            {entry.undoes && <span className="muted"> · {i18n.t('history.undoes')}</span>}
            {entry.fields.length > 0 && (
              <ul>
                {entry.fields.map((field) => (
                  <li key={field.field}><code>{field.field}</code> : {field.before ?? '∅'} → {field.after ?? '∅'}</li>
                ))}
              </ul>
            )}
            {entry.action !== 'ERASE' && (
              <Button small onPress={() => void undo(entry.id)}>{i18n.t('history.undo')}</Button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
