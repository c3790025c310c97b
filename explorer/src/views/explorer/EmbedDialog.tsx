import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_LOOK, embedParams, embedUrl, iframeSnippet, scriptSnippet, type EmbedLook } from '../../core/embed/snippet.js';
import type { Filters } from '../../core/graph/filter.js';
import type { LayoutName } from '../../core/url/viewState.js';
import { SaveEmbedView } from '../editing/SaveEmbedView.js';
import { Choice } from './Choice.js';
import { useI18n } from '../common/I18n.js';

interface Props {
  filters: Filters;
  layout: LayoutName;
  origin: string;
  /** Animators may save the view under a short name. */
  canSave?: boolean;
  onClose(): void;
}

function CopyField({ label, value }: { label: string; value: string }) {
  const i18n = useI18n();
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard (an insecure origin, an old browser): select the text for the user to copy.
      area.current?.select();
    }
    setCopied(true);
  };
  return (
    <div className="field">
      <label>
        {label}
        <textarea ref={area} readOnly rows={4} value={value} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <button type="button" onClick={() => void copy()}>{copied ? i18n.t('embedDialog.copied') : i18n.t('embedDialog.copy')}</button>
    </div>
  );
}

/** "Intégrer cette vue": the current view as an embed, previewed live, with the iframe and script to copy. */
export function EmbedDialog({ filters, layout, origin, canSave = false, onClose }: Props) {
  const i18n = useI18n();
  const [look, setLook] = useState<EmbedLook>(DEFAULT_LOOK);
  const params = useMemo(() => embedParams(filters, layout, i18n.lang, look), [filters, layout, i18n.lang, look]);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    first.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const set = <K extends keyof EmbedLook>(key: K, value: EmbedLook[K]): void => setLook((current) => ({ ...current, [key]: value }));
  const title = i18n.t('embed.title');
  return (
    <div className="overlay">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="embed-dialog-title">
        <header>
          <h2 id="embed-dialog-title">{i18n.t('embedDialog.title')}</h2>
          <button type="button" onClick={onClose} aria-label={i18n.t('embedDialog.close')}>×</button>
        </header>
        <p className="muted">{i18n.t('embedDialog.hint')}</p>
        <div className="embed-options">
          <label className="inline">
            {i18n.t('embedDialog.theme')}{' '}
            <select ref={first} value={look.theme} onChange={(event) => set('theme', event.target.value as EmbedLook['theme'])}>
              <option value="light">{i18n.t('embedDialog.light')}</option>
              <option value="dark">{i18n.t('embedDialog.dark')}</option>
            </select>
          </label>
          <label className="inline">
            {i18n.t('embedDialog.accent')}{' '}
            <input type="color" value={look.accent ? `#${look.accent}` : '#0b57a4'} onChange={(event) => set('accent', event.target.value.slice(1))} />
          </label>
          <Choice label={i18n.t('embedDialog.height')} value={String(look.height)} values={['320', '480', '640', '800']}
            text={(value) => `${value} px`} onChange={(value) => set('height', Number(value))} />
          {(['legend', 'search', 'table'] as const).map((key) => (
            <label key={key} className="check">
              <input type="checkbox" checked={look[key]} onChange={(event) => set(key, event.target.checked)} />
              {i18n.t(`embedDialog.${key}`)}
            </label>
          ))}
        </div>
        <iframe className="embed-preview" src={embedUrl(origin, params)} title={`${i18n.t('embedDialog.preview')} — ${title}`} height={look.height + 160} />
        <CopyField label={i18n.t('embedDialog.iframe')} value={iframeSnippet(origin, params, look.height, title)} />
        <CopyField label={i18n.t('embedDialog.script')} value={scriptSnippet(origin, params)} />
        {canSave && <SaveEmbedView origin={origin} params={params} />}
      </div>
    </div>
  );
}
