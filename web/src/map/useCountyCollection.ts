import { useQuery } from '@tanstack/react-query';
import mapUrl from '../generated/xinjiang-counties.json?url';
import type { CountyCollection } from './matchAreas';

async function loadCollection(): Promise<CountyCollection> {
  const res = await fetch(mapUrl, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as CountyCollection;
}

/** The county boundaries of Xinjiang (about 1 MB), fetched once per page load and shared. */
export function useCountyCollection() {
  return useQuery({
    queryKey: ['map', 'xinjiang'],
    queryFn: loadCollection,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
