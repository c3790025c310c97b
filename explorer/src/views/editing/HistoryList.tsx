import { useQuery } from '@apollo/client/react';
import { HISTORY } from '../../core/editing/queries.js';
import { useI18n } from '../common/I18n.js';

/** An actor's journal (animators): who changed what, when, the most recent first. */
export function HistoryList({ actorId }: { actorId: string }) {
  const i18n = useI18n();
  const { data, loading, error } = useQuery(HISTORY, { variables: { id: actorId }, fetchPolicy: 'network-only' });
  if (loading) return <p role="status">{i18n.t('state.loading')}</p>;
  if (error || !data) return <p role="alert">{error?.message}</p>;
  if (data.history.length === 0) return <p className="muted">{i18n.t('history.none')}</p>;
  const when = new Intl.DateTimeFormat(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ol className="history">
      {data.history.map((entry) => (
        <li key={entry.id}>
          <span>{i18n.t(`history.${entry.action}` as 'history.CREATE')} {entry.entity === 'COOPERATION' ? i18n.t('history.link') : ''}</span>{' '}
          <span className="muted">{when.format(new Date(entry.at))} · {entry.by}</span>
          {entry.fields.length > 0 && (
            <ul>
              {entry.fields.map((field) => (
                <li key={field.field}><code>{field.field}</code> : {field.before ?? '∅'} → {field.after ?? '∅'}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
