import type { QueryClient } from '@tanstack/react-query';
import { areasQuery, pairingsQuery, programmesQuery } from '../../api/hooks';
import { isIsoDate, today } from '../../lib/format';
import { countyCollectionQuery } from '../../map/useCountyCollection';

/** The programme whose pairings are drawn on the map (the only one with county shapes). */
export const MAP_PROGRAMME = 'xinjiang';

/** The pairings screen's programme, donor, search and date as its address holds them. */
export function pairingsFilters(params: URLSearchParams) {
  const requested = params.get('date');
  return {
    programme: params.get('programme') || MAP_PROGRAMME,
    donor: params.get('donor') || undefined,
    q: params.get('q') ?? '',
    date: isIsoDate(requested) ? requested : today(),
  };
}

/** Every county-level area of Xinjiang valid on `date`, in one call (about 110). */
export function mapCountiesQuery(date: string) {
  return areasQuery({ within: '650000', level: 'county', date, limit: '1000' });
}

let mapChunk: Promise<typeof import('../../map/PairingsMap')> | undefined;
/** The map's code (ECharts included), loaded once; React's `lazy` and the start-up share it. */
export function loadPairingsMap() {
  mapChunk ??= import('../../map/PairingsMap');
  return mapChunk;
}

/**
 * Starts the pairings screen's first requests (main.tsx, with the screen's chunk): the pairings,
 * the programmes and, for the map's programme, Xinjiang's counties, the county shapes (the
 * ~1 MB JSON asset) and the map's code, so that none of them waits for the screen's first
 * render (decision 0077). All but the shapes are public; the shapes are a static asset.
 */
export function pairingsData(params: URLSearchParams, client: QueryClient): void {
  const { programme, date } = pairingsFilters(params);
  void client.prefetchQuery(pairingsQuery(programme, date));
  void client.prefetchQuery(programmesQuery);
  if (programme !== MAP_PROGRAMME) return;
  void client.prefetchQuery(mapCountiesQuery(date));
  void client.prefetchQuery(countyCollectionQuery);
  void loadPairingsMap();
}
