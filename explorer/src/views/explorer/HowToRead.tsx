import { useEffect, useRef } from 'react';
import { Button } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';
import { LegendKey } from './Legend.js';

const SEEN = 'maillage:howto-seen';

/** Whether this device has already dismissed the guide: first visits get it. */
export function firstVisit(): boolean {
  try {
    return window.localStorage.getItem(SEEN) === null;
  } catch {
    return false; // storage refused (private mode): never nag
  }
}

export function rememberSeen(): void {
  try {
    window.localStorage.setItem(SEEN, new Date().toISOString());
  } catch {
    // storage refused: the guide comes back next visit, which is harmless
  }
}

/**
 * "How to read this network": a short guide over the network, not in front of it (the page stays usable), shown
 * on a first visit and from the header's "?" ever after.
 */
export function HowToRead({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const close = (): void => {
    rememberSeen();
    onClose();
  };
  return (
    <section className="howto card" aria-labelledby="howto-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
      <header>
        <h2 id="howto-title" ref={heading} tabIndex={-1}>{i18n.t('howto.title')}</h2>
        <Button tone="quiet" icon aria-label={i18n.t('howto.close')} onPress={close}><span aria-hidden="true" className="close-mark">×</span></Button>
      </header>
      <div className="howto-body" tabIndex={0} role="group" aria-label={i18n.t('howto.title')}>
        <p>{i18n.t('howto.intro')}</p>
        <p>{i18n.t('howto.silos')}</p>
        <p>{i18n.t('howto.shapes')}</p>
        <p>{i18n.t('howto.lines')}</p>
        <LegendKey />
        <p>{i18n.t('howto.gaps')}</p>
        <p>{i18n.t('howto.use')}</p>
      </div>
      <Button tone="primary" onPress={close}>{i18n.t('howto.start')}</Button>
    </section>
  );
}
