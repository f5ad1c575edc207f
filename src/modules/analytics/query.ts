/**
 * `POST /api/analytics/query` (decision 0024): the named measures of the registry, filtered,
 * grouped and limited to what the caller may see. Each measure is one SQL query (the database
 * adds up); this merges their rows by dimension keys, rolled up from the reference trees.
 */
import { AREA_LEVELS, type AreaLevel, isAreaLevel } from '../../domain/areas.js';
import { InvalidInputError } from '../../domain/errors.js';
import { type ExactFen, exactFen } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { MEASURES } from '../measures.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { Dimension, Measure, MeasureFilters, MeasureInput, MeasureRow } from './measure.js';
import { type AnalyticsQueryBody, type AnalyticsQueryView, FILTER_NAMES } from './schema.js';

/** A requested dimension: the raw key a measure groups by, and how it is rolled up. */
interface GroupBy {
  /** The name in the request and in the answer's rows (`donor`, `year`, `area:county`…). */
  name: string;
  dimension: Dimension;
  /** For `area`: the level its keys are rolled up to. */
  level?: AreaLevel;
}

/** `area` alone means prefectures (地州). */
const DEFAULT_AREA_LEVEL: AreaLevel = 'prefecture';

function parseDimension(text: string, index: number): GroupBy {
  const [head, level] = text.split(':', 2) as [string, string | undefined];
  const field = `dimensions.${index}`;
  if (head === 'area') {
    const at = level ?? DEFAULT_AREA_LEVEL;
    if (!isAreaLevel(at)) {
      throw InvalidInputError.field(
        field,
        problem('analytics.unknownDimension', { name: text, known: dimensionNames() }),
      );
    }
    return { name: text, dimension: 'area', level: at };
  }
  if ((head === 'donor' || head === 'year') && level === undefined) {
    return { name: text, dimension: head };
  }
  throw InvalidInputError.field(
    field,
    problem('analytics.unknownDimension', { name: text, known: dimensionNames() }),
  );
}

const dimensionNames = () =>
  ['donor', 'year', 'area', ...AREA_LEVELS.map((l) => `area:${l}`)].join(', ');

/** The checked filters, with the donor's and the area's subtrees. */
function checkFilters(ref: Reference, raw: Record<string, unknown>) {
  for (const key of Object.keys(raw)) {
    if (!(FILTER_NAMES as readonly string[]).includes(key)) {
      throw InvalidInputError.field(
        `filters.${key}`,
        problem('analytics.unknownFilter', { name: key, known: FILTER_NAMES.join(', ') }),
      );
    }
  }
  const filters = raw as MeasureFilters;
  if (filters.programme !== undefined && !ref.programmes.has(filters.programme)) {
    throw InvalidInputError.field(
      'filters.programme',
      problem('programme.unknown', { code: filters.programme }),
    );
  }
  if (filters.donor !== undefined && !ref.orgs.has(filters.donor)) {
    throw InvalidInputError.field(
      'filters.donor',
      problem('organisation.unknown', { code: filters.donor }),
    );
  }
  if (filters.area !== undefined && !ref.areas.has(filters.area)) {
    throw InvalidInputError.field('filters.area', problem('area.unknown', { code: filters.area }));
  }
  if (filters.period && filters.period.from > filters.period.to) {
    throw InvalidInputError.field(
      'filters.period.to',
      problem('analytics.periodReversed', filters.period),
    );
  }
  return {
    filters: {
      programme: filters.programme,
      donor: filters.donor,
      area: filters.area,
      period: filters.period,
    },
    donors: filters.donor === undefined ? null : ref.orgs.subtree(filters.donor),
    areas: filters.area === undefined ? null : ref.areas.subtree(filters.area),
  };
}

/** A raw key rolled up: a donor to its top organisation, an area to the level asked for. */
function rollUp(ref: Reference, by: GroupBy, raw: unknown): string | number | null {
  if (raw === null || raw === undefined) return null;
  if (by.dimension === 'year') return Number(raw);
  const code = String(raw);
  if (by.dimension === 'donor') return ref.orgs.rootOf(code);
  const at = ref.areas.chainOf(code).find((a) => a.level === by.level);
  return at ? at.code : code;
}

/**
 * A database number as an exact integer: PostgreSQL sums come as text (numeric), fen sums are
 * read as text on both engines (`exactSum`), so a total past 2^53 stays exact (decision 0031).
 */
function bigOf(value: MeasureRow['value']): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`measure value ${value} is not exact`);
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new RangeError(`measure value ${value} is not an integer`);
  return BigInt(value);
}

/**
 * The answer: one row per combination of (rolled-up) dimension keys, each measure's value in
 * it (0 where a measure has nothing for those keys), sorted by the keys; one row of totals when
 * there are no dimensions.
 *
 * @throws InvalidInputError naming the field: an unknown measure, dimension or filter, a
 *   dimension a measure cannot group by, an unknown programme / donor / area, `from` after `to`
 */
export async function queryAnalytics(
  ctx: ServiceContext,
  body: AnalyticsQueryBody,
): Promise<AnalyticsQueryView> {
  const names = [...new Set(body.measures)];
  const measures: Measure[] = names.map((name) => {
    const m = MEASURES.get(name);
    if (!m) {
      throw InvalidInputError.field(
        `measures.${body.measures.indexOf(name)}`,
        problem('analytics.unknownMeasure', { name }),
      );
    }
    return m;
  });
  const groups = body.dimensions.map(parseDimension);
  const seen = new Set<string>();
  for (const [i, g] of groups.entries()) {
    if (seen.has(g.dimension)) {
      throw InvalidInputError.field(
        `dimensions.${i}`,
        problem('analytics.dimensionTwice', { name: g.dimension }),
      );
    }
    seen.add(g.dimension);
    for (const m of measures) {
      if (!m.dimensions.includes(g.dimension)) {
        throw InvalidInputError.field(
          `dimensions.${i}`,
          problem('analytics.dimensionUnsupported', { name: g.name, measure: m.name }),
        );
      }
    }
  }
  const ref = await loadReference(ctx.db);
  const checked = checkFilters(ref, body.filters as Record<string, unknown>);
  const input: MeasureInput = {
    db: ctx.db,
    actor: ctx.actor,
    ref,
    ...checked,
    dimensions: groups.map((g) => g.dimension),
    areaLevel: groups.find((g) => g.dimension === 'area')?.level ?? null,
  };
  const results = await Promise.all(measures.map((m) => m.query(input).execute()));

  // Values add up in BigInt (exact at any size), written as a number while safe.
  const sums = new Map<string, { keys: (string | number | null)[]; values: bigint[] }>();
  const counted = new Set<string>();
  if (groups.length === 0) sums.set('', { keys: [], values: measures.map(() => 0n) });
  for (const [i, m] of measures.entries()) {
    for (const r of results[i] ?? []) {
      const keys = groups.map((g) => rollUp(ref, g, r[g.dimension]));
      const id = groups.length === 0 ? '' : JSON.stringify(keys);
      let row = sums.get(id);
      if (!row) {
        row = { keys, values: measures.map(() => 0n) };
        sums.set(id, row);
      }
      if (r.distinct !== undefined && r.distinct !== null) {
        const once = JSON.stringify([m.name, id, r.distinct]);
        if (counted.has(once)) continue;
        counted.add(once);
        row.values[i] = (row.values[i] ?? 0n) + 1n;
      } else {
        row.values[i] = (row.values[i] ?? 0n) + bigOf(r.value);
      }
    }
  }
  const rows = new Map<string, Record<string, string | number | null | ExactFen>>();
  for (const [id, row] of sums) {
    rows.set(id, {
      ...Object.fromEntries(groups.map((g, k) => [g.name, row.keys[k] ?? null])),
      ...Object.fromEntries(measures.map((m, k) => [m.name, exactFen(row.values[k] ?? 0n)])),
    });
  }
  const out = [...rows.values()];
  if (groups.length > 0) {
    out.sort((a, b) => {
      for (const g of groups) {
        const x = a[g.name] ?? null;
        const y = b[g.name] ?? null;
        if (x === y) continue;
        if (x === null) return 1;
        if (y === null) return -1;
        return x < y ? -1 : 1;
      }
      return 0;
    });
  }
  return { rows: out };
}
