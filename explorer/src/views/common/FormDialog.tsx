import { useEffect, type FormEvent, type ReactNode } from 'react';
import { useI18n } from './I18n.js';

interface Props {
  /** The id of the title, which names the dialog. */
  id: string;
  title: string;
  narrow?: boolean;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  children: ReactNode;
}

/** A modal form: titled, closed by its × or by Escape, its fields checked by the API rather than the browser. */
export function FormDialog({ id, title, narrow = false, onSubmit, onClose, children }: Props) {
  const i18n = useI18n();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay">
      <form className={narrow ? 'dialog narrow' : 'dialog'} role="dialog" aria-modal="true" aria-labelledby={id} onSubmit={onSubmit} noValidate>
        <header>
          <h2 id={id}>{title}</h2>
          <button type="button" onClick={onClose} aria-label={i18n.t('embedDialog.close')}>×</button>
        </header>
        {children}
      </form>
    </div>
  );
}
