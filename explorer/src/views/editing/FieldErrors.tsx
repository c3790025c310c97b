import type { FieldError } from '../../core/editing/errors.js';

/** The API's refusals that name no field of the form, or all of them when the form has no such field. */
export function ErrorList({ errors, fields = [] }: { errors: FieldError[] | null; fields?: string[] }) {
  const shown = (errors ?? []).filter((error) => !error.field || !fields.includes(error.field));
  if (shown.length === 0) return null;
  return (
    <ul role="alert" className="error">
      {shown.map((error, index) => <li key={index}>{error.message}</li>)}
    </ul>
  );
}

/** The refusal of one field, under it, tied to it for screen readers by `aria-describedby`. */
export function FieldMessage({ id, errors, field }: { id: string; errors: FieldError[] | null; field: string }) {
  const error = errors?.find((item) => item.field === field);
  return error ? <span id={id} className="error" role="alert">{error.message}</span> : null;
}
