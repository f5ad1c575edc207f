import { useMemo } from 'react';
import { type AnalyticsBody, useAnalyticsRows } from '../../api/analytics';
import { STAGES } from '../../api/vocabulary';
import { type Labels, useLabels } from './labels';
import {
  type AnswerRow,
  dimensionKey,
  type Key,
  layOut,
  type PivotState,
  type PivotTable,
  pivotQueries,
} from './pivot';

/** Keys shown in the domain's order, not the codes' (储备 → 立项 → … → 绩效评价). */
const KEY_ORDERS = { stage: STAGES };

export interface PivotAnswer {
  table: PivotTable | null;
  labels: Labels;
  /** the server's keys of the row and column dimensions (`area:county` …) */
  rowDims: string[];
  columnDims: string[];
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => void;
  /** when the cells were last answered (ms since the epoch), 0 before */
  updatedAt: number;
}

/**
 * A pivot's answer: the cells and the totals, each asked of the server (see pivotQueries), laid
 * out, with names for every key. `enabled` false runs nothing (e.g. no measure chosen yet).
 */
export function usePivot(
  state: PivotState,
  { enabled = true, refetchMs }: { enabled?: boolean; refetchMs?: number } = {},
): PivotAnswer {
  const queries = useMemo(() => pivotQueries(state), [state]);
  const on = enabled && state.measures.length > 0;
  const opts = refetchMs ? { refetchMs } : {};
  const cells = useAnalyticsRows(on ? (queries.cells as AnalyticsBody) : null, opts);
  const rowTotals = useAnalyticsRows(
    on && queries.rowTotals ? (queries.rowTotals as AnalyticsBody) : null,
    opts,
  );
  const columnTotals = useAnalyticsRows(
    on && queries.columnTotals ? (queries.columnTotals as AnalyticsBody) : null,
    opts,
  );
  const grand = useAnalyticsRows(
    on && queries.grand ? (queries.grand as AnalyticsBody) : null,
    opts,
  );
  const rowDims = useMemo(() => state.rows.map((d) => dimensionKey(d, state)), [state]);
  const columnDims = useMemo(() => state.columns.map((d) => dimensionKey(d, state)), [state]);

  const table = useMemo(
    () =>
      cells.data
        ? layOut(
            {
              cells: cells.data.rows as AnswerRow[],
              rowTotals: rowTotals.data?.rows as AnswerRow[] | undefined,
              columnTotals: columnTotals.data?.rows as AnswerRow[] | undefined,
              grand: grand.data?.rows as AnswerRow[] | undefined,
            },
            rowDims,
            columnDims,
            KEY_ORDERS,
          )
        : null,
    [cells.data, rowTotals.data, columnTotals.data, grand.data, rowDims, columnDims],
  );

  const keys = useMemo(() => {
    const out = new Map<string, Set<string | number | null>>();
    const add = (dims: string[], list: Key[]) =>
      dims.forEach((d, i) => {
        const set = out.get(d) ?? new Set();
        for (const k of list) set.add(k[i] ?? null);
        out.set(d, set);
      });
    if (table) {
      add(rowDims, table.rowKeys);
      add(columnDims, table.columnKeys);
    }
    return out;
  }, [table, rowDims, columnDims]);
  const labels = useLabels(keys);

  const all = [cells, rowTotals, columnTotals, grand];
  const failed = all.find((q) => q.isError);
  return {
    table,
    labels,
    rowDims,
    columnDims,
    isPending: on && all.some((q) => q.isPending && q.fetchStatus !== 'idle'),
    isFetching: all.some((q) => q.isFetching),
    error: failed?.error ?? null,
    refetch: () => {
      for (const q of all) void q.refetch();
    },
    updatedAt: cells.dataUpdatedAt,
  };
}
