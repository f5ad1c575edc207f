/**
 * The record an edit dialog changes, kept across a version conflict: the form starts from
 * `record`; when a save is refused as stale (409), `reload` reads the latest version, shows its
 * values in the form and saves against it next time (the dialog says so with `conflict`).
 */
import { useState } from 'react';
import { fetchRecord } from '../api/recordEdits';

export function useEditBase<R extends { version: number }>(
  record: R | undefined,
  url: string | undefined,
) {
  const [base, setBase] = useState(record);
  const [conflict, setConflict] = useState(false);
  const reload = async (show: (latest: R) => void) => {
    setConflict(true);
    if (!url) return;
    const latest = await fetchRecord<R>(url);
    setBase(latest);
    show(latest);
  };
  return { base, conflict, setConflict, reload };
}
