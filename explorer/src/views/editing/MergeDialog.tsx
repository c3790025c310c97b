import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { EDITABLE_ACTOR, MERGE_ACTORS, type EditableActor } from '../../core/editing/queries.js';
import { localMessage } from '../../core/session/session.js';
import { FormDialog } from '../common/FormDialog.js';
import { useI18n } from '../common/I18n.js';
import { Button, Segmented } from '../../ui/index.js';

type Side = 'a' | 'b';
const FIELDS = ['name', 'silo', 'kind', 'description', 'website', 'siren', 'siret', 'rna', 'territoryIds'] as const;
type Field = (typeof FIELDS)[number];

/** A field's value as the animator reads it, to choose between the two records. */
function shown(actor: EditableActor, field: Field): string {
  if (field === 'territoryIds') return actor.locatedIn.map((place) => place.id).join(', ');
  return String(actor[field] ?? '');
}

/**
 * Merging two records of one actor (animators): which one to keep, and for each field where they differ, whose
 * value; links, sectors, resources, projects and history join the kept one, the other goes to the bin. Undone from
 * the kept actor's history.
 */
export function MergeDialog({ a, b, onClose, onMerged }: { a: string; b: string; onClose(): void; onMerged(kept: string): void }) {
  const i18n = useI18n();
  const client = useApolloClient();
  const first = useQuery(EDITABLE_ACTOR, { variables: { id: a }, fetchPolicy: 'network-only' });
  const second = useQuery(EDITABLE_ACTOR, { variables: { id: b }, fetchPolicy: 'network-only' });
  const [kept, setKept] = useState<Side>('a');
  const [choices, setChoices] = useState<Partial<Record<Field, Side>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const actors = { a: first.data?.actors[0], b: second.data?.actors[0] };
  const [keptActor, mergedActor] = kept === 'a' ? [actors.a, actors.b] : [actors.b, actors.a];
  const differing = keptActor && mergedActor ? FIELDS.filter((field) => shown(keptActor, field) !== shown(mergedActor, field)) : [];
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!keptActor || !mergedActor) return;
    const take = differing.filter((field) => (choices[field] ?? kept) !== kept);
    try {
      await client.mutate({ mutation: MERGE_ACTORS, variables: { kept: keptActor.id, merged: mergedActor.id, take } });
      onMerged(keptActor.id);
    } catch (error) {
      setFailure(localMessage((error as Error).message, i18n.lang));
    }
  };
  return (
    <FormDialog id="merge-title" title={i18n.t('merge.title')} onSubmit={(event) => void submit(event)} onClose={onClose}>
      {!actors.a || !actors.b ? <p role="status">{i18n.t('state.loading')}</p> : (
        <>
          <p className="muted">{i18n.t('merge.hint')}</p>
          <Segmented label={i18n.t('merge.keep')} value={kept} values={['a', 'b'] as const} onChange={(side) => { setKept(side); setChoices({}); }}
            text={(side) => i18n.t('merge.keepThis', { name: actors[side]!.name })} />
          {differing.length === 0 && <p>{i18n.t('merge.same')}</p>}
          {differing.map((field) => (
            <div key={field} className="merge-field">
              <p className="ui-label">{i18n.t(`merge.field.${field}`)}</p>
              <Segmented label={i18n.t(`merge.field.${field}`)} value={choices[field] ?? kept} values={['a', 'b'] as const}
                onChange={(side) => setChoices({ ...choices, [field]: side })}
                text={(side) => shown(actors[side]!, field) || '∅'} />
            </div>
          ))}
          {failure && <p role="alert" className="error">{failure}</p>}
          <div className="actions">
            <Button type="submit" tone="primary">{i18n.t('merge.submit', { name: keptActor!.name })}</Button>
          </div>
        </>
      )}
    </FormDialog>
  );
}
