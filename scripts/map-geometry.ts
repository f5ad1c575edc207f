/**
 * The pure steps of scripts/build-map.ts, kept apart so that they are unit-tested
 * (test/unit/build-map.test.ts): snapping coordinates to a grid, assigning a package file to a
 * 2023 prefecture, matching features to 2023 county-level areas, merging prefecture outlines
 * into province outlines, and a region's label point.
 */
import {
  type CountyCollection,
  type CountyFeature,
  type MatchableArea,
  matchAreas,
} from '../web/src/map/matchAreas.js';

export type Position = number[];
export type Ring = Position[];
export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}

/** A row of data/areas/areas.tsv (the 2023 code list). */
export interface AreaRow {
  code: string;
  parentCode: string | null;
  level: string;
  name: string;
}

export function parseAreasTsv(text: string): AreaRow[] {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string) => header.indexOf(name);
  const [code, parent, level, name] = [col('code'), col('parent'), col('level'), col('name')];
  return lines.map((line) => {
    const cells = line.split('\t');
    return {
      code: cells[code] ?? '',
      parentCode: cells[parent] ? (cells[parent] as string) : null,
      level: cells[level] ?? '',
      name: cells[name] ?? '',
    };
  });
}

/**
 * Snaps every point to a grid of `grid` thousandths of a degree, drops consecutive duplicates
 * and, unless `keepCollinear`, points exactly on the straight line between their neighbours.
 * Snapping is point by point, so a border two regions share stays the same line in both.
 */
export function simplifyRing(ring: Ring, grid: number, keepCollinear = false): Ring {
  const snapped: [number, number][] = [];
  for (const p of ring) {
    const q: [number, number] = [
      Math.round(((p[0] ?? 0) * 1000) / grid),
      Math.round(((p[1] ?? 0) * 1000) / grid),
    ];
    const last = snapped[snapped.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    snapped.push(q);
  }
  let kept = snapped;
  if (!keepCollinear) {
    kept = [];
    for (let i = 0; i < snapped.length; i++) {
      const p = snapped[i] as [number, number];
      const a = kept[kept.length - 1];
      const b = snapped[i + 1];
      if (a && b && (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]) === 0) continue;
      kept.push(p);
    }
  }
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) kept.push([...first]);
  return kept.map(([x, y]) => [round3((x * grid) / 1000), round3((y * grid) / 1000)]);
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** The polygons of a geometry, each a list of rings (outer first). */
export function polygonsOf(g: Geometry): Ring[][] {
  return g.type === 'Polygon' ? [g.coordinates as Ring[]] : (g.coordinates as Ring[][]);
}

export function simplifyGeometry(g: Geometry, grid: number): Geometry {
  const polygons = polygonsOf(g)
    .map((poly) => poly.map((r) => simplifyRing(r, grid)).filter((r) => r.length >= 4))
    .filter((poly) => poly.length > 0);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Ring[] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** The 2023 name without its administrative suffix, for matching older or shorter names. */
export const nameStem = (name: string): string => name.replace(/[市县区盟旗州]$/, '');

/**
 * The 2023 prefecture a package file stands for: its Chinese name (通化, 延边朝鲜族自治州) matched
 * to the province's 2023 prefectures exactly or as the start of the name (通化 → 通化市); if none,
 * the prefecture whose code most of the file's (older) feature codes fall under. Null when
 * neither finds one (the features are then matched by name in the whole province).
 */
export function prefectureForFile(
  shortName: string | null,
  featureCodes: readonly string[],
  prefectures: readonly AreaRow[],
): AreaRow | null {
  if (shortName) {
    const exact = prefectures.find((p) => p.name === shortName);
    if (exact) return exact;
    const starts = prefectures.filter((p) => p.name.startsWith(shortName));
    if (starts.length === 1) return starts[0] as AreaRow;
  }
  const votes = new Map<string, number>();
  for (const code of featureCodes) {
    const p = prefectures.find((x) => x.code === `${code.slice(0, 4)}00`);
    if (p) votes.set(p.code, (votes.get(p.code) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? (prefectures.find((p) => p.code === best[0]) ?? null) : null;
}

export interface ProvinceMatch {
  /** area code → feature */
  featureByArea: Map<string, CountyFeature>;
  /** 2023 county-level areas with no boundary */
  unmatched: AreaRow[];
  /** features no 2023 area claims */
  orphanFeatures: CountyFeature[];
}

/**
 * Matches a province's 2023 county-level areas to its features as the web app does
 * (web/src/map/matchAreas.ts: by name within the prefecture, then without the suffix), then
 * the areas left over by name stem in the whole province when exactly one unclaimed feature
 * has it (a county moved to another prefecture since the package was made, 璧山县 → 璧山区).
 * The caller rewrites each matched feature's prefecture to its area's, so the web app's
 * matching (within the prefecture) finds it.
 */
export function matchProvince(
  counties: readonly AreaRow[],
  collection: CountyCollection,
): ProvinceMatch {
  const first = matchAreas(counties as readonly (AreaRow & MatchableArea)[], collection);
  const featureByArea = new Map(first.featureByArea);
  const orphans = new Set(first.orphanFeatures);
  const unmatched: AreaRow[] = [];
  for (const area of first.unmatched) {
    const hits = [...orphans].filter(
      (f) => nameStem(f.properties.name) === nameStem(area.name) && nameStem(area.name) !== '',
    );
    if (hits.length === 1 && hits[0]) {
      featureByArea.set(area.code, hits[0]);
      orphans.delete(hits[0]);
    } else {
      unmatched.push(area);
    }
  }
  return { featureByArea, unmatched, orphanFeatures: [...orphans] };
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * The outline of the union of polygons that share borders point for point (after snapping to
 * the same grid): every edge walked in both directions (a border between two of them) is
 * dropped, the rest chained into rings. Rings that turn the other way from the largest are holes
 * (Beijing inside Hebei) and are put in the outer ring containing them.
 */
export function mergeOutlines(polygons: readonly Ring[][]): Ring[][] {
  const edges = new Map<string, number>();
  const edgeKey = (a: Position, b: Position) => `${key(a)}>${key(b)}`;
  for (const poly of polygons) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        const back = edgeKey(b, a);
        const count = edges.get(back) ?? 0;
        if (count > 0) {
          if (count === 1) edges.delete(back);
          else edges.set(back, count - 1);
        } else {
          edges.set(edgeKey(a, b), (edges.get(edgeKey(a, b)) ?? 0) + 1);
        }
      }
    }
  }
  const outgoing = new Map<string, Position[]>();
  const points = new Map<string, Position>();
  for (const [k, count] of edges) {
    const [from, to] = k.split('>') as [string, string];
    const b = to.split(',').map(Number);
    points.set(to, b);
    points.set(from, from.split(',').map(Number));
    for (let i = 0; i < count; i++) {
      const list = outgoing.get(from) ?? [];
      list.push(b);
      outgoing.set(from, list);
    }
  }
  const rings: Ring[] = [];
  for (const [start] of outgoing) {
    while ((outgoing.get(start)?.length ?? 0) > 0) {
      const ring: Ring = [points.get(start) as Position];
      let at = start;
      for (let guard = 0; guard < 1_000_000; guard++) {
        const next = outgoing.get(at)?.pop();
        if (!next) break;
        ring.push(next);
        at = key(next);
        if (at === start) break;
      }
      if (ring.length >= 4 && key(ring[ring.length - 1] as Position) === start) rings.push(ring);
    }
  }
  if (rings.length === 0) return [];
  const withArea = rings.map((r) => ({ ring: r, area: signedArea(r) }));
  const largest = withArea.reduce((a, b) => (Math.abs(b.area) > Math.abs(a.area) ? b : a));
  const sign = Math.sign(largest.area);
  const outers = withArea.filter((r) => Math.sign(r.area) === sign);
  const holes = withArea.filter((r) => Math.sign(r.area) !== sign && r.area !== 0);
  const out: Ring[][] = outers.map((o) => [o.ring]);
  for (const h of holes) {
    const at = h.ring[0] as Position;
    const owner = outers.findIndex((o) => pointInRing(at, o.ring));
    if (owner >= 0) (out[owner] as Ring[]).push(h.ring);
  }
  return out;
}

export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

export function pointInRing(p: Position, ring: Ring): boolean {
  const [x, y] = [p[0] ?? 0, p[1] ?? 0];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = [ring[i]?.[0] ?? 0, ring[i]?.[1] ?? 0];
    const [xj, yj] = [ring[j]?.[0] ?? 0, ring[j]?.[1] ?? 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The centroid of the largest polygon's outer ring: where a flow line starts or ends. */
export function labelPoint(g: Geometry): [number, number] {
  let best: Ring | null = null;
  let bestArea = 0;
  for (const poly of polygonsOf(g)) {
    const outer = poly[0];
    if (!outer) continue;
    const a = Math.abs(signedArea(outer));
    if (a >= bestArea) {
      best = outer;
      bestArea = a;
    }
  }
  if (!best || bestArea === 0) {
    const p = best?.[0] ?? [0, 0];
    return [round3(p[0] ?? 0), round3(p[1] ?? 0)];
  }
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  for (let i = 0; i + 1 < best.length; i++) {
    const [x0, y0] = [best[i]?.[0] ?? 0, best[i]?.[1] ?? 0];
    const [x1, y1] = [best[i + 1]?.[0] ?? 0, best[i + 1]?.[1] ?? 0];
    const cross = x0 * y1 - x1 * y0;
    a2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return [round3(cx / (3 * a2)), round3(cy / (3 * a2))];
}
