import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/index.js';
import { useI18n } from './I18n.js';

interface Props {
  /** The id of the title, which names the panel. */
  id: string;
  title: ReactNode;
  closeLabel: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

/**
 * The right-hand panel (an actor's card, the gaps, the desk): titled, closed by its ×. On a phone it is a bottom
 * sheet over the lower part of the network, which its handle raises to nearly the whole screen and lowers again.
 */
export function SidePanel({ id, title, closeLabel, onClose, className, children }: Props) {
  const i18n = useI18n();
  const [raised, setRaised] = useState(false);
  return (
    <aside className={['side-panel', raised ? 'raised' : '', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={id}>
      <Button tone="quiet" className="sheet-handle" aria-label={i18n.t('shell.sheetHandle')} aria-expanded={raised} onPress={() => setRaised(!raised)}>
        <span aria-hidden="true" />
      </Button>
      <header className="side-panel-header">
        <h2 id={id}>{title}</h2>
        <Button tone="quiet" icon aria-label={closeLabel} onPress={onClose}><span aria-hidden="true" className="close-mark">×</span></Button>
      </header>
      <div className="side-panel-body" tabIndex={0} role="group" aria-labelledby={id}>{children}</div>
    </aside>
  );
}
