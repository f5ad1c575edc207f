import { describe, expect, it } from 'vitest';
import type { AreaSummary } from '../../web/src/api/types.js';
import type { CountyCollection, CountyFeature } from '../../web/src/map/matchAreas.js';
import {
  fillStep,
  focusView,
  type LocationInput,
  paintLocations,
} from '../../web/src/map/paintLocations.js';

/** A one-degree square feature with its south-west corner at (x, y). */
function square(name: string, prefectureCode: string, x: number, y: number): CountyFeature {
  return {
    type: 'Feature',
    properties: { name, prefecture: '', prefectureCode },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [x, y],
            [x + 1, y],
            [x + 1, y + 1],
            [x, y + 1],
            [x, y],
          ],
        ],
      ],
    },
  };
}

function county(code: string, name: string, parentCode: string): AreaSummary {
  return {
    code,
    name,
    nameEn: '',
    nameUg: null,
    namePinyin: '',
    initials: '',
    level: 'county',
    kind: null,
    parentCode,
    xpccDivision: null,
    ancestorNames: [],
    ancestorNamesEn: [],
    hasChildren: false,
  };
}

// Two prefectures of two counties each, an XPCC city with a boundary and one without; the map
// still has Kuqa as a county (库车县), the area list has it as a city (库车市).
const COLLECTION: CountyCollection = {
  type: 'FeatureCollection',
  features: [
    square('和田市', '653200', 80, 37),
    square('和田县', '653200', 81, 37),
    square('伊州区', '650500', 93, 42),
    square('巴里坤哈萨克自治县', '650500', 93, 43),
    square('库车县', '652900', 83, 41),
    square('石河子市', '659000', 86, 44),
  ],
};
const COUNTIES: AreaSummary[] = [
  county('653201', '和田市', '653200'),
  county('653221', '和田县', '653200'),
  county('650502', '伊州区', '650500'),
  county('650521', '巴里坤哈萨克自治县', '650500'),
  county('652902', '库车市', '652900'),
  county('659001', '石河子市', '659000'),
  county('659010', '胡杨河市', '659000'),
];

const loc = (code: string, name: string, level: string, shareBp: number): LocationInput => ({
  area: { code, name, level },
  shareBp,
});

const region = (painted: ReturnType<typeof paintLocations>, name: string) => {
  const r = painted.regions.find((x) => x.name === name);
  if (!r) throw new Error(`no region ${name}`);
  return r;
};

describe('paintLocations', () => {
  it('paints a county location on that county with its share', () => {
    const painted = paintLocations(
      [loc('653201', '和田市', 'county', 10000)],
      COUNTIES,
      COLLECTION,
    );
    const hotan = region(painted, '和田市');
    expect(hotan.strength).toBe('direct');
    expect(hotan.directBp).toBe(10000);
    expect(hotan.area?.code).toBe('653201');
    expect(region(painted, '和田县').strength).toBe('none');
    expect(painted.locations[0]?.placement).toMatchObject({
      kind: 'county',
      county: { code: '653201' },
    });
    expect(painted.offMap).toEqual([]);
  });

  it('paints a township or village on the county it lies in, adding up shares', () => {
    const painted = paintLocations(
      [
        loc('653201', '和田市', 'county', 2000),
        loc('653201100', '某某镇', 'township', 3000),
        loc('653201100001', '某某村', 'village', 1000),
        loc('653221', '和田县', 'county', 4000),
      ],
      COUNTIES,
      COLLECTION,
    );
    expect(region(painted, '和田市').directBp).toBe(6000);
    expect(region(painted, '和田市').direct.map((l) => l.area.code)).toEqual([
      '653201',
      '653201100',
      '653201100001',
    ]);
    expect(region(painted, '和田县').directBp).toBe(4000);
    expect(painted.locations[1]?.placement).toMatchObject({
      kind: 'within-county',
      county: { code: '653201', name: '和田市' },
    });
  });

  it('covers every county of a prefecture-level location, without splitting its share', () => {
    const painted = paintLocations(
      [loc('650500', '哈密市', 'prefecture', 10000)],
      COUNTIES,
      COLLECTION,
    );
    for (const name of ['伊州区', '巴里坤哈萨克自治县']) {
      const r = region(painted, name);
      expect(r.strength).toBe('covered');
      expect(r.directBp).toBe(0);
      expect(r.covering.map((l) => [l.area.code, l.shareBp])).toEqual([['650500', 10000]]);
    }
    expect(region(painted, '和田市').strength).toBe('none');
    const placement = painted.locations[0]?.placement;
    expect(placement?.kind).toBe('covers');
    if (placement?.kind === 'covers')
      expect(placement.counties.map((c) => c.code).sort()).toEqual(['650502', '650521']);
  });

  it('keeps a county direct when a prefecture location also covers it', () => {
    const painted = paintLocations(
      [loc('650500', '哈密市', 'prefecture', 5000), loc('650502', '伊州区', 'county', 5000)],
      COUNTIES,
      COLLECTION,
    );
    expect(region(painted, '伊州区').strength).toBe('direct');
    expect(region(painted, '伊州区').covering).toHaveLength(1);
    expect(region(painted, '巴里坤哈萨克自治县').strength).toBe('covered');
  });

  it('covers all of Xinjiang for a region-level location', () => {
    const painted = paintLocations(
      [loc('650000', '新疆维吾尔自治区', 'province', 10000)],
      COUNTIES,
      COLLECTION,
    );
    expect(painted.regions.every((r) => r.strength === 'covered')).toBe(true);
  });

  it('lists locations outside Xinjiang and areas without a boundary beside the map', () => {
    const painted = paintLocations(
      [
        loc('110105', '朝阳区', 'county', 2000),
        loc('659010', '胡杨河市', 'county', 3000),
        loc('659010500', '某团场', 'township', 1000),
        loc('652902', '库车市', 'county', 4000),
      ],
      COUNTIES,
      COLLECTION,
    );
    expect(painted.offMap.map((l) => [l.area.code, l.placement.kind])).toEqual([
      ['110105', 'outside'],
      ['659010', 'no-boundary'],
      ['659010500', 'no-boundary'],
    ]);
    // Kuqa is matched by name without its suffix, and drawn under its 2023 name.
    expect(region(painted, '库车市').directBp).toBe(4000);
    expect(painted.geo.features.map((f) => f.properties.name)).toContain('库车市');
    expect(painted.geo.features.map((f) => f.properties.name)).not.toContain('库车县');
  });

  it('lists a prefecture-level location none of whose counties has a boundary', () => {
    const painted = paintLocations(
      [loc('654000', '伊犁哈萨克自治州', 'prefecture', 10000)],
      COUNTIES,
      COLLECTION,
    );
    expect(painted.offMap.map((l) => l.placement.kind)).toEqual(['no-boundary']);
    expect(painted.regions.every((r) => r.strength === 'none')).toBe(true);
  });

  it('derives the level from the code when the API gives none', () => {
    const painted = paintLocations([loc('653201100', '某某镇', '', 10000)], COUNTIES, COLLECTION);
    expect(region(painted, '和田市').directBp).toBe(10000);
  });
});

describe('fillStep', () => {
  it('steps a county’s own share; a covered county is lightest', () => {
    expect(fillStep({ strength: 'direct', directBp: 10000 })).toBe('high');
    expect(fillStep({ strength: 'direct', directBp: 5000 })).toBe('high');
    expect(fillStep({ strength: 'direct', directBp: 4999 })).toBe('medium');
    expect(fillStep({ strength: 'direct', directBp: 2000 })).toBe('medium');
    expect(fillStep({ strength: 'direct', directBp: 1999 })).toBe('low');
    expect(fillStep({ strength: 'direct', directBp: 0 })).toBe('low');
    expect(fillStep({ strength: 'covered', directBp: 0 })).toBe('covered');
    expect(fillStep({ strength: 'none', directBp: 0 })).toBeNull();
  });
});

describe('focusView', () => {
  it('centres on the painted counties and zooms in, within limits', () => {
    const painted = paintLocations(
      [loc('653201', '和田市', 'county', 10000)],
      COUNTIES,
      COLLECTION,
    );
    // The whole map spans 80–94 °E and 37–45 °N; Hotan city is one degree square.
    expect(focusView(painted)).toEqual({ center: [80.5, 37.5], zoom: 4 });
    expect(focusView(painted, 10)).toEqual({ center: [80.5, 37.5], zoom: 4 });
    expect(focusView(painted, 4)?.zoom).toBe(4);
    expect(focusView(painted, 3)?.zoom).toBe(3);
  });

  it('stays at the whole map when the painted counties spread over it, and is null for none', () => {
    const all = paintLocations(
      [loc('650000', '新疆维吾尔自治区', 'province', 10000)],
      COUNTIES,
      COLLECTION,
    );
    expect(focusView(all)).toEqual({ center: [87, 41], zoom: 1 });
    const none = paintLocations([loc('110105', '朝阳区', 'county', 10000)], COUNTIES, COLLECTION);
    expect(focusView(none)).toBeNull();
  });
});
