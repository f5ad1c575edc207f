import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import type { Labels } from './labels';
import { formatValue } from './labels';
import { type Cell, type Key, numeric, type PivotTable } from './pivot';

interface Row {
  key: string;
  rowKey: Key;
}

/** One figure of the table: money in 万元 with exact yuan on hover, counts with separators. */
function Figure({ value, unit }: { value: Cell; unit: string | undefined }) {
  if (unit === 'fen' && value !== null && value !== undefined)
    return <Money fen={numeric(value)} />;
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatValue(value, unit)}</span>;
}

/**
 * The pivot as a table: a column per row dimension, then per column key the measures, then the
 * totals (合计) column; the last row holds the columns' totals and the grand total. Every total
 * comes from the server (see pivot.ts), none is added up here.
 */
export function PivotGrid({
  table,
  labels,
  measures,
  rowDims,
  columnDims,
  caption,
  testId = 'pivot-table',
}: {
  table: PivotTable;
  labels: Labels;
  measures: readonly string[];
  rowDims: readonly string[];
  columnDims: readonly string[];
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const keyText = (dims: readonly string[], key: Key) =>
    dims.map((d, i) => labels.key(d, key[i] ?? null)).join(' · ');
  const measureHeader = (m: string) => labels.measureWithUnit(m);

  const valueColumns = (
    title: string | null,
    id: string,
    value: (row: Row, m: string) => Cell,
  ): ColumnsType<Row>[number] => {
    const leaves = measures.map((m) => ({
      key: `${id}|${m}`,
      title:
        title !== null && measures.length === 1 ? `${title} ${measureHeader(m)}` : measureHeader(m),
      align: 'right' as const,
      onCell: () => ({ 'data-measure': m }) as React.HTMLAttributes<HTMLElement>,
      render: (_: unknown, row: Row) => <Figure value={value(row, m)} unit={labels.unit(m)} />,
    }));
    if (title === null || measures.length === 1) {
      const only = leaves[0];
      if (measures.length === 1 && only)
        return { ...only, title: title ?? measureHeader(measures[0] ?? '') };
      return { key: id, title: '', children: leaves };
    }
    return { key: id, title, children: leaves };
  };

  const columns: ColumnsType<Row> = [
    ...rowDims.map((d, i) => ({
      key: `dim-${d}`,
      title: labels.dimension(d),
      fixed: 'left' as const,
      render: (_: unknown, row: Row) => labels.key(d, row.rowKey[i] ?? null),
    })),
  ];
  if (rowDims.length === 0) {
    columns.push({ key: 'dim-none', title: '', render: () => t('analysis.allRecords') });
  }
  if (columnDims.length === 0) {
    for (const m of measures) {
      columns.push({
        key: m,
        title: measureHeader(m),
        align: 'right',
        render: (_: unknown, row: Row) => (
          <Figure value={table.rowTotal(row.rowKey, m)} unit={labels.unit(m)} />
        ),
      });
    }
  } else {
    for (const ck of table.columnKeys) {
      const title = keyText(columnDims, ck);
      const group = valueColumns(title, JSON.stringify(ck), (row, m) =>
        table.cell(row.rowKey, ck, m),
      );
      if (measures.length > 1) columns.push({ ...group, title });
      else columns.push(group);
    }
    const totals = valueColumns(t('analysis.total'), 'total', (row, m) =>
      table.rowTotal(row.rowKey, m),
    );
    columns.push(measures.length > 1 ? { ...totals, title: t('analysis.total') } : totals);
  }

  const data: Row[] = table.rowKeys.map((k) => ({ key: JSON.stringify(k), rowKey: k }));

  return (
    <Table<Row>
      data-testid={testId}
      size="small"
      bordered
      columns={columns}
      dataSource={data}
      pagination={data.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      caption={<Typography.Text type="secondary">{caption}</Typography.Text>}
      summary={() =>
        rowDims.length === 0 ? null : (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid={`${testId}-totals`}>
              <Table.Summary.Cell index={0} colSpan={rowDims.length}>
                <Typography.Text strong>{t('analysis.total')}</Typography.Text>
              </Table.Summary.Cell>
              {columnDims.length === 0
                ? measures.map((m, i) => (
                    <Table.Summary.Cell key={m} index={rowDims.length + i} align="right">
                      <strong data-measure={m}>
                        <Figure value={table.grandTotal(m)} unit={labels.unit(m)} />
                      </strong>
                    </Table.Summary.Cell>
                  ))
                : [...table.columnKeys, null].flatMap((ck, j) =>
                    measures.map((m, i) => (
                      <Table.Summary.Cell
                        key={`${ck === null ? 'total' : JSON.stringify(ck)}|${m}`}
                        index={rowDims.length + j * measures.length + i}
                        align="right"
                      >
                        <strong data-measure={m}>
                          <Figure
                            value={ck === null ? table.grandTotal(m) : table.columnTotal(ck, m)}
                            unit={labels.unit(m)}
                          />
                        </strong>
                      </Table.Summary.Cell>
                    )),
                  )}
            </Table.Summary.Row>
          </Table.Summary>
        )
      }
    />
  );
}
