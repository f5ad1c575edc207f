import { useQuery } from '@tanstack/react-query';
import xinjiangUrl from '../generated/xinjiang-counties.json?url';
import type { CountyCollection } from './matchAreas';

/**
 * The county maps of every province (decision 0083), built by scripts/build-map.ts into
 * web/src/generated/maps/<province code>.json. Each is its own content-hashed asset: only its
 * address is in the script, and the shapes are fetched when that province's map is shown.
 * Xinjiang keeps its own file (xinjiang-counties.json, shared with the pairings map).
 */
const urls = import.meta.glob<string>('../generated/maps/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

const urlByProvince = new Map<string, string>([['650000', xinjiangUrl]]);
for (const [path, url] of Object.entries(urls)) {
  const code = /(\d{6})\.json$/.exec(path)?.[1];
  if (code) urlByProvince.set(code, url);
}

/** The provinces that have a county map, by code, ascending. */
export const MAP_PROVINCES: readonly string[] = [...urlByProvince.keys()].sort();

/** The province (its code) an area code lies in: 220284 → 220000. */
export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

export const hasProvinceMap = (code: string): boolean => urlByProvince.has(code);

async function load(url: string): Promise<CountyCollection> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as CountyCollection;
}

/** The county boundaries of one province, fetched once per page load and shared. */
export function useProvinceCounties(province: string) {
  const url = urlByProvince.get(province);
  return useQuery({
    // Xinjiang's key is useCountyCollection's, so both share the one download
    queryKey: province === '650000' ? ['map', 'xinjiang'] : ['map', 'province', province],
    queryFn: () => load(url as string),
    enabled: !!url,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The map of China's provinces and a label point per area code, for the flow lines. */
export interface ChinaMap extends CountyCollection {
  points: Record<string, [number, number]>;
}

const chinaUrl = Object.entries(urls).find(([path]) => path.endsWith('/china.json'))?.[1];

export function useChinaMap() {
  return useQuery({
    queryKey: ['map', 'china'],
    queryFn: async () => {
      if (!chinaUrl) throw new Error('china.json was not built');
      return (await load(chinaUrl)) as ChinaMap;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
