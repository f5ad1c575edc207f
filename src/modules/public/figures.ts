/**
 * The public figures (issue 10 point 7, decision 0055): what an anonymous caller may see of the
 * programme, and nothing else. Every figure is an analytics measure asked as the ANONYMOUS actor
 * whoever calls (a signed-in coordinator sees on the public pages exactly what the internet
 * sees), so only published projects count: the measures read `published = 1` on the sums kept
 * at every commit (analytics_totals, decision 0051) or the projects' own publication on the
 * records' path. Only the measures listed here are public; people, companies, indicators and the
 * 80% rules are not (see the decision).
 */
import { ANONYMOUS } from '../../domain/access.js';
import type { AreaLevel } from '../../domain/areas.js';
import { NotFoundError } from '../../domain/errors.js';
import { type ExactFen, exactFen } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import { queryAnalytics } from '../analytics/query.js';
import { publishedCompliance } from '../compliance/service.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference } from '../reference/reference.js';

/** The measures a public page shows, in the order of its tables and CSV columns. */
export const PUBLIC_MEASURES = [
  'projects',
  'committed_fen',
  'disbursed_fen',
  'spent_fen',
  'jobs_created',
] as const;
export type PublicMeasure = (typeof PUBLIC_MEASURES)[number];

/** The measures the map can paint (by county). */
export const MAP_MEASURES = ['projects', 'committed_fen', 'disbursed_fen', 'spent_fen'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export type Figures = Record<PublicMeasure, ExactFen>;

/** A named row of figures: a year, a donor or an area. */
export interface FigureRow extends Figures {
  code: string;
  name: string;
  nameEn: string;
}

export interface Named {
  code: string;
  name: string;
  nameEn: string;
  /** An area's Uyghur name (decision 0079); absent for donors and programmes. */
  nameUg?: string | null;
}

/** An area named: with its Uyghur name, null when it has none. */
export type AreaNamed = Named & { nameUg: string | null };

export interface PublicPage {
  programme: Named;
  totals: Figures;
  byYear: FigureRow[];
  byDonor: FigureRow[];
  byArea: FigureRow[];
  /** The level of `byArea`'s rows. */
  areaLevel: AreaLevel;
}

export interface PublicMap {
  programme: Named;
  measure: MapMeasure;
  year: number | null;
  rows: Array<Named & { value: ExactFen }>;
}

type Filters = { donor?: string; area?: string; period?: { from: string; to: string } };

/** The programme's record; 404 naming it when there is none. */
function programmeOf(ref: Reference, code: string): Named {
  const p = ref.programmes.get(code);
  if (!p) throw new NotFoundError(problem('programme.notFound', { code }));
  return { code: p.code, name: p.name, nameEn: p.nameEn };
}

const zero = (): Figures => ({
  projects: 0,
  committed_fen: 0,
  disbursed_fen: 0,
  spent_fen: 0,
  jobs_created: 0,
});

function figuresOf(row: Record<string, unknown> | undefined): Figures {
  const out = zero();
  if (!row) return out;
  for (const m of PUBLIC_MEASURES) {
    const v = row[m];
    out[m] = typeof v === 'bigint' || typeof v === 'number' ? exactFen(v) : 0;
  }
  return out;
}

/** The public measures as the anonymous caller gets them, grouped by `dimension` (or totals). */
async function anonymousRows(
  ctx: ServiceContext,
  programme: string,
  filters: Filters,
  dimension: string | null,
  measures: readonly string[] = PUBLIC_MEASURES,
) {
  const answer = await queryAnalytics(
    { ...ctx, actor: ANONYMOUS },
    {
      measures: [...measures],
      dimensions: dimension ? [dimension] : [],
      totals: false,
      filters: { programme, ...filters },
    },
  );
  return answer.rows as Array<Record<string, unknown>>;
}

function areaName(ref: Reference, code: string): AreaNamed {
  const a = ref.areas.get(code);
  return {
    code,
    name: a?.name ?? code,
    nameEn: a?.nameEn || a?.name || code,
    nameUg: a?.nameUg ?? null,
  };
}

function orgName(ref: Reference, code: string): Named {
  const o = ref.orgs.get(code);
  return { code, name: o?.name ?? code, nameEn: o?.nameEn || o?.name || code };
}

async function page(
  ctx: ServiceContext,
  ref: Reference,
  programme: string,
  filters: Filters,
  areaLevel: AreaLevel,
): Promise<Omit<PublicPage, 'programme'>> {
  const [totals, years, donors, areas] = await Promise.all([
    anonymousRows(ctx, programme, filters, null),
    anonymousRows(ctx, programme, filters, 'year'),
    anonymousRows(ctx, programme, filters, 'donor'),
    anonymousRows(ctx, programme, filters, `area:${areaLevel}`),
  ]);
  const rows = (list: Array<Record<string, unknown>>, key: string, name: (c: string) => Named) =>
    list
      .filter((r) => r[key] !== null && r[key] !== undefined)
      .map((r) => ({ ...name(String(r[key])), ...figuresOf(r) }));
  return {
    totals: figuresOf(totals[0]),
    byYear: rows(years, 'year', (c) => ({ code: c, name: c, nameEn: c })).sort((a, b) =>
      a.code.localeCompare(b.code),
    ),
    byDonor: rows(donors, 'donor', (c) => orgName(ref, c)).sort(byMoney),
    byArea: rows(areas, `area:${areaLevel}`, (c) => areaName(ref, c)).sort(byMoney),
    areaLevel,
  };
}

const byMoney = (a: Figures & Named, b: Figures & Named) => {
  const d = BigInt(b.disbursed_fen) - BigInt(a.disbursed_fen);
  return d > 0n ? 1 : d < 0n ? -1 : a.code.localeCompare(b.code);
};

/** The national dashboard: the programme's published totals by year, donor and prefecture. */
export async function overview(ctx: ServiceContext, programme: string): Promise<PublicPage> {
  const ref = await loadReference(ctx.db);
  const prog = programmeOf(ref, programme);
  return { programme: prog, ...(await page(ctx, ref, programme, {}, 'prefecture')) };
}

/** One donor (a top-level organisation): its published figures by year and prefecture. */
export async function donorPage(
  ctx: ServiceContext,
  programme: string,
  code: string,
): Promise<PublicPage & { donor: Named }> {
  const ref = await loadReference(ctx.db);
  const prog = programmeOf(ref, programme);
  if (!ref.orgs.has(code) || ref.orgs.rootOf(code) !== code) {
    throw new NotFoundError(problem('organisation.notFound', { code }));
  }
  return {
    programme: prog,
    donor: orgName(ref, code),
    ...(await page(ctx, ref, programme, { donor: code }, 'prefecture')),
  };
}

/** One area: the published figures of the projects located there, by year, donor and county. */
export async function areaPage(
  ctx: ServiceContext,
  programme: string,
  code: string,
): Promise<PublicPage & { area: AreaNamed & { level: AreaLevel; parent: AreaNamed | null } }> {
  const ref = await loadReference(ctx.db);
  const prog = programmeOf(ref, programme);
  const area = ref.areas.get(code);
  if (!area) throw new NotFoundError(problem('area.notFound', { code }));
  const level: AreaLevel =
    area.level === 'province' || area.level === 'prefecture' ? 'county' : area.level;
  return {
    programme: prog,
    area: {
      ...areaName(ref, code),
      level: area.level,
      parent: area.parentCode ? areaName(ref, area.parentCode) : null,
    },
    ...(await page(ctx, ref, programme, { area: code }, level)),
  };
}

/** One measure by county over the whole programme or one year (the map). */
export async function publicMap(
  ctx: ServiceContext,
  programme: string,
  measure: MapMeasure,
  year: number | null,
): Promise<PublicMap> {
  const ref = await loadReference(ctx.db);
  const prog = programmeOf(ref, programme);
  const filters: Filters =
    year === null ? {} : { period: { from: `${year}-01-01`, to: `${year}-12-31` } };
  const rows = await anonymousRows(ctx, programme, filters, 'area:county', [measure]);
  return {
    programme: prog,
    measure,
    year,
    rows: rows
      .filter((r) => r['area:county'] !== null && r['area:county'] !== undefined)
      .map((r) => {
        const v = r[measure];
        return {
          ...areaName(ref, String(r['area:county'])),
          value: typeof v === 'bigint' || typeof v === 'number' ? exactFen(v) : 0,
        };
      }),
  };
}

/**
 * The two 80% rules on published projects only (decision 0068): each donor of the programme and
 * the programme's sum for a year (default: the latest with published money), actual basis.
 */
export async function publicRules(ctx: ServiceContext, programme: string, year?: number) {
  const ref = await loadReference(ctx.db);
  const prog = programmeOf(ref, programme);
  const rules = await publishedCompliance(ctx.db, programme, year);
  return {
    programme: prog,
    ...rules,
    donors: rules.donors.map((d) => ({ ...d, ...orgName(ref, d.code) })),
  };
}

export type PublicRules = Awaited<ReturnType<typeof publicRules>>;
