import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { LIKELY_DUPLICATES } from '../../core/editing/queries.js';
import { localMessage } from '../../core/session/session.js';
import { useI18n } from '../common/I18n.js';
import { Button } from '../../ui/index.js';
import { MergeDialog } from './MergeDialog.js';

/** The desk's likely duplicates: two actors that may be one, and why; the animator opens each, or merges them. */
export function DuplicatesSection({ onSelect }: { onSelect(actorId: string): void }) {
  const i18n = useI18n();
  const duplicates = useQuery(LIKELY_DUPLICATES, { fetchPolicy: 'network-only' });
  const pairs = duplicates.data?.likelyDuplicates ?? [];
  const [merging, setMerging] = useState<{ a: string; b: string } | null>(null);
  return (
    <section aria-labelledby="duplicates-title">
      <h3 id="duplicates-title">{i18n.t('desk.duplicates', { count: pairs.length })}</h3>
      <p className="muted">{i18n.t('desk.duplicatesHint')}</p>
      {duplicates.data && pairs.length === 0 && <p className="muted">{i18n.t('desk.noDuplicate')}</p>}
      <ul className="cards">
        {pairs.map((pair) => (
          <li key={`${pair.a.id}|${pair.b.id}`}>
            <p className="muted">{localMessage(pair.why, i18n.lang)}</p>
            <div className="actions">
              <Button onPress={() => onSelect(pair.a.id)}>{pair.a.name}</Button>
              <Button onPress={() => onSelect(pair.b.id)}>{pair.b.name}</Button>
              <Button tone="primary" onPress={() => setMerging({ a: pair.a.id, b: pair.b.id })}>{i18n.t('merge.open')}</Button>
            </div>
          </li>
        ))}
      </ul>
      {merging && (
        <MergeDialog a={merging.a} b={merging.b} onClose={() => setMerging(null)}
          onMerged={(kept) => { setMerging(null); void duplicates.refetch(); onSelect(kept); }} />
      )}
    </section>
  );
}
