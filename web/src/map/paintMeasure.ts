/**
 * A county choropleth of one measure, pure: the county values put on the map's features (by
 * name, matchAreas), five classes by quantiles of the counties with a value, and what has no
 * place on the map (counties without a boundary; values recorded at the prefecture level).
 */
import type { AreaSummary } from '../api/types.js';
import type { CountyCollection } from './matchAreas.js';
import { matchAreas } from './matchAreas.js';

/** Fills from low to high: on a light page, and on the dark big screen. */
export const SCALE_LIGHT = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const SCALE_DARK = ['#1b4f8a', '#2a7fc9', '#3fb1e3', '#7fe0d6', '#ffe58f'] as const;
/** The fill of a county with no value (0 or none). */
export const EMPTY_LIGHT = '#f5f5f5';
export const EMPTY_DARK = '#16233b';

export interface MeasureRegion {
  name: string;
  area: AreaSummary | null;
  value: number | null;
  /** 0..4, or null for no value */
  band: number | null;
}

export interface PaintedMeasure {
  geo: CountyCollection;
  regions: MeasureRegion[];
  /** the lower bound of each band (5 numbers, ascending) */
  breaks: number[];
  /** counties with a value but no boundary on the map */
  unmatched: { area: AreaSummary; value: number }[];
  /** values keyed by a code that is not a county of the list (e.g. a prefecture itself) */
  elsewhere: { code: string; value: number }[];
}

/** Lower bounds of five bands by quantiles of the positive values (fewer when few values). */
export function bandBreaks(values: readonly number[]): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < 5; i++) {
    const v = sorted[Math.floor((i * sorted.length) / 5)] as number;
    if (out.length === 0 || v > (out.at(-1) as number)) out.push(v);
  }
  return out;
}

/** The band of a value among `breaks` (the last bound not above it), or null for no value. */
export function bandOf(value: number | null, breaks: readonly number[]): number | null {
  if (value === null || value <= 0 || breaks.length === 0) return null;
  let band = 0;
  breaks.forEach((b, i) => {
    if (value >= b) band = i;
  });
  // spread fewer than five bands over the whole scale
  return breaks.length === 1 ? 4 : Math.round((band * 4) / (breaks.length - 1));
}

export function paintMeasure(
  values: ReadonlyMap<string, number>,
  counties: readonly AreaSummary[],
  collection: CountyCollection,
): PaintedMeasure {
  const { featureByArea, unmatched, orphanFeatures } = matchAreas(counties, collection);
  const countyCodes = new Set(counties.map((c) => c.code));
  const breaks = bandBreaks(
    [...values.entries()].filter(([c]) => countyCodes.has(c)).map(([, v]) => v),
  );
  const regions: MeasureRegion[] = [];
  const features = [];
  for (const area of counties) {
    const feature = featureByArea.get(area.code);
    if (!feature) continue;
    const value = values.get(area.code) ?? null;
    regions.push({ name: area.name, area, value, band: bandOf(value, breaks) });
    features.push({ ...feature, properties: { ...feature.properties, name: area.name } });
  }
  for (const feature of orphanFeatures) {
    regions.push({ name: feature.properties.name, area: null, value: null, band: null });
    features.push(feature);
  }
  return {
    geo: { type: 'FeatureCollection', features },
    regions,
    breaks,
    unmatched: unmatched
      .filter((a) => (values.get(a.code) ?? 0) !== 0)
      .map((area) => ({ area, value: values.get(area.code) ?? 0 })),
    elsewhere: [...values.entries()]
      .filter(([code, v]) => !countyCodes.has(code) && v !== 0)
      .map(([code, value]) => ({ code, value })),
  };
}
