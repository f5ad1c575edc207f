import { useEffect, useState } from 'react';

/** The value as it was `ms` milliseconds after it last changed (compare by `Object.is`). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
