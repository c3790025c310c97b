import { useId } from 'react';

interface Props {
  label: string;
  min: number;
  max: number;
  value: number;
  /** What the value means, said and shown (the leftmost notch of the year slider is "every year"). */
  valueText(value: number): string;
  onChange(value: number): void;
}

/**
 * A one-thumb slider in whole steps, its value said in words. A native range input under the system's look: it
 * already has every keyboard, touch and screen-reader behaviour, and `aria-valuetext` says what a notch means.
 */
export function Slider({ label, min, max, value, valueText, onChange }: Props) {
  const id = useId();
  return (
    <div className="ui-slider">
      <label className="ui-label" htmlFor={id}>{label}</label>
      <output htmlFor={id} aria-hidden="true">{valueText(value)}</output>
      <input id={id} type="range" min={min} max={max} step={1} value={value} aria-valuetext={valueText(value)}
        onChange={(event) => onChange(Number(event.target.value))} />
    </div>
  );
}
