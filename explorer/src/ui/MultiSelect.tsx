import { Button, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue, type Key } from 'react-aria-components';
import { defined } from './defined.js';
import type { Option } from './Select.js';

interface Props<T extends string> {
  label: string;
  value: readonly T[];
  options: readonly Option<T>[];
  onChange(value: T[]): void;
  placeholder: string;
  isDisabled?: boolean | undefined;
}

/** A choice of several in a list (sectors, offers, needs, partners), checked in a popover. */
export function MultiSelect<T extends string>({ label, value, options, onChange, placeholder, isDisabled }: Props<T>) {
  return (
    <AriaSelect
      className="ui-field ui-select"
      selectionMode="multiple"
      value={[...value]}
      onChange={(keys: Key[]) => onChange(keys.map((key) => String(key) as T))}
      placeholder={placeholder}
      {...defined({ isDisabled })}
    >
      <Label className="ui-label">{label}</Label>
      <Button className="ui-button ui-select-trigger">
        <SelectValue className="value" />
        <svg className="chevron" viewBox="0 0 16 16" aria-hidden="true"><polyline points="4 6 8 10 12 6" /></svg>
      </Button>
      <Popover className="ui-popover" placement="bottom start">
        <ListBox className="ui-listbox">
          {options.map((option) => (
            <ListBoxItem key={option.value} id={option.value} textValue={option.label} className={option.indent ? 'ui-option indent' : 'ui-option'}>
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
