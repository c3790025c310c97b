import type { ReactNode } from 'react';

interface Props {
  /** The id of the title, which names the panel. */
  id: string;
  title: ReactNode;
  closeLabel: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

/** The right-hand panel (an actor's card, the gaps, the desk): titled, closed by its ×. */
export function SidePanel({ id, title, closeLabel, onClose, className, children }: Props) {
  return (
    <aside className={className ? `panel detail ${className}` : 'panel detail'} aria-labelledby={id}>
      <header>
        <h2 id={id}>{title}</h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>×</button>
      </header>
      {children}
    </aside>
  );
}
