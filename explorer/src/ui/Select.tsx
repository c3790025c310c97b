import type { ReactNode } from 'react';
import { defined } from './defined.js';
import { Button, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue, Text, type Key } from 'react-aria-components';

export interface Option<T extends string> {
  value: T;
  label: string;
  /** Shown after the label, right-aligned (a facet's count). */
  extra?: ReactNode;
  /** A child of the option above (a commune under its EPCI, a sub-sector). */
  indent?: boolean;
}

interface Props<T extends string> {
  label: string;
  value: T | null;
  options: readonly Option<T>[];
  onChange(value: T | null): void;
  /** The choice of none, first in the list (its value is null). */
  empty?: string | undefined;
  description?: string | undefined;
  isDisabled?: boolean | undefined;
  className?: string | undefined;
  /** For a form's FormData. */
  name?: string | undefined;
  autoFocus?: boolean | undefined;
}

const NONE = '\u0000none';

/** A one-choice list (React Aria's Select: a button and a list box, typeahead, keyboard and screen readers). */
export function Select<T extends string>({ label, value, options, onChange, empty, description, isDisabled, className, name, autoFocus }: Props<T>) {
  const items = empty === undefined ? options : [{ value: NONE as T, label: empty }, ...options];
  return (
    <AriaSelect
      className={className ? `ui-field ui-select ${className}` : 'ui-field ui-select'}
      selectedKey={value ?? (empty === undefined ? null : NONE)}
      onSelectionChange={(key: Key | null) => onChange(key === null || key === NONE ? null : (String(key) as T))}
      {...defined({ isDisabled, name, autoFocus })}
    >
      <Label className="ui-label">{label}</Label>
      <Button className="ui-button ui-select-trigger">
        <SelectValue className="value" />
        <svg className="chevron" viewBox="0 0 16 16" aria-hidden="true"><polyline points="4 6 8 10 12 6" /></svg>
      </Button>
      {description && <Text slot="description" className="ui-description">{description}</Text>}
      <Popover className="ui-popover" placement="bottom start">
        <ListBox className="ui-listbox">
          {items.map((option) => (
            <ListBoxItem key={option.value} id={option.value} textValue={option.label} className={option.indent ? 'ui-option indent' : 'ui-option'}>
              <span>{option.label}</span>
              {option.extra !== undefined && <span className="count"> {option.extra}</span>}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
