/**
 * The record an edit dialog changes, kept across a version conflict: the form starts from
 * `record`; when a save is refused as stale (409; FormModal says so), `reload` reads the latest
 * version and shows its values in the form, and the next save goes against it.
 */
import { useState } from 'react';
import { fetchRecord } from '../api/recordEdits';

export function useEditBase<R extends { version: number }>(
  record: R | undefined,
  url: string | undefined,
) {
  const [base, setBase] = useState(record);
  const reload = async (show: (latest: R) => void) => {
    if (!url) return;
    const latest = await fetchRecord<R>(url);
    setBase(latest);
    show(latest);
  };
  return { base, reload };
}
