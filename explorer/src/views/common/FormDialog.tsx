import type { FormEvent, ReactNode } from 'react';
import { useI18n } from './I18n.js';
import { Dialog } from '../../ui/index.js';

interface Props {
  /** The id of the title, which names the dialog. */
  id: string;
  title: string;
  narrow?: boolean;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  children: ReactNode;
}

/** A modal form: titled, closed by its ×, by Escape or outside, its fields checked by the API rather than the browser. */
export function FormDialog({ id, title, narrow = false, onSubmit, onClose, children }: Props) {
  const i18n = useI18n();
  return (
    <Dialog title={title} titleId={id} closeLabel={i18n.t('embedDialog.close')} onClose={onClose} narrow={narrow}
      wrap={(content) => <form onSubmit={onSubmit} noValidate aria-labelledby={id}>{content}</form>}>
      {children}
    </Dialog>
  );
}
