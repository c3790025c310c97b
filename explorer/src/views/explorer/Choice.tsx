/** A labelled drop-down over a fixed list of values, each shown by its own label. */
export function Choice<T extends string>(props: { label: string; value: T; values: readonly T[]; text(value: T): string; onChange(value: T): void }) {
  return (
    <label className="inline">
      {props.label}{' '}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {props.values.map((value) => <option key={value} value={value}>{props.text(value)}</option>)}
      </select>
    </label>
  );
}
