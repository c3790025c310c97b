import { localMessage } from '../session/session.js';

export interface FieldError {
  /** The input field at fault, as the API names it (null: the edit as a whole). */
  field: string | null;
  message: string;
}

interface FormattedError {
  message: string;
  extensions?: { field?: unknown };
}

/** The API's refusals of an edit, one per field, in the reader's language. */
export function fieldErrors(error: unknown, lang: 'fr' | 'en'): FieldError[] {
  const errors = (error as { errors?: FormattedError[] } | null)?.errors;
  const list: FormattedError[] = Array.isArray(errors) && errors.length > 0 ? errors : [{ message: error instanceof Error ? error.message : String(error) }];
  return list.map((item) => ({ field: typeof item.extensions?.field === 'string' ? item.extensions.field.split(':')[0]! : null, message: localMessage(item.message, lang) }));
}
