import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';

interface Props<T extends string> {
  label: string;
  value: T;
  values: readonly T[];
  text(value: T): string;
  onChange(value: T): void;
  className?: string;
}

/** A row of mutually exclusive choices, one always chosen (the view, the layout): a radio group for assistive tools. */
export function Segmented<T extends string>({ label, value, values, text, onChange, className }: Props<T>) {
  return (
    <ToggleButtonGroup
      aria-label={label}
      className={className ? `ui-segmented ${className}` : 'ui-segmented'}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value]}
      onSelectionChange={(keys: Set<Key>) => {
        const [next] = [...keys];
        if (next !== undefined) onChange(String(next) as T);
      }}
    >
      {values.map((item) => (
        <ToggleButton key={item} id={item} className="ui-button">{text(item)}</ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
