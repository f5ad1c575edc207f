/**
 * The pivot, pure: its state as URL parameters (so any view is a shareable link), the analytics
 * queries it needs (the cells, and the totals asked of the server — never added up here, since
 * a distinct count or a project lying in several areas does not add up), and the answer laid out
 * as rows × columns.
 */

/** How a pivot is shown: the table alone, or a chart (or the county map) over it. */
export const VIEWS = ['table', 'bar', 'stacked', 'line', 'pie', 'map', 'flow'] as const;
export type PivotView = (typeof VIEWS)[number];

/** The area levels the area dimension may be rolled up to. */
export const AREA_LEVELS = ['province', 'prefecture', 'county'] as const;
export type PivotAreaLevel = (typeof AREA_LEVELS)[number];

/** The period granularities (used once the server offers the `period` dimension). */
export const GRANULARITIES = ['year', 'quarter', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Filters a measure takes only when it lists the dimension of the same name. */
export const DIMENSION_FILTERS = ['projectType', 'stage', 'pairing'] as const;

/** The most dimensions one query may group by (the endpoint's limit). */
export const MAX_DIMENSIONS = 3;

export interface PivotFilters {
  programme?: string | undefined;
  donor?: string | undefined;
  area?: string | undefined;
  /** only for measures that list the dimension of the same name */
  projectType?: string | undefined;
  stage?: string | undefined;
  pairing?: string | undefined;
  /** YYYY-MM-DD, inclusive */
  from?: string | undefined;
  to?: string | undefined;
}

export interface PivotState {
  measures: string[];
  rows: string[];
  columns: string[];
  areaLevel: PivotAreaLevel;
  granularity: Granularity;
  filters: PivotFilters;
  view: PivotView;
  /** the measure a chart draws (default: the first) */
  chartMeasure?: string | undefined;
}

export const DEFAULT_PROGRAMME = 'xinjiang';

/** What the analysis page opens with: committed funds and projects by donor, by year. */
export const DEFAULT_STATE: PivotState = {
  measures: ['committed_fen', 'projects'],
  rows: ['donor'],
  columns: ['period'],
  areaLevel: 'prefecture',
  granularity: 'year',
  filters: { programme: DEFAULT_PROGRAMME },
  view: 'table',
};

const list = (value: string | null): string[] =>
  value
    ? [
        ...new Set(
          value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => /^[a-zA-Z][\w-]{0,63}$/.test(s)),
        ),
      ]
    : [];

const isDate = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * The pivot a URL describes (`m`, `r`, `c`, `lvl`, `gran`, `programme`, `donor`, `area`, `from`,
 * `to`, `view`, `cm`); a URL without `m` is the default pivot. A dimension is kept once, in rows
 * before columns, and at most {@link MAX_DIMENSIONS} in all.
 */
export function parsePivot(params: URLSearchParams): PivotState {
  if (!params.has('m')) return { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters } };
  const rows = list(params.get('r')).slice(0, MAX_DIMENSIONS);
  const columns = list(params.get('c'))
    .filter((d) => !rows.includes(d))
    .slice(0, MAX_DIMENSIONS - rows.length);
  const programme = params.get('programme');
  return {
    measures: list(params.get('m')).slice(0, 20),
    rows,
    columns,
    areaLevel: oneOf(params.get('lvl'), AREA_LEVELS, 'prefecture'),
    granularity: oneOf(params.get('gran'), GRANULARITIES, 'year'),
    filters: {
      // an explicit empty programme means "every programme"
      programme: programme === null ? DEFAULT_PROGRAMME : programme || undefined,
      donor: params.get('donor') || undefined,
      area: params.get('area') || undefined,
      projectType: params.get('projectType') || undefined,
      stage: params.get('stage') || undefined,
      pairing: params.get('pairing') || undefined,
      from: isDate(params.get('from')) ? (params.get('from') ?? undefined) : undefined,
      to: isDate(params.get('to')) ? (params.get('to') ?? undefined) : undefined,
    },
    view: oneOf(params.get('view'), VIEWS, 'table'),
    chartMeasure: params.get('cm') || undefined,
  };
}

/** The URL parameters of a pivot (the inverse of {@link parsePivot}). */
export function pivotParams(state: PivotState): URLSearchParams {
  const p = new URLSearchParams();
  p.set('m', state.measures.join(','));
  if (state.rows.length) p.set('r', state.rows.join(','));
  if (state.columns.length) p.set('c', state.columns.join(','));
  if (state.areaLevel !== 'prefecture') p.set('lvl', state.areaLevel);
  if (state.granularity !== 'year') p.set('gran', state.granularity);
  p.set('programme', state.filters.programme ?? '');
  for (const key of ['donor', 'area', 'projectType', 'stage', 'pairing', 'from', 'to'] as const) {
    const value = state.filters[key];
    if (value) p.set(key, value);
  }
  if (state.view !== 'table') p.set('view', state.view);
  if (state.chartMeasure) p.set('cm', state.chartMeasure);
  return p;
}

/**
 * The dimensions every chosen measure supports, in the order the server lists them (the union
 * over all measures when none is chosen yet).
 */
export function commonDimensions(
  measures: readonly { name: string; dimensions: readonly string[] }[],
  chosen: readonly string[],
): string[] {
  const all: string[] = [];
  for (const m of measures) for (const d of m.dimensions) if (!all.includes(d)) all.push(d);
  const picked = measures.filter((m) => chosen.includes(m.name));
  if (picked.length === 0) return all;
  return all.filter((d) => picked.every((m) => m.dimensions.includes(d)));
}

/** The key the server uses for a dimension in the request and in each row (`area:county`). */
export function dimensionKey(dimension: string, state: Pick<PivotState, 'areaLevel'>): string {
  if (dimension === 'area' && state.areaLevel !== 'prefecture') return `area:${state.areaLevel}`;
  return dimension;
}

/** The query body for the given dimensions of a pivot (its filters and measures). */
export function queryBody(
  state: PivotState,
  dimensions: readonly string[],
): {
  measures: string[];
  dimensions: string[];
  granularity?: string;
  filters: Record<string, unknown>;
} {
  const f = state.filters;
  const filters: Record<string, unknown> = {};
  if (f.programme) filters.programme = f.programme;
  if (f.donor) filters.donor = f.donor;
  if (f.area) filters.area = f.area;
  if (f.projectType) filters.projectType = f.projectType;
  if (f.stage) filters.stage = f.stage;
  if (f.pairing) filters.pairing = f.pairing;
  if (f.from || f.to) filters.period = { from: f.from ?? '1949-10-01', to: f.to ?? '2100-12-31' };
  return {
    measures: [...state.measures],
    dimensions: dimensions.map((d) => dimensionKey(d, state)),
    ...(dimensions.includes('period') ? { granularity: state.granularity } : {}),
    filters,
  };
}

/**
 * The four queries of a pivot: the cells (rows and columns), the rows' totals (rows only), the
 * columns' totals (columns only) and the grand total (none). A query the cells already answer
 * is null (no columns: the cells are the rows' totals).
 */
export function pivotQueries(state: PivotState) {
  const { rows, columns } = state;
  return {
    cells: queryBody(state, [...rows, ...columns]),
    rowTotals: columns.length && rows.length ? queryBody(state, rows) : null,
    columnTotals: rows.length && columns.length ? queryBody(state, columns) : null,
    grand: rows.length || columns.length ? queryBody(state, []) : null,
  };
}

export type Cell = number | string | null | undefined;
export type AnswerRow = Record<string, Cell>;
/** A combination of dimension keys, e.g. ['110000', 2025]. */
export type Key = ReadonlyArray<string | number | null>;

const keyId = (key: Key): string => JSON.stringify(key);

export interface PivotTable {
  rowKeys: Key[];
  columnKeys: Key[];
  /** the value of a measure at a row key and a column key (either [] when it has no dimensions) */
  cell: (row: Key, column: Key, measure: string) => Cell;
  /** the total of a measure over the columns, at a row key */
  rowTotal: (row: Key, measure: string) => Cell;
  /** the total of a measure over the rows, at a column key */
  columnTotal: (column: Key, measure: string) => Cell;
  grandTotal: (measure: string) => Cell;
}

function keyOf(row: AnswerRow, dims: readonly string[]): Key {
  return dims.map((d) => {
    const v = row[d];
    return v === undefined ? null : v;
  });
}

/** A fixed order of a dimension's keys (the stages in their order), by dimension. */
export type KeyOrders = Readonly<Record<string, readonly string[]>>;

function uniqueKeys(rows: readonly AnswerRow[], dims: readonly string[], orders: KeyOrders): Key[] {
  const seen = new Map<string, Key>();
  for (const row of rows) {
    const key = keyOf(row, dims);
    const id = keyId(key);
    if (!seen.has(id)) seen.set(id, key);
  }
  return [...seen.values()].sort((a, b) => compareKeys(a, b, dims, orders));
}

/**
 * Keys in order: a dimension with a fixed order (`orders`) by it, numbers (years) ascending,
 * codes as text ascending, nulls last.
 */
export function compareKeys(
  a: Key,
  b: Key,
  dims: readonly string[] = [],
  orders: KeyOrders = {},
): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = orders[dims[i] ?? ''];
    if (order) {
      const ix = order.indexOf(String(x));
      const iy = order.indexOf(String(y));
      if (ix !== iy) return (ix < 0 ? order.length : ix) - (iy < 0 ? order.length : iy);
    }
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * Lays the answers of {@link pivotQueries} out as a table. `rowDims` and `columnDims` are the
 * server's keys (see {@link dimensionKey}).
 */
export function layOut(
  answers: {
    cells: readonly AnswerRow[];
    rowTotals?: readonly AnswerRow[] | null | undefined;
    columnTotals?: readonly AnswerRow[] | null | undefined;
    grand?: readonly AnswerRow[] | null | undefined;
  },
  rowDims: readonly string[],
  columnDims: readonly string[],
  orders: KeyOrders = {},
): PivotTable {
  const index = (rows: readonly AnswerRow[], dims: readonly string[]) =>
    new Map(rows.map((r) => [keyId(keyOf(r, dims)), r]));
  const cells = index(answers.cells, [...rowDims, ...columnDims]);
  const rowTotals = answers.rowTotals ? index(answers.rowTotals, rowDims) : null;
  const columnTotals = answers.columnTotals ? index(answers.columnTotals, columnDims) : null;
  const grand =
    answers.grand?.[0] ?? (rowDims.length + columnDims.length ? null : answers.cells[0]);
  return {
    rowKeys: rowDims.length ? uniqueKeys(answers.cells, rowDims, orders) : [[]],
    columnKeys: columnDims.length ? uniqueKeys(answers.cells, columnDims, orders) : [[]],
    cell: (row, column, m) => cells.get(keyId([...row, ...column]))?.[m] ?? null,
    rowTotal: (row, m) => {
      if (columnDims.length === 0) return cells.get(keyId(row))?.[m] ?? null;
      if (rowDims.length === 0) return grand?.[m] ?? null;
      return rowTotals?.get(keyId(row))?.[m] ?? null;
    },
    columnTotal: (column, m) => {
      if (rowDims.length === 0) return cells.get(keyId(column))?.[m] ?? null;
      if (columnDims.length === 0) return grand?.[m] ?? null;
      return columnTotals?.get(keyId(column))?.[m] ?? null;
    },
    grandTotal: (m) => grand?.[m] ?? null,
  };
}

export { numeric } from '../../lib/measureText.js';

/** Moves a dimension to rows, columns or out of the pivot, keeping at most MAX_DIMENSIONS. */
export function placeDimension(
  state: { rows: readonly string[]; columns: readonly string[] },
  dimension: string,
  to: 'rows' | 'columns' | 'none',
  position?: number,
): { rows: string[]; columns: string[] } {
  const rows = state.rows.filter((d) => d !== dimension);
  const columns = state.columns.filter((d) => d !== dimension);
  if (to === 'none') return { rows, columns };
  if (rows.length + columns.length >= MAX_DIMENSIONS)
    return { rows: [...state.rows], columns: [...state.columns] };
  const target = to === 'rows' ? rows : columns;
  target.splice(position ?? target.length, 0, dimension);
  return { rows, columns };
}

/** Moves a dimension one place earlier (-1) or later (+1) within its zone. */
export function moveDimension(list: readonly string[], dimension: string, by: -1 | 1): string[] {
  const i = list.indexOf(dimension);
  const j = i + by;
  if (i < 0 || j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j] as string, next[i] as string];
  return next;
}
