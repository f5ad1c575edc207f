/**
 * Changing one issue-9 record after it was created (a training session, an exchange activity, a
 * company, a consumption-aid sale): PATCH with the version read as If-Match (a stale one is 409,
 * see isVersionConflict), only the fields that changed. Afterwards the lists and figures under
 * `invalidate` (and the analytics measures) are read again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** A PATCH of one record by its URL, then the queries under `invalidate` refreshed. */
export function usePatchRecord<T, B extends object>(invalidate: readonly string[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { url: string; version: number; body: B }) =>
      api<T>(v.url, { method: 'PATCH', headers: ifMatch(v.version), body: v.body }),
    onSettled: () =>
      Promise.all(
        [...invalidate, 'analytics'].map((key) => client.invalidateQueries({ queryKey: [key] })),
      ),
  });
}

/** The latest stored version of a record (after a 409: the form shows it to edit again). */
export function fetchRecord<T>(url: string): Promise<T> {
  return api<T>(url);
}

/**
 * The fields of `after` whose value differs from `before` (compared as JSON): the PATCH body, so
 * an unchanged field is never sent back and an unchanged form sends nothing.
 */
export function changedFields<B extends object>(before: B, after: B): Partial<B> {
  const out: Partial<B> = {};
  for (const key of Object.keys(after) as (keyof B)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) out[key] = after[key];
  }
  return out;
}
