/**
 * The server's field errors (RFC 9457 `errors: [{ field, code, params, message }]`, see
 * docs/api-errors.md) put onto the fields of a form, so every form shows them the same way.
 */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.js';
import { fieldErrorText, problemText } from '../api/problemText.js';

/** A field's place in a form, as Ant Design names it: `locations.0.area` → ['locations', 0, 'area']. */
export type FieldPath = (string | number)[];

/**
 * One field error of a problem, its field as a path (the `body.` prefix left out), its message
 * the web's translation of its code (`problems.<code>`), else the server's message.
 */
export interface PathError {
  path: FieldPath;
  message: string;
}

/**
 * Server field names that differ from the form's, by path segment: `{ valueFen: 'value' }` puts
 * the error of `valueFen` on the form's `value`, and `locations.0.shareBp` on `locations.0.share`
 * with `{ shareBp: 'share' }`.
 */
export type FieldAliases = Readonly<Record<string, string>>;

/** The field errors of a failed call as paths, renamed by `aliases`; none for other errors. */
export function pathErrors(err: unknown, aliases: FieldAliases = {}): PathError[] {
  if (!(err instanceof ApiError)) return [];
  return (err.problem.errors ?? []).map((e) => ({
    path: e.field
      .replace(/^body\./, '')
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : (aliases[part] ?? part))),
    message: problemText(e.code, e.params, e.message),
  }));
}

/** The part of an Ant Design form instance the errors need. */
export type ErrorsTarget = Pick<FormInstance, 'getFieldsError' | 'setFields'>;

export interface PlacedErrors {
  /** How many fields of the form now show an error of the server. */
  placed: number;
  /**
   * What no field could show, for the form's alert: the messages of field errors naming no field
   * of the form (a generic reason with the input's name) or, when the error named no field at
   * all, its detail. Empty once all is placed.
   */
  rest: string[];
}

/**
 * Shows a failed call's field errors on the form's fields (those registered now, Form.List items
 * included) and returns the rest. Two errors on one field show together.
 */
export function setServerErrors(
  form: ErrorsTarget,
  err: unknown,
  aliases: FieldAliases = {},
): PlacedErrors {
  const known = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const rest: string[] = [];
  const errors = pathErrors(err, aliases);
  const raw = err instanceof ApiError ? (err.problem.errors ?? []) : [];
  errors.forEach(({ path, message }, i) => {
    const key = JSON.stringify(path);
    if (!known.has(key)) {
      // Away from its field, a generic reason says which input it is about.
      const source = raw[i];
      rest.push(source ? fieldErrorText(source) : message);
      return;
    }
    const field = byField.get(key) ?? { name: path, errors: [] };
    field.errors.push(message);
    byField.set(key, field);
  });
  if (byField.size) form.setFields([...byField.values()]);
  if (errors.length === 0) rest.push(err instanceof Error ? err.message : String(err));
  return { placed: byField.size, rest };
}
