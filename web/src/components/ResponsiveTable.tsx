import { Card, Checkbox, Empty, Flex, Pagination, Spin, Table, type TableProps } from 'antd';
import type { ColumnGroupType, ColumnType } from 'antd/es/table';
import { type CSSProperties, isValidElement, type Key, type ReactNode, useState } from 'react';
import { usePhone } from '../lib/usePhone';

/**
 * How a column shows in a row's card on a phone: `title` is the card's heading (by default the
 * first column), `line` a line "label: value" (the default), `block` puts the value under its label at full width (an input), `actions` at
 * the foot of the card without a label (the default for a column keyed `actions`), `hidden`
 * leaves it out.
 */
export type CardRole = 'title' | 'line' | 'block' | 'actions' | 'hidden';

/** A table column with its place in the phone's card (see CardRole). */
export type ResponsiveColumn<T> = ColumnType<T> & { card?: CardRole };

type AnyColumn<T> = (ColumnType<T> | ColumnGroupType<T>) & { card?: CardRole };

/** Table's props, its columns with their place in the card. */
export type ResponsiveTableProps<T> = Omit<TableProps<T>, 'columns'> & {
  columns?: AnyColumn<T>[];
  'data-testid'?: string;
};

/** The leaf columns, a group's title before each of its columns' titles. */
function leaves<T>(columns: readonly AnyColumn<T>[], prefix = ''): ResponsiveColumn<T>[] {
  return columns.flatMap((c) => {
    if (c.hidden) return [];
    if ('children' in c && c.children) {
      const group = typeof c.title === 'string' ? `${prefix}${c.title} · ` : prefix;
      return leaves(c.children as AnyColumn<T>[], group);
    }
    const column = c as ResponsiveColumn<T>;
    return prefix && typeof column.title === 'string'
      ? [{ ...column, title: `${prefix}${column.title}` }]
      : [column];
  });
}

function valueAt(record: object, dataIndex: ColumnType<object>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  let value: unknown = record;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step as string | number];
  }
  return value;
}

function cellOf<T extends object>(
  column: ResponsiveColumn<T>,
  record: T,
  index: number,
): ReactNode {
  const value = valueAt(record, column.dataIndex as ColumnType<object>['dataIndex']);
  const rendered: unknown = column.render ? column.render(value, record, index) : value;
  // a render may answer { children, props } (a cell spanning columns): only its content
  if (
    rendered !== null &&
    typeof rendered === 'object' &&
    !isValidElement(rendered) &&
    'children' in rendered
  ) {
    return (rendered as { children: ReactNode }).children;
  }
  return rendered as ReactNode;
}

function titleOf<T>(column: ResponsiveColumn<T>): ReactNode {
  const title = column.title;
  return typeof title === 'function' ? (title as (p: object) => ReactNode)({}) : title;
}

function keyOf<T>(rowKey: TableProps<T>['rowKey'], record: T, index: number): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  const field = rowKey ?? 'key';
  const key = (record as Record<string, unknown>)[field as string];
  return typeof key === 'string' || typeof key === 'number' ? key : index;
}

const LINE = {
  display: 'flex',
  justifyContent: 'space-between',
  alignItems: 'baseline',
  gap: 12,
  paddingBlock: 4,
} as const;

/**
 * Ant Design's Table on a desktop; on a phone (narrower than 768 px, decision 0063) a card per
 * row with a line "label: value" per column, so nothing scrolls sideways. Selection, the
 * empty text, loading and pagination (client or server side, with the table's `onChange`)
 * work in both. Columns may say how they show in the card (`card`, see CardRole).
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const phone = usePhone();
  if (!phone) return <Table<T> {...(props as TableProps<T>)} />;
  return <CardList<T> {...props} />;
}

function CardList<T extends object>(props: ResponsiveTableProps<T>) {
  const {
    columns = [],
    dataSource = [],
    rowKey,
    rowSelection,
    pagination,
    loading,
    locale,
  } = props;
  const testId = props['data-testid'];
  const [localPage, setLocalPage] = useState({ current: 1, pageSize: 10 });
  const all = leaves(columns);
  const titleColumn =
    all.find((c) => c.card === 'title') ?? all.find((c) => !c.card && c.key !== 'actions');
  const roleOf = (c: ResponsiveColumn<T>): CardRole =>
    c.card ?? (c.key === 'actions' ? 'actions' : 'line');
  const lines = all.filter((c) => c !== titleColumn && roleOf(c) !== 'hidden');

  const paging = pagination === false ? null : (pagination ?? {});
  // server-side paging gives the total; otherwise the rows are paged here, as the Table does
  const serverSide = paging?.total !== undefined;
  const page = paging?.current ?? localPage.current;
  const pageSize = paging?.pageSize ?? localPage.pageSize;
  const rows =
    paging && !serverSide
      ? dataSource.slice((page - 1) * pageSize, page * pageSize)
      : [...dataSource];
  const offset = paging && !serverSide ? (page - 1) * pageSize : 0;
  const total = serverSide ? (paging?.total ?? 0) : dataSource.length;

  const selected = new Set(rowSelection?.selectedRowKeys ?? []);
  const toggle = (record: T, key: Key, on: boolean) => {
    const keys = on ? [...selected, key] : [...selected].filter((k) => k !== key);
    const chosen = dataSource.filter((r, i) => keys.includes(keyOf(rowKey, r, i)));
    rowSelection?.onChange?.(keys, chosen, { type: 'single' });
    rowSelection?.onSelect?.(record, on, chosen, new Event('change'));
  };

  const spinning = typeof loading === 'object' ? !!loading.spinning : !!loading;
  const empty = locale?.emptyText;

  return (
    <Spin spinning={spinning}>
      <Flex vertical gap={8} role="list" data-testid={testId} data-layout="cards">
        {rows.length === 0 ? (
          <div style={{ padding: 16, textAlign: 'center' }}>
            {typeof empty === 'function' ? empty() : (empty ?? <Empty />)}
          </div>
        ) : null}
        {rows.map((record, i) => {
          const index = offset + i;
          const key = keyOf(rowKey, record, index);
          const checkbox = rowSelection?.getCheckboxProps?.(record) ?? {};
          const actions = lines.filter((c) => roleOf(c) === 'actions');
          // the row's own attributes (a highlight, a data- mark), as the table row has them
          const { style: rowStyle, ...rowRest } = (props.onRow?.(record, index) ?? {}) as {
            style?: CSSProperties;
          } & Record<string, unknown>;
          const marks = Object.fromEntries(
            Object.entries(rowRest).filter(([k]) => k.startsWith('data-')),
          );
          return (
            <Card
              key={key}
              size="small"
              role="listitem"
              data-row-key={key}
              {...marks}
              style={rowStyle}
              styles={{ body: { padding: '8px 12px' } }}
            >
              <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
                {rowSelection ? (
                  <Checkbox
                    {...checkbox}
                    style={{ minHeight: 24 }}
                    checked={selected.has(key)}
                    onChange={(e) => toggle(record, key, e.target.checked)}
                  />
                ) : null}
                {titleColumn ? (
                  <div
                    style={{ fontWeight: 600, minWidth: 0, overflowWrap: 'anywhere', flex: 1 }}
                    data-card="title"
                  >
                    {cellOf(titleColumn, record, index)}
                  </div>
                ) : null}
              </div>
              {lines
                .filter((c) => roleOf(c) !== 'actions')
                .map((c, ci) =>
                  roleOf(c) === 'block' ? (
                    <div key={String(c.key ?? ci)} style={{ paddingBlock: 4 }}>
                      <div style={{ color: 'rgba(0,0,0,0.55)', marginBottom: 4 }}>{titleOf(c)}</div>
                      {cellOf(c, record, index)}
                    </div>
                  ) : (
                    <div key={String(c.key ?? ci)} style={LINE}>
                      <span style={{ color: 'rgba(0,0,0,0.55)', flex: '0 1 auto' }}>
                        {titleOf(c)}
                      </span>
                      <span style={{ textAlign: 'end', minWidth: 0, overflowWrap: 'anywhere' }}>
                        {cellOf(c, record, index)}
                      </span>
                    </div>
                  ),
                )}
              {actions.length ? (
                <div
                  style={{
                    borderTop: '1px solid #f0f0f0',
                    marginTop: 4,
                    paddingTop: 4,
                    display: 'flex',
                    flexWrap: 'wrap',
                    gap: 8,
                  }}
                >
                  {actions.map((c, ci) => (
                    <div key={String(c.key ?? ci)}>{cellOf(c, record, index)}</div>
                  ))}
                </div>
              ) : null}
            </Card>
          );
        })}
      </Flex>
      {paging && total > pageSize ? (
        <Pagination
          style={{ marginTop: 12, justifyContent: 'center' }}
          simple
          current={page}
          pageSize={pageSize}
          total={total}
          onChange={(current, size) => {
            if (!serverSide) setLocalPage({ current, pageSize: size });
            paging.onChange?.(current, size);
            props.onChange?.({ ...paging, current, pageSize: size }, {}, [], {
              action: 'paginate',
              currentDataSource: [...dataSource],
            });
          }}
        />
      ) : null}
    </Spin>
  );
}
