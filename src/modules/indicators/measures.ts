/**
 * Data elements and indicators as analytics measures, by their codes (decision 0048): resolved
 * per request from the configured model (they are data, not code), each answering rows that are
 * FINAL per rolled-up key (`Measure.final`): the endpoint neither adds nor rolls them again.
 *
 * A data element's values are combined by its aggregation within each group of the request's
 * dimensions (donor rolled up to its top organisation, area to the level asked, period at the
 * granularity): `sum` adds every value; `last` takes, for each reporting unit (area × donor), its
 * latest period's value within the group and adds those over units — never over months; `average`
 * is the mean of the units' period values. Money is answered in fen, a percentage in basis points,
 * a number in its unit. A text element cannot be summed or averaged, nor a percentage added over
 * several units: 422 naming the measure. Values are read by every signed-in user; the programme
 * filter keeps the values its sets collect (an element may serve several programmes' sets).
 *
 * An indicator is evaluated per row from its inputs' figures at the same keys (elements as above,
 * other indicators, registered measures summed per key); a null cell carries a note: an input
 * missing, or a division by zero.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { InvalidInputError } from '../../domain/errors.js';
import { codesOf, type Rational, ratio, roundRational } from '../../domain/indicator-formula.js';
import { parsePeriod } from '../../domain/indicators.js';
import { problem } from '../../domain/problems.js';
import {
  type Dimension,
  defineMeasures,
  type Granularity,
  type Measure,
  type MeasureInput,
  type MeasureRow,
  type MeasureSet,
} from '../analytics/measure.js';
import { type Catalog, type ElementRecord, loadCatalog } from './catalog.js';
import { evaluateIndicator, storedRational } from './evaluate.js';

const ELEMENT_DIMENSIONS: readonly Dimension[] = ['donor', 'area', 'period'];

/** A value's period key at the granularity: the containing quarter or month when it fits in one. */
function periodKeyOf(period: string, granularity: Granularity): string {
  const p = parsePeriod(period);
  if (!p) return period;
  if (granularity === 'year') return String(p.year);
  if (granularity === 'quarter' && (p.type === 'quarter' || p.type === 'month')) {
    const month = Number(p.start.slice(5, 7));
    return `${p.year}-Q${Math.floor((month + 2) / 3)}`;
  }
  if (granularity === 'month' && p.type === 'month') return period;
  return period;
}

/** The group key of a value row (the requested dimensions, rolled up). */
function keysOf(
  input: MeasureInput,
  r: { areaCode: string; donorCode: string | null; period: string },
) {
  return input.dimensions.map((d) => {
    if (d === 'area') {
      const at = input.ref.areas.chainOf(r.areaCode).find((a) => a.level === input.areaLevel);
      return at ? at.code : r.areaCode;
    }
    if (d === 'donor') return r.donorCode === null ? null : input.ref.orgs.rootOf(r.donorCode);
    if (d === 'period' || d === 'year') return periodKeyOf(r.period, input.granularity);
    return null;
  });
}

type Keys = (string | number | null)[];
type Figures = Map<string, { keys: Keys; value: Rational | null; note?: MeasureRow['note'] }>;

/** The element's figure per group key, combined by its aggregation. */
async function elementFigures(
  input: MeasureInput,
  e: ElementRecord,
  field: string,
): Promise<Figures> {
  const where: Expression<SqlBool>[] = [sql<SqlBool>`element_code = ${e.code}`];
  const inList = (column: string, codes: readonly string[]) =>
    sql<SqlBool>`${sql.ref(column)} in (${sql.join(codes.length > 0 ? codes : [''])})`;
  if (input.donors) where.push(inList('donor_code', input.donors));
  if (input.areas) where.push(inList('area_code', input.areas));
  const p = input.filters.period;
  if (p) where.push(sql<SqlBool>`period_start >= ${p.from} and period_end <= ${p.to}`);
  // A programme: the values its sets collect (the element in a set of the programme, reported
  // by the value's unit).
  const programme = input.filters.programme;
  if (programme !== undefined) {
    where.push(sql<SqlBool>`exists (select 1 from indicator_sets s
      join indicator_set_items i on i.set_code = s.code
      join indicator_set_reporters r on r.set_code = s.code
      where s.programme_code = ${programme} and i.item_code = indicator_values.element_code
        and r.area_code = indicator_values.area_code
        and coalesce(r.donor_code, '') = coalesce(indicator_values.donor_code, ''))`);
  }
  const rows = (
    await sql<{
      areaCode: string;
      donorCode: string | null;
      period: string;
      periodStart: string;
      total: string;
    }>`
      select area_code as "areaCode", donor_code as "donorCode", period, period_start as "periodStart",
        cast(sum(value_int) as text) as total
      from indicator_values where ${sql.join(where, sql` and `)}
      group by area_code, donor_code, period, period_start`.execute(input.db)
  ).rows;
  const groups = new Map<
    string,
    { keys: Keys; units: Map<string, { start: string; total: bigint }[]> }
  >();
  for (const r of rows) {
    const keys = keysOf(input, r);
    const id = JSON.stringify(keys);
    let g = groups.get(id);
    if (!g) {
      g = { keys, units: new Map() };
      groups.set(id, g);
    }
    const unit = `${r.areaCode}/${r.donorCode ?? ''}`;
    const list = g.units.get(unit) ?? [];
    list.push({ start: String(r.periodStart), total: BigInt(r.total) });
    g.units.set(unit, list);
  }
  const out: Figures = new Map();
  for (const [id, g] of groups) {
    const units = [...g.units.values()];
    let value: Rational;
    if (e.aggregation === 'sum') {
      value = ratio(units.flat().reduce((s, v) => s + v.total, 0n));
    } else if (e.aggregation === 'last') {
      if (e.valueType === 'percentage' && units.length > 1) {
        throw InvalidInputError.field(
          field,
          problem('indicators.percentageNotSummable', { measure: e.code }),
        );
      }
      const lasts = units.map((list) => list.reduce((a, b) => (b.start > a.start ? b : a)).total);
      value = ratio(lasts.reduce((s, v) => s + v, 0n));
    } else {
      const all = units.flat();
      value = ratio(
        all.reduce((s, v) => s + v.total, 0n),
        BigInt(all.length),
      );
    }
    out.set(id, { keys: g.keys, value });
  }
  return out;
}

/** A registered measure's figure per group key (its rows rolled up and added, distinct counted once). */
async function measureFigures(input: MeasureInput, m: Measure): Promise<Figures> {
  const rows = await m.query(input).execute();
  const out: Figures = new Map();
  const counted = new Set<string>();
  for (const r of rows) {
    const keys = input.dimensions.map((d) => {
      const raw = r[d];
      if (raw === null || raw === undefined) return null;
      if (d === 'donor') return input.ref.orgs.rootOf(String(raw));
      if (d === 'area') {
        const at = input.ref.areas.chainOf(String(raw)).find((a) => a.level === input.areaLevel);
        return at ? at.code : String(raw);
      }
      return String(raw);
    });
    const id = JSON.stringify(keys);
    let add = BigInt(String(r.value ?? 0));
    if (r.distinct !== undefined && r.distinct !== null) {
      const once = `${id}|${r.distinct}`;
      add = counted.has(once) ? 0n : 1n;
      counted.add(once);
    }
    const prev = out.get(id)?.value ?? ratio(0n);
    out.set(id, { keys, value: ratio(prev.num + add * prev.den, prev.den) });
  }
  return out;
}

/** A figure in the element's answer unit (fen, basis points, the number's unit). */
function elementAnswer(e: ElementRecord, r: Rational | null): bigint | number | null {
  if (r === null) return null;
  const scale = e.valueType === 'number' ? e.scale : 0;
  // A whole figure stays an exact integer (fen sums may pass 2^53); a mean or a scaled number
  // is rounded half away from zero to the element's decimals.
  if (scale === 0 && r.den === 1n) return r.num;
  return Number(roundRational({ num: r.num, den: r.den * 10n ** BigInt(scale) }, scale));
}

/**
 * The configured elements and indicators among `names` (the request's measures), as measures;
 * `registered` is the measure registry (for indicators over registered measures).
 */
export async function configuredMeasures(
  db: Executor,
  names: readonly string[],
  registered: ReadonlyMap<string, Measure>,
): Promise<Map<string, Measure>> {
  const catalog = await loadCatalog(db);
  const out = new Map<string, Measure>();
  for (const [i, name] of names.entries()) {
    const field = `measures.${i}`;
    const e = catalog.elements.get(name);
    if (e) {
      if (e.valueType === 'text') {
        throw InvalidInputError.field(
          field,
          problem('indicators.textNotAggregable', { measure: name }),
        );
      }
      out.set(name, elementMeasure(e, field));
    } else if (catalog.formulas.has(name)) {
      out.set(name, indicatorMeasure(catalog, name, field, registered));
    }
  }
  return out;
}

/** Every configured data element (but text ones) and indicator, as the measure list shows them. */
export async function configuredMeasureSet(
  db: Executor,
  registered: ReadonlyMap<string, Measure>,
): Promise<MeasureSet> {
  const catalog = await loadCatalog(db);
  const names = [
    ...[...catalog.elements.values()].filter((e) => e.valueType !== 'text').map((e) => e.code),
    ...catalog.formulas.keys(),
  ];
  const measures = await configuredMeasures(db, names, registered);
  return defineMeasures('indicators', [...measures.values()]);
}

const unitOf = (e: ElementRecord) =>
  e.valueType === 'money' ? ('fen' as const) : ('count' as const);

function finalRows(
  figures: Figures,
  input: MeasureInput,
  answer: (r: Rational | null) => bigint | number | null,
): MeasureRow[] {
  return [...figures.values()].map((f) => ({
    value: answer(f.value),
    ...Object.fromEntries(input.dimensions.map((d, k) => [d, f.keys[k] ?? null])),
    ...(f.note ? { note: f.note } : {}),
  }));
}

function elementMeasure(e: ElementRecord, field: string): Measure {
  return {
    name: e.code,
    unit: unitOf(e),
    label: { zh: e.name, en: e.nameEn },
    description: {
      zh: `数据元（${e.aggregation}）：手工填报的数值`,
      en: `A data element (${e.aggregation}): values entered by hand`,
    },
    dimensions: ELEMENT_DIMENSIONS,
    final: true,
    query: (input) => ({
      execute: async () =>
        finalRows(await elementFigures(input, e, field), input, (r) => elementAnswer(e, r)),
    }),
  };
}

function indicatorMeasure(
  catalog: Catalog,
  code: string,
  field: string,
  registered: ReadonlyMap<string, Measure>,
): Measure {
  const f = catalog.formulas.get(code);
  // Its leaves: the elements and registered measures it reaches through other indicators.
  const leaves = new Set<string>();
  const walk = (c: string, depth: number) => {
    const g = catalog.formulas.get(c);
    if (!g || depth > 50) {
      leaves.add(c);
      return;
    }
    for (const x of codesOf(g.node)) walk(x, depth + 1);
  };
  walk(code, 0);
  const dims = ELEMENT_DIMENSIONS.filter((d) =>
    [...leaves].every(
      (l) => catalog.elements.has(l) || (registered.get(l)?.dimensions.includes(d) ?? false),
    ),
  );
  return {
    name: code,
    unit: 'count',
    label: { zh: f?.name ?? code, en: f?.nameEn ?? code },
    description: { zh: `指标：${f?.formula ?? ''}`, en: `An indicator: ${f?.formula ?? ''}` },
    dimensions: dims,
    final: true,
    query: (input) => ({
      execute: async () => {
        const inputs = new Map<string, Figures>();
        for (const l of leaves) {
          const e = catalog.elements.get(l);
          const m = registered.get(l);
          if (e) inputs.set(l, await elementFigures(input, e, field));
          else if (m) inputs.set(l, await measureFigures(input, m));
        }
        const ids = new Map<string, Keys>();
        for (const figures of inputs.values()) for (const [id, x] of figures) ids.set(id, x.keys);
        if (input.dimensions.length === 0) ids.set('[]', []);
        const out: MeasureRow[] = [];
        for (const [id, keys] of ids) {
          const r = evaluateIndicator(catalog, code, (c) => {
            const x = inputs.get(c)?.get(id)?.value ?? null;
            const e = catalog.elements.get(c);
            // An element's figure is in its stored unit; a formula sees a percentage as a fraction.
            return x && e ? storedRational(e, x) : x;
          });
          out.push({
            value: r.value,
            ...Object.fromEntries(input.dimensions.map((d, k) => [d, keys[k] ?? null])),
            ...(r.status === 'ok' ? {} : { note: { reason: r.status, inputs: r.missing } }),
          });
        }
        return out;
      },
    }),
  };
}
