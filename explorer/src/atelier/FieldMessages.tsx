import type { FieldError } from '../core/editing/errors.js';

/** The API's refusals for these fields (null: the form as a whole), under the field, announced as they come. */
export function FieldMessages({ errors, fields }: { errors: readonly FieldError[]; fields: readonly (string | null)[] }) {
  const mine = errors.filter((error) => fields.includes(error.field));
  if (mine.length === 0) return null;
  return <span role="alert" className="field-error">{mine.map((error) => error.message).join(' ')}</span>;
}
