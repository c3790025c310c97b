import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox } from 'react-aria-components';
import { defined } from './defined.js';

interface Props {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
  isDisabled?: boolean | undefined;
  name?: string | undefined;
  'aria-describedby'?: string | undefined;
}

/** A checkbox with its label; the native input stays underneath, for forms and assistive tools. */
export function Checkbox({ checked, onChange, children, isDisabled, name, ...aria }: Props) {
  return (
    <AriaCheckbox className="ui-checkbox" isSelected={checked} onChange={onChange} {...defined({ isDisabled, name, ...aria })}>
      <span className="box" aria-hidden="true"><svg viewBox="0 0 18 18"><polyline points="2 9.5 7 14 16 4" /></svg></span>
      <span className="text">{children}</span>
    </AriaCheckbox>
  );
}
