import type { ReactNode } from 'react';

/**
 * The text alternative of a chart or map (decision 0062): its figures as a plain table that
 * screen readers read and that is not drawn (visually hidden), placed right after the canvas.
 * Exposes `data-testid` for tests; `rows` are already formatted for the interface language.
 */
export function ChartDataTable({
  caption,
  columns,
  rows,
  testId,
}: {
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
  testId?: string;
}) {
  return (
    // a table's box grows to its content whatever its width: the wrapper is what is hidden
    <div className="sh-visually-hidden" data-testid={testId}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
