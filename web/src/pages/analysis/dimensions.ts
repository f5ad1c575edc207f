/**
 * Which dimensions and granularities a pivot may use, from the measures the server lists
 * (decision 0049): year and period reconciled, granularities every measure supports.
 */
import { GRANULARITIES, type Granularity, type PivotState } from './pivot.js';

/**
 * The pivot with `year` and `period` swapped where the chosen measures support only the other
 * (a year is the period at year granularity), so that a link made before a measure moved from
 * one to the other still opens.
 */
export function reconcileYear(
  state: PivotState,
  measures: readonly { name: string; dimensions: readonly string[] }[],
): PivotState {
  const picked = measures.filter((m) => state.measures.includes(m.name));
  if (picked.length === 0) return state;
  const all = (d: string) => picked.every((m) => m.dimensions.includes(d));
  const swap = (d: string): string => {
    if (d === 'year' && !all('year') && all('period')) return 'period';
    if (d === 'period' && !all('period') && all('year') && state.granularity === 'year')
      return 'year';
    return d;
  };
  const rows = state.rows.map(swap);
  const columns = state.columns.map(swap);
  if (
    rows.every((d, i) => d === state.rows[i]) &&
    columns.every((d, i) => d === state.columns[i])
  ) {
    return state;
  }
  return { ...state, rows, columns };
}

/** The period granularities every chosen measure with a period supports. */
export function commonGranularities(
  measures: readonly {
    name: string;
    dimensions: readonly string[];
    granularities?: readonly string[];
  }[],
  chosen: readonly string[],
): Granularity[] {
  const withPeriod = measures.filter(
    (m) => chosen.includes(m.name) && m.dimensions.includes('period'),
  );
  return GRANULARITIES.filter((g) =>
    withPeriod.every((m) => (m.granularities ?? ['year']).includes(g)),
  );
}
