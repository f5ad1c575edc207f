import { DownOutlined, UpOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Pagination,
  Radio,
  Select,
  Spin,
  Table,
  type TableProps,
} from 'antd';
import type { ColumnGroupType, ColumnType } from 'antd/es/table';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import {
  type CSSProperties,
  isValidElement,
  type Key,
  type ReactNode,
  useId,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
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
  /**
   * On a phone, what the table's `summary` row says (a totals row), as a card after the rows;
   * Table's `summary` itself is drawn only on a desktop.
   */
  cardSummary?: ReactNode;
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

const LABEL = { color: 'rgba(0,0,0,0.55)', flex: '0 1 auto' } as const;

/** A line "label … value" of a card, as the cards' own lines are drawn (for `cardSummary`). */
export function CardLine({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div style={LINE}>
      <span style={LABEL}>{label}</span>
      <span style={{ textAlign: 'end', minWidth: 0, overflowWrap: 'anywhere' }}>{children}</span>
    </div>
  );
}

/** A column's name for the sort choice: its key, else its data index. */
function columnId<T>(column: ResponsiveColumn<T>, index: number): string {
  if (column.key !== undefined && column.key !== null) return String(column.key);
  const di = column.dataIndex;
  if (Array.isArray(di)) return di.join('.');
  if (di !== undefined && di !== null) return String(di);
  return `#${index}`;
}

/** A column's own comparison (a client-side sorter), if it has one. */
function compareOf<T>(column: ResponsiveColumn<T>): ((a: T, b: T) => number) | null {
  const sorter = column.sorter;
  if (typeof sorter === 'function') return sorter as (a: T, b: T) => number;
  if (sorter && typeof sorter === 'object' && typeof sorter.compare === 'function') {
    return sorter.compare as (a: T, b: T) => number;
  }
  return null;
}

/**
 * Ant Design's Table on a desktop; on a phone (narrower than 768 px, decision 0063) a card per
 * row with a line "label: value" per column, so nothing scrolls sideways. Selection, the
 * empty text, loading and pagination (client or server side, with the table's `onChange`)
 * work in both. Columns may say how they show in the card (`card`, see CardRole).
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const phone = usePhone();
  if (!phone) {
    const { cardSummary: _summary, ...table } = props;
    return <Table<T> {...(table as TableProps<T>)} />;
  }
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
  const { t } = useTranslation();
  const testId = props['data-testid'];
  const sortId = useId();
  const [localPage, setLocalPage] = useState({ current: 1, pageSize: 10 });
  const all = leaves(columns);
  const [expanded, setExpanded] = useState<ReadonlySet<Key>>(new Set());

  // Sorting: the Table's sort arrows are in its header, which a card list has not; a choice of
  // column and of direction above the cards does the same (decision 0078). Controlled when a
  // column carries `sortOrder` (server-side sorting), otherwise kept here from `defaultSortOrder`.
  const sortable = all
    .map((c, i) => ({ column: c, id: columnId(c, i) }))
    .filter(({ column }) => !!column.sorter);
  const controlled = sortable.some(({ column }) => column.sortOrder !== undefined);
  const [localSort, setLocalSort] = useState<{ id: string; order: SortOrder } | null>(() => {
    const first = sortable.find(({ column }) => column.defaultSortOrder);
    return first ? { id: first.id, order: first.column.defaultSortOrder ?? null } : null;
  });
  const controlledSort = sortable.find(({ column }) => column.sortOrder);
  const sort = controlled
    ? controlledSort
      ? { id: controlledSort.id, order: controlledSort.column.sortOrder ?? null }
      : null
    : localSort;
  const sortColumn = sort ? sortable.find((s) => s.id === sort.id)?.column : undefined;
  const compare = sortColumn ? compareOf(sortColumn) : null;
  const sorted =
    compare && sort?.order
      ? [...dataSource].sort((a, b) => (sort.order === 'descend' ? -1 : 1) * compare(a, b))
      : dataSource;
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
    paging && !serverSide ? sorted.slice((page - 1) * pageSize, page * pageSize) : [...sorted];
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

  // the sort in force, as the Table reports it to `onChange` (also with a page turned)
  const sorterOf = (chosen: { id: string; order: SortOrder } | null): SorterResult<T> => {
    const column = chosen ? sortable.find((s) => s.id === chosen.id)?.column : undefined;
    return column && chosen?.order
      ? {
          column,
          columnKey: column.key,
          field: column.dataIndex as SorterResult<T>['field'],
          order: chosen.order,
        }
      : {};
  };
  const sortBy = (id: string | undefined, order: SortOrder) => {
    const chosen = sortable.find((s) => s.id === id);
    const next = chosen && order ? { id: chosen.id, order } : null;
    if (!controlled) setLocalSort(next);
    if (!serverSide) setLocalPage((p) => ({ ...p, current: 1 }));
    props.onChange?.({ ...(paging ?? {}), current: page, pageSize }, {}, sorterOf(next), {
      action: 'sort',
      currentDataSource: [...dataSource],
    });
  };
  const sortBar = sortable.length ? (
    <Flex gap={8} wrap align="center" data-testid={testId ? `${testId}-sort` : undefined}>
      <label htmlFor={sortId}>{t('cards.sortBy')}</label>
      <Select
        id={sortId}
        style={{ flex: '1 1 140px', minWidth: 0 }}
        placeholder={t('cards.noSort')}
        value={sort?.id}
        options={sortable.map(({ column, id }) => ({ value: id, label: titleOf(column) }))}
        onChange={(id: string) => sortBy(id, sort?.order ?? 'ascend')}
      />
      <Radio.Group
        aria-label={t('cards.sortBy')}
        name={`${sortId}-order`}
        optionType="button"
        disabled={!sort}
        value={sort?.order ?? undefined}
        onChange={(e) => sortBy(sort?.id, e.target.value as SortOrder)}
        options={[
          { value: 'ascend', label: t('cards.ascending') },
          { value: 'descend', label: t('cards.descending') },
        ]}
      />
    </Flex>
  ) : null;
  const expandable = props.expandable;

  return (
    <Spin spinning={spinning}>
      {sortBar ? <div style={{ marginBottom: 8 }}>{sortBar}</div> : null}
      <Flex
        vertical
        gap={8}
        // a list only with rows in it: an empty one is a list without items (axe, critical)
        role={rows.length ? 'list' : undefined}
        data-testid={testId}
        data-layout="cards"
      >
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
          const canExpand =
            !!expandable?.expandedRowRender && (expandable.rowExpandable?.(record) ?? true);
          const open = canExpand && expanded.has(key);
          const detailId = `${sortId}-detail-${String(key)}`;
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
                      <div style={{ ...LABEL, marginBottom: 4 }}>{titleOf(c)}</div>
                      {cellOf(c, record, index)}
                    </div>
                  ) : (
                    <CardLine key={String(c.key ?? ci)} label={titleOf(c)}>
                      {cellOf(c, record, index)}
                    </CardLine>
                  ),
                )}
              {canExpand ? (
                <div style={{ paddingBlock: 4 }}>
                  <Button
                    type="link"
                    style={{ paddingInline: 0 }}
                    icon={
                      open ? <UpOutlined aria-hidden="true" /> : <DownOutlined aria-hidden="true" />
                    }
                    aria-expanded={open}
                    aria-controls={open ? detailId : undefined}
                    onClick={() =>
                      setExpanded((was) => {
                        const next = new Set(was);
                        if (open) next.delete(key);
                        else next.add(key);
                        return next;
                      })
                    }
                  >
                    {open ? t('cards.hideDetail') : t('cards.showDetail')}
                  </Button>
                  {open ? (
                    <div id={detailId} data-card="detail" style={{ paddingTop: 4 }}>
                      {expandable?.expandedRowRender?.(record, index, 0, true)}
                    </div>
                  ) : null}
                </div>
              ) : null}
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
      {props.cardSummary ? (
        <Card size="small" style={{ marginTop: 8 }} styles={{ body: { padding: '8px 12px' } }}>
          {props.cardSummary}
        </Card>
      ) : null}
      {paging && total > 0 && paging.showTotal ? (
        <div style={{ marginTop: 8, textAlign: 'center' }}>
          {paging.showTotal(total, [
            Math.min(total, (page - 1) * pageSize + 1),
            Math.min(total, page * pageSize),
          ])}
        </div>
      ) : null}
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
            props.onChange?.({ ...paging, current, pageSize: size }, {}, sorterOf(sort), {
              action: 'paginate',
              currentDataSource: [...dataSource],
            });
          }}
        />
      ) : null}
    </Spin>
  );
}
