import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button.js';

interface Props {
  title: ReactNode;
  /** The title's id, for what refers to it. */
  titleId?: string | undefined;
  closeLabel: string;
  onClose(): void;
  narrow?: boolean;
  /** The dialog's body. */
  children: ReactNode;
  /** Wrap the body (and the title) in this element: a `<form>` that submits. */
  wrap?(content: ReactNode): ReactNode;
}

/**
 * A modal dialog (React Aria: focus kept inside, Escape and the × close it, the page behind hidden from assistive
 * tools); on a phone it rises as a bottom sheet.
 */
export function Dialog({ title, titleId, closeLabel, onClose, narrow = false, children, wrap }: Props) {
  const content = (
    <>
      <header>
        <Heading slot="title" {...(titleId ? { id: titleId } : {})}>{title}</Heading>
        <Button tone="quiet" icon aria-label={closeLabel} onPress={onClose}>
          <span aria-hidden="true" style={{ fontSize: '1.5rem', lineHeight: 1 }}>×</span>
        </Button>
      </header>
      {children}
    </>
  );
  return (
    <ModalOverlay className="ui-overlay" isOpen isDismissable onOpenChange={(open) => { if (!open) onClose(); }}>
      <Modal className={narrow ? 'ui-modal narrow' : 'ui-modal'}>
        <AriaDialog className="ui-dialog">{wrap ? wrap(content) : content}</AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
