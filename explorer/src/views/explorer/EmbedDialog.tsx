import { useMemo, useRef, useState } from 'react';
import { DEFAULT_LOOK, embedParams, embedUrl, iframeSnippet, scriptSnippet, type EmbedLook } from '../../core/embed/snippet.js';
import type { Filters } from '../../core/graph/filter.js';
import type { LayoutName } from '../../core/url/viewState.js';
import { SaveEmbedView } from '../editing/SaveEmbedView.js';
import { useI18n } from '../common/I18n.js';
import { Button, Checkbox, ColorField, Dialog, Select } from '../../ui/index.js';

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
    <div className="ui-field copy-field">
      <label>
        {label}
        <textarea ref={area} readOnly rows={4} value={value} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <Button onPress={() => void copy()}>{copied ? i18n.t('embedDialog.copied') : i18n.t('embedDialog.copy')}</Button>
    </div>
  );
}

/** "Intégrer cette vue": the current view as an embed, previewed live, with the iframe and script to copy. */
export function EmbedDialog({ filters, layout, origin, canSave = false, onClose }: Props) {
  const i18n = useI18n();
  const [look, setLook] = useState<EmbedLook>(DEFAULT_LOOK);
  const params = useMemo(() => embedParams(filters, layout, i18n.lang, look), [filters, layout, i18n.lang, look]);
  const set = <K extends keyof EmbedLook>(key: K, value: EmbedLook[K]): void => setLook((current) => ({ ...current, [key]: value }));
  const title = i18n.t('embed.title');
  return (
    <Dialog title={i18n.t('embedDialog.title')} closeLabel={i18n.t('embedDialog.close')} onClose={onClose}>
        <p className="muted">{i18n.t('embedDialog.hint')}</p>
        <div className="embed-options">
          <Select label={i18n.t('embedDialog.theme')} value={look.theme} autoFocus onChange={(theme) => theme && set('theme', theme)}
            options={[{ value: 'light', label: i18n.t('embedDialog.light') }, { value: 'dark', label: i18n.t('embedDialog.dark') }]} />
          <ColorField label={i18n.t('embedDialog.accent')} value={look.accent || '0b57a4'} onChange={(hex) => set('accent', hex)} />
          <Select label={i18n.t('embedDialog.height')} value={String(look.height)} onChange={(height) => height && set('height', Number(height))}
            options={['320', '480', '640', '800'].map((value) => ({ value, label: `${value} px` }))} />
          {(['legend', 'search', 'table'] as const).map((key) => (
            <Checkbox key={key} checked={look[key]} onChange={(checked) => set(key, checked)}>{i18n.t(`embedDialog.${key}`)}</Checkbox>
          ))}
        </div>
        <iframe className="embed-preview" src={embedUrl(origin, params)} title={`${i18n.t('embedDialog.preview')} — ${title}`} height={look.height + 160} />
        <CopyField label={i18n.t('embedDialog.iframe')} value={iframeSnippet(origin, params, look.height, title)} />
        <CopyField label={i18n.t('embedDialog.script')} value={scriptSnippet(origin, params)} />
        {canSave && <SaveEmbedView origin={origin} params={params} />}
    </Dialog>
  );
}
