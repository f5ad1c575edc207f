import { useSearchParams } from 'react-router';

/** Reads and updates query parameters, replacing history so filters do not pile up entries. */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | number | undefined | null>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value !== undefined && value !== null && value !== '') next.set(key, String(value));
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return { params, update };
}
