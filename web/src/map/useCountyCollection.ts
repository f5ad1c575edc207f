import { queryOptions, useQuery } from '@tanstack/react-query';
import mapUrl from '../generated/xinjiang-counties.json?url';
import type { CountyCollection } from './matchAreas';

async function loadCollection({ signal }: { signal: AbortSignal }): Promise<CountyCollection> {
  const res = await fetch(mapUrl, { credentials: 'same-origin', signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as CountyCollection;
}

/**
 * The county boundaries of Xinjiang (about 1 MB, a content-hashed asset), fetched once per page
 * load and shared. This module holds no map code: the pairings screen's start-up asks for the
 * shapes with the screen's chunk (pages/pairings/pairingsData.ts, decision 0077).
 */
export const countyCollectionQuery = queryOptions({
  queryKey: ['map', 'xinjiang'],
  queryFn: loadCollection,
  staleTime: Number.POSITIVE_INFINITY,
});

export function useCountyCollection() {
  return useQuery(countyCollectionQuery);
}
