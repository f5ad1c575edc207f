/**
 * A project's locations on the county map of Xinjiang: which regions they paint and how strongly.
 *
 * A location is an area at any level with a share in basis points:
 * - a county (or XPCC city) paints that county;
 * - a township or village paints the county it lies in (GB/T 2260: the code's first six digits);
 * - a prefecture (or the region itself) paints every county under it, lighter — its share is the
 *   whole unit's, never split over the counties;
 * - anything else (outside Xinjiang, or a county the map has no boundary for) is "off the map"
 *   and must be listed beside it.
 */
import type { AreaSummary } from '../api/types.js';
import { type CountyCollection, type CountyFeature, matchAreas } from './matchAreas.js';

/** The location shape of GET /api/projects/:code (only what the map needs). */
export interface LocationInput {
  area: { code: string; name: string; level: string };
  shareBp: number;
}

/** How a location is shown. */
export type Placement =
  /** the location is a county drawn on the map */
  | { kind: 'county'; county: AreaSummary }
  /** a township or village: drawn as the county it lies in */
  | { kind: 'within-county'; county: AreaSummary }
  /** a prefecture (or the region): drawn as all its counties on the map, lighter */
  | { kind: 'covers'; counties: AreaSummary[] }
  /** not in Xinjiang: listed beside the map */
  | { kind: 'outside' }
  /** in Xinjiang, but the map has no boundary for it (e.g. a recent XPCC city) */
  | { kind: 'no-boundary' };

export interface PlacedLocation extends LocationInput {
  placement: Placement;
}

/** 'direct': a location is this county or lies in it; 'covered': only a wider location covers it. */
export type RegionStrength = 'direct' | 'covered' | 'none';

export interface LocationRegion {
  /** the name the region is drawn under (the 2023 area name when matched) */
  name: string;
  area: AreaSummary | null;
  /** the locations at this county or below it */
  direct: LocationInput[];
  /** the sum of `direct` shares, in basis points */
  directBp: number;
  /** the prefecture-level (or wider) locations that cover this county */
  covering: LocationInput[];
  strength: RegionStrength;
  feature: CountyFeature;
}

export interface PaintedLocations {
  /** a copy of the collection with features renamed to their 2023 area names */
  geo: CountyCollection;
  /** every region of the map, painted or not */
  regions: LocationRegion[];
  /** every location, in the project's order, with where it is drawn */
  locations: PlacedLocation[];
  /** the locations listed beside the map instead (outside Xinjiang, or without a boundary) */
  offMap: PlacedLocation[];
}

const XINJIANG_PREFIX = '65';

const ABOVE_COUNTY = new Set(['province', 'prefecture']);
const BELOW_COUNTY = new Set(['township', 'village']);

/** The level of a location, from the API's level or, failing that, the code's structure. */
function levelOf(area: LocationInput['area']): string {
  if (area.level) return area.level;
  const { code } = area;
  if (code.length === 12) return 'village';
  if (code.length === 9) return 'township';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** The counties a wider area covers: its children, or for a province every county in it. */
function countiesUnder(code: string, level: string, counties: readonly AreaSummary[]) {
  if (level === 'province') {
    const prefix = code.slice(0, 2);
    return counties.filter((c) => c.code.startsWith(prefix));
  }
  return counties.filter((c) => c.parentCode === code);
}

/**
 * Works out, for each county of the map, which of the project's locations paint it, and for each
 * location, how it is drawn. `counties` are Xinjiang's county-level areas
 * (GET /api/areas?within=650000&level=county).
 */
export function paintLocations(
  locations: readonly LocationInput[],
  counties: readonly AreaSummary[],
  collection: CountyCollection,
): PaintedLocations {
  const { featureByArea, orphanFeatures } = matchAreas(counties, collection);
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  const onMap = (c: AreaSummary | undefined): c is AreaSummary =>
    c !== undefined && featureByArea.has(c.code);

  const direct = new Map<string, LocationInput[]>();
  const covering = new Map<string, LocationInput[]>();
  const push = (into: Map<string, LocationInput[]>, code: string, l: LocationInput) => {
    const list = into.get(code) ?? [];
    list.push(l);
    into.set(code, list);
  };

  const placed: PlacedLocation[] = locations.map((l) => {
    const input: LocationInput = { area: l.area, shareBp: l.shareBp };
    const { code } = l.area;
    if (!code.startsWith(XINJIANG_PREFIX)) return { ...input, placement: { kind: 'outside' } };
    const level = levelOf(l.area);
    if (ABOVE_COUNTY.has(level)) {
      const drawn = countiesUnder(code, level, counties).filter(onMap);
      if (drawn.length === 0) return { ...input, placement: { kind: 'no-boundary' } };
      for (const c of drawn) push(covering, c.code, input);
      return { ...input, placement: { kind: 'covers', counties: drawn } };
    }
    const below = BELOW_COUNTY.has(level);
    const county = countyByCode.get(below ? code.slice(0, 6) : code);
    if (!onMap(county)) return { ...input, placement: { kind: 'no-boundary' } };
    push(direct, county.code, input);
    return { ...input, placement: { kind: below ? 'within-county' : 'county', county } };
  });

  const regions: LocationRegion[] = [];
  for (const area of counties) {
    const feature = featureByArea.get(area.code);
    if (!feature) continue;
    const d = direct.get(area.code) ?? [];
    const c = covering.get(area.code) ?? [];
    regions.push({
      name: area.name,
      area,
      direct: d,
      directBp: d.reduce((sum, l) => sum + l.shareBp, 0),
      covering: c,
      strength: d.length ? 'direct' : c.length ? 'covered' : 'none',
      feature,
    });
  }
  for (const feature of orphanFeatures) {
    regions.push({
      name: feature.properties.name,
      area: null,
      direct: [],
      directBp: 0,
      covering: [],
      strength: 'none',
      feature,
    });
  }
  const geo: CountyCollection = {
    type: 'FeatureCollection',
    features: regions.map((r) => ({
      ...r.feature,
      properties: { ...r.feature.properties, name: r.name },
    })),
  };
  const offMap = placed.filter(
    (l) => l.placement.kind === 'outside' || l.placement.kind === 'no-boundary',
  );
  return { geo, regions, locations: placed, offMap };
}

/** The fill steps of the legend, strongest first: a county's own share, then "covered". */
export const LOCATION_FILLS = {
  /** 50% of the project or more */
  high: '#003eb3',
  /** 20% to under 50% */
  medium: '#1677ff',
  /** under 20% */
  low: '#69b1ff',
  /** only a prefecture-level (or wider) location covers the county */
  covered: '#bae0ff',
} as const;

export type FillStep = keyof typeof LOCATION_FILLS;

/** The legend step of a region; null when no location paints it. */
export function fillStep(region: Pick<LocationRegion, 'strength' | 'directBp'>): FillStep | null {
  if (region.strength === 'direct') {
    if (region.directBp >= 5000) return 'high';
    if (region.directBp >= 2000) return 'medium';
    return 'low';
  }
  return region.strength === 'covered' ? 'covered' : null;
}

/** Every [x, y] position of a GeoJSON geometry, at any nesting. */
function* positions(geometry: unknown): Generator<[number, number]> {
  const stack: unknown[] = [(geometry as { coordinates?: unknown } | null)?.coordinates];
  while (stack.length) {
    const value = stack.pop();
    if (!Array.isArray(value)) continue;
    const [x, y] = value;
    if (typeof x === 'number' && typeof y === 'number') yield [x, y];
    else stack.push(...value);
  }
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boxOf(features: readonly CountyFeature[]): Box | null {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const f of features) {
    for (const [x, y] of positions(f.geometry)) {
      box.minX = Math.min(box.minX, x);
      box.minY = Math.min(box.minY, y);
      box.maxX = Math.max(box.maxX, x);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  return box.minX <= box.maxX ? box : null;
}

/**
 * A view centred on the painted regions, zoomed so that they take about half the map (at most
 * `maxZoom`, so the surrounding counties stay in sight); null when nothing is painted.
 */
export function focusView(
  painted: Pick<PaintedLocations, 'regions'>,
  maxZoom = 8,
): { center: [number, number]; zoom: number } | null {
  const all = boxOf(painted.regions.map((r) => r.feature));
  const lit = boxOf(painted.regions.filter((r) => r.strength !== 'none').map((r) => r.feature));
  if (!all || !lit) return null;
  const span = (a: number, b: number) => Math.max(b - a, 1e-6);
  const fit = Math.min(
    span(all.minX, all.maxX) / span(lit.minX, lit.maxX),
    span(all.minY, all.maxY) / span(lit.minY, lit.maxY),
  );
  const zoom = Math.max(1, Math.min(maxZoom, fit / 2));
  return { center: [(lit.minX + lit.maxX) / 2, (lit.minY + lit.maxY) / 2], zoom };
}
