import { graphql } from '../../generated/index.js';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { localMessage } from '../../core/session/session.js';
import { useI18n } from '../common/I18n.js';
import { Button } from '../../ui/index.js';

const SAVE_VIEW = graphql(`
  mutation ExplorerSaveEmbedView($name: Slug!, $title: String!, $query: EmbedQuery!) {
    createEmbedViews(input: [{ name: $name, title: $title, query: $query }]) { embedViews { name } }
  }
`);

/** Animators save the view under a short name: /embed/v/<name> keeps working when embed parameters evolve. */
export function SaveEmbedView({ origin, params }: { origin: string; params: URLSearchParams }) {
  const i18n = useI18n();
  const [save, { data, error, loading }] = useMutation(SAVE_VIEW);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void save({ variables: { name, title, query: params.toString() } }).catch(() => null);
  };
  const saved = data?.createEmbedViews.embedViews[0]?.name;
  return (
    <form className="field" onSubmit={submit} aria-labelledby="save-view-title">
      <h3 id="save-view-title">{i18n.t('embedDialog.save')}</h3>
      <label className="inline">{i18n.t('embedDialog.saveName')}<input value={name} pattern="[a-z0-9][a-z0-9\-]*" onChange={(event) => setName(event.target.value)} /></label>
      <label className="inline">{i18n.t('embedDialog.saveTitle')}<input value={title} onChange={(event) => setTitle(event.target.value)} /></label>
      <Button type="submit" isDisabled={loading || !name || !title}>{i18n.t('edit.save')}</Button>
      {error && <p role="alert" className="error">{localMessage(error.message, i18n.lang)}</p>}
      {saved && <p role="status">{i18n.t('embedDialog.saved')} <code>{`${origin}/embed/v/${saved}`}</code></p>}
    </form>
  );
}
