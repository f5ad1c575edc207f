/**
 * `POST /api/analytics/query` (decision 0024): the named measures of the registry, filtered,
 * grouped and limited to what the caller may see. Each measure is one SQL query (the database
 * adds up); this merges their rows by dimension keys, rolled up from the reference trees.
 */
import { AREA_LEVELS, type AreaLevel, isAreaLevel } from '../../domain/areas.js';
import { InvalidInputError } from '../../domain/errors.js';
import { type ExactFen, exactFen } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import { isStage, STAGES } from '../../domain/stages.js';
import type { ServiceContext } from '../core/context.js';
import { configuredMeasuresOf, MEASURES } from '../measures.js';
import { loadReference, type Reference } from '../reference/reference.js';
import {
  DIMENSIONS,
  type Dimension,
  GRANULARITIES,
  type Granularity,
  type Measure,
  type MeasureFilters,
  type MeasureInput,
  type MeasureRow,
  PAIRINGS,
} from './measure.js';
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
  if ((DIMENSIONS as readonly string[]).includes(head) && level === undefined) {
    return { name: text, dimension: head as Dimension };
  }
  throw InvalidInputError.field(
    field,
    problem('analytics.unknownDimension', { name: text, known: dimensionNames() }),
  );
}

const dimensionNames = () => [...DIMENSIONS, ...AREA_LEVELS.map((l) => `area:${l}`)].join(', ');

/** The filters that need the measure to list the dimension of the same name. */
const DIMENSION_FILTERS = ['projectType', 'stage', 'pairing'] as const;

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
  if (filters.projectType !== undefined && !ref.projectTypes.has(filters.projectType)) {
    throw InvalidInputError.field(
      'filters.projectType',
      problem('project.typeUnknown', { code: filters.projectType }),
    );
  }
  if (filters.stage !== undefined && !isStage(filters.stage)) {
    throw InvalidInputError.field(
      'filters.stage',
      problem('analytics.unknownStage', { name: filters.stage, known: STAGES.join(', ') }),
    );
  }
  if (filters.pairing !== undefined && !(PAIRINGS as readonly string[]).includes(filters.pairing)) {
    throw InvalidInputError.field(
      'filters.pairing',
      problem('analytics.unknownPairing', { name: filters.pairing, known: PAIRINGS.join(', ') }),
    );
  }
  return {
    filters: {
      programme: filters.programme,
      donor: filters.donor,
      area: filters.area,
      period: filters.period,
      projectType: filters.projectType,
      stage: filters.stage,
      pairing: filters.pairing,
    },
    donors: filters.donor === undefined ? null : ref.orgs.subtree(filters.donor),
    areas: filters.area === undefined ? null : ref.areas.subtree(filters.area),
  };
}

/** The granularities a measure's `period` key supports. */
const granularitiesOf = (m: Measure): readonly Granularity[] => m.granularities ?? GRANULARITIES;

/**
 * The dimension a measure is asked for in place of a requested one: `year` is `period` at year
 * granularity for a measure that lists `period` (the key becomes a number); itself otherwise.
 * Null when the measure cannot group by it.
 */
function asked(m: Measure, d: Dimension): Dimension | null {
  if (d === 'year') {
    if (m.dimensions.includes('period') && granularitiesOf(m).includes('year')) return 'period';
    return m.dimensions.includes('year') ? 'year' : null;
  }
  return m.dimensions.includes(d) ? d : null;
}

/** A raw key rolled up: a donor to its top organisation, an area to the level asked for. */
function rollUp(ref: Reference, by: GroupBy, raw: unknown): string | number | null {
  if (raw === null || raw === undefined) return null;
  if (by.dimension === 'year') return Number(raw);
  const code = String(raw);
  if (by.dimension === 'donor') return ref.orgs.rootOf(code);
  if (by.dimension !== 'area') return code;
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
 * The sums of one run of the measures, by the rolled-up keys of the groups (a final measure's
 * value as it came, a number or null: decision 0048).
 */
type Sums = Map<string, { keys: (string | number | null)[]; values: (bigint | number | null)[] }>;

/** Why a final measure's cell is null (indicators, decision 0048), with the row's keys. */
interface Note {
  measure: string;
  keys: Record<string, string | number | null>;
  reason: string;
  inputs: string[];
}

/** A run's starting values: 0 for a measure that is added up, null for a final one. */
const zeroes = (measures: readonly Measure[]) => measures.map((m) => (m.final ? null : 0n));

/** Everything a run needs but the dimensions. */
interface Plan {
  ctx: ServiceContext;
  ref: Reference;
  measures: readonly Measure[];
  checked: ReturnType<typeof checkFilters>;
  granularity: Granularity;
  /** Null cells of final measures, reported in the answer (decision 0048). */
  notes: Note[];
  /** False: the measures read the records, never the kept sums (see MeasureInput.summed). */
  summed: boolean;
}

/** The measures run with `groups` (in parallel), their rows merged by rolled-up keys. */
async function run(plan: Plan, groups: readonly GroupBy[]): Promise<Sums> {
  const { ctx, ref, measures } = plan;
  const results = await Promise.all(
    measures.map((m) => {
      const dimensions = groups.map((g) => asked(m, g.dimension) as Dimension);
      const input: MeasureInput = {
        db: ctx.db,
        actor: ctx.actor,
        ref,
        ...plan.checked,
        dimensions,
        areaLevel: groups.find((g) => g.dimension === 'area')?.level ?? null,
        granularity: groups.some((g) => g.dimension === 'year') ? 'year' : plan.granularity,
        ...(plan.summed === false ? { summed: false } : {}),
      };
      return m
        .query(input)
        .execute()
        .then((rows) => ({ rows, dimensions }));
    }),
  );
  // Values add up in BigInt (exact at any size), written as a number while safe.
  const sums: Sums = new Map();
  const counted = new Set<string>();
  if (groups.length === 0) sums.set('', { keys: [], values: zeroes(measures) });
  for (const [i, m] of measures.entries()) {
    const { rows, dimensions } = results[i] ?? { rows: [], dimensions: [] };
    for (const r of rows) {
      const keys = groups.map((g, k) => rollUp(ref, g, r[dimensions[k] as Dimension]));
      const id = groups.length === 0 ? '' : JSON.stringify(keys);
      let row = sums.get(id);
      if (!row) {
        row = { keys, values: zeroes(measures) };
        sums.set(id, row);
      }
      // Indicators (decision 0048): a final measure's row is the value of its key, as it is.
      if (m.final) {
        row.values[i] = typeof r.value === 'string' ? Number(r.value) : r.value;
        if (r.note) {
          const at = Object.fromEntries(groups.map((g, k) => [g.name, keys[k] ?? null]));
          plan.notes.push({ measure: m.name, keys: at, ...r.note });
        }
        continue;
      }
      if (r.distinct !== undefined && r.distinct !== null) {
        const once = JSON.stringify([m.name, id, r.distinct]);
        if (counted.has(once)) continue;
        counted.add(once);
        row.values[i] = ((row.values[i] as bigint | null) ?? 0n) + 1n;
      } else {
        row.values[i] = ((row.values[i] as bigint | null) ?? 0n) + bigOf(r.value);
      }
    }
  }
  return sums;
}

type Row = Record<string, string | number | null | ExactFen>;

function compareKeys(
  a: readonly (string | number | null)[],
  b: readonly (string | number | null)[],
) {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const x = a[k] ?? null;
    const y = b[k] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The answer: one row per combination of (rolled-up) dimension keys, each measure's value in
 * it (0 where a measure has nothing for those keys), sorted by the keys; one row of totals when
 * there are no dimensions. With `totals` (and dimensions), a row per first-dimension key marked
 * `_total: "subtotal"` after that key's rows (only with two dimensions or more), and a last row
 * marked `_total: "grand"`; the dimensions a total row sums over are null. Totals are computed by
 * the measures themselves with fewer dimensions (never by adding rows up): a person counted in
 * two rows is counted once in the total, a project in two areas once, and only records the caller
 * may see are in them, exactly as in the rows.
 *
 * @throws InvalidInputError naming the field: an unknown measure, dimension, granularity or
 *   filter, a dimension, granularity or filter a measure does not support, an unknown
 *   programme / donor / area / project type / stage / pairing class, `from` after `to`
 */
export async function queryAnalytics(
  ctx: ServiceContext,
  body: AnalyticsQueryBody,
  options: { summed?: boolean } = {},
): Promise<AnalyticsQueryView> {
  const names = [...new Set(body.measures)];
  // Indicators (decision 0048): a name the registry lacks may be a configured data element or
  // indicator, resolved per request (src/modules/indicators/measures.ts; rows final).
  const configured = names.some((n) => !MEASURES.has(n))
    ? await configuredMeasuresOf(ctx.db, body.measures)
    : null;
  const measures: Measure[] = names.map((name) => {
    const m = MEASURES.get(name) ?? configured?.get(name);
    if (!m) {
      throw InvalidInputError.field(
        `measures.${body.measures.indexOf(name)}`,
        problem('analytics.unknownMeasure', { name }),
      );
    }
    return m;
  });
  const groups = body.dimensions.map(parseDimension);
  const granularity = (body.granularity ?? 'year') as Granularity;
  if (!(GRANULARITIES as readonly string[]).includes(granularity)) {
    throw InvalidInputError.field(
      'granularity',
      problem('analytics.unknownGranularity', {
        name: granularity,
        known: GRANULARITIES.join(', '),
      }),
    );
  }
  const seen = new Set<string>();
  for (const [i, g] of groups.entries()) {
    // `year` is the period at year granularity: not both.
    const same = g.dimension === 'year' ? 'period' : g.dimension;
    if (seen.has(same)) {
      throw InvalidInputError.field(
        `dimensions.${i}`,
        problem('analytics.dimensionTwice', { name: g.dimension }),
      );
    }
    seen.add(same);
    for (const m of measures) {
      if (asked(m, g.dimension) === null) {
        throw InvalidInputError.field(
          `dimensions.${i}`,
          problem('analytics.dimensionUnsupported', { name: g.name, measure: m.name }),
        );
      }
      if (g.dimension === 'period' && !granularitiesOf(m).includes(granularity)) {
        throw InvalidInputError.field(
          'granularity',
          problem('analytics.granularityUnsupported', {
            name: granularity,
            measure: m.name,
            known: granularitiesOf(m).join(', '),
          }),
        );
      }
    }
  }
  const filters = body.filters as Record<string, unknown>;
  for (const key of DIMENSION_FILTERS) {
    if (filters[key] === undefined) continue;
    const m = measures.find((x) => !x.dimensions.includes(key));
    if (m) {
      throw InvalidInputError.field(
        `filters.${key}`,
        problem('analytics.filterUnsupported', { name: key, measure: m.name }),
      );
    }
  }
  const ref = await loadReference(ctx.db);
  const plan: Plan = {
    ctx,
    ref,
    measures,
    checked: checkFilters(ref, filters),
    granularity,
    notes: [],
    summed: options.summed !== false,
  };

  const toRow = (
    row: { keys: (string | number | null)[]; values: (bigint | number | null)[] },
    total?: 'subtotal' | 'grand',
  ): Row => ({
    ...Object.fromEntries(groups.map((g, k) => [g.name, row.keys[k] ?? null])),
    ...Object.fromEntries(
      measures.map((m, k) => {
        const v = row.values[k] ?? null;
        return [m.name, typeof v === 'bigint' ? exactFen(v) : v];
      }),
    ),
    ...(total ? { _total: total } : {}),
  });

  const wantTotals = body.totals === true && groups.length > 0;
  const [sums, firsts, grand] = await Promise.all([
    run(plan, groups),
    wantTotals && groups.length > 1 ? run(plan, groups.slice(0, 1)) : null,
    wantTotals ? run(plan, []) : null,
  ]);
  const sorted = [...sums.values()].sort((a, b) => compareKeys(a.keys, b.keys));
  const notes = plan.notes.length > 0 ? { notes: plan.notes } : {};
  if (!wantTotals) return { rows: sorted.map((r) => toRow(r)), ...notes };

  const out: Row[] = [];
  const subtotals = [...(firsts?.values() ?? [])].sort((a, b) => compareKeys(a.keys, b.keys));
  const firstKey = (r: { keys: (string | number | null)[] }) => JSON.stringify(r.keys[0] ?? null);
  const byFirst = new Map(subtotals.map((r) => [firstKey(r), r]));
  const done = new Set<string>();
  for (const [i, r] of sorted.entries()) {
    out.push(toRow(r));
    const key = firstKey(r);
    const next = sorted[i + 1];
    const sub = byFirst.get(key);
    if (sub && (!next || firstKey(next) !== key)) {
      out.push(toRow({ keys: [r.keys[0] ?? null], values: sub.values }, 'subtotal'));
      done.add(key);
    }
  }
  // A first key with a subtotal but no row (cannot happen with the same filters; kept exact).
  for (const sub of subtotals) {
    if (!done.has(firstKey(sub))) out.push(toRow(sub, 'subtotal'));
  }
  const g = grand?.get('') ?? { keys: [], values: zeroes(measures) };
  out.push(toRow(g, 'grand'));
  return { rows: out, ...notes };
}
