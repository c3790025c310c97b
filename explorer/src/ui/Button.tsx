import type { ReactNode } from 'react';
import { Button as AriaButton, ToggleButton as AriaToggleButton, type ButtonProps, type ToggleButtonProps } from 'react-aria-components';

export type Tone = 'default' | 'primary' | 'quiet' | 'danger' | 'link';

interface Look {
  tone?: Tone | undefined;
  small?: boolean | undefined;
  /** An icon-only button: square; its name comes from `aria-label`. */
  icon?: boolean | undefined;
  className?: string | undefined;
}

export function lookClass({ tone = 'default', small = false, icon = false, className }: Look): string {
  return ['ui-button', tone === 'default' ? '' : tone, small ? 'small' : '', icon ? 'icon' : '', className ?? ''].filter(Boolean).join(' ');
}

/** The one button of every page (React Aria: press events for mouse, touch and keyboard alike). */
export function Button({ tone, small, icon, className, ...props }: Omit<ButtonProps, 'className'> & Look & { children?: ReactNode }) {
  return <AriaButton {...props} className={lookClass({ tone, small, icon, className })} />;
}

/** A button that stays pressed (`aria-pressed`): the gaps panel, a focus, a highlight. */
export function ToggleButton({ tone, small, icon, className, ...props }: Omit<ToggleButtonProps, 'className'> & Look & { children?: ReactNode }) {
  return <AriaToggleButton {...props} className={lookClass({ tone, small, icon, className })} />;
}
