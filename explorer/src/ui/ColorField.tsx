import { ColorField as AriaColorField, ColorSwatch, Input, Label, parseColor, type Color } from 'react-aria-components';

interface Props {
  label: string;
  /** A colour as six hex digits, without the `#`. */
  value: string;
  onChange(value: string): void;
}

/** A colour typed as its hex code (the form a site's charter gives), beside a swatch that shows it. */
export function ColorField({ label, value, onChange }: Props) {
  const colour = parseColor(`#${value}`);
  return (
    <AriaColorField className="ui-field ui-colour" value={colour} onChange={(next: Color | null) => { if (next) onChange(next.toString('hex').slice(1).toLowerCase()); }}>
      <Label className="ui-label">{label}</Label>
      <span className="ui-colour-row">
        <ColorSwatch className="ui-swatch" color={colour} />
        <Input className="ui-colour-input" />
      </span>
    </AriaColorField>
  );
}
