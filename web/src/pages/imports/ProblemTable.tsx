import { Empty, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, Severity } from '../../api/transfer';

const SEVERITIES: readonly Severity[] = ['critical', 'error', 'warning'];
const COLOURS: Record<Severity, string> = { critical: 'magenta', error: 'red', warning: 'gold' };

/** A problem's severity as a coloured tag, its meaning on hover. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`imports.severityHint.${severity}`)}>
      <Tag color={COLOURS[severity]} data-testid={`severity-${severity}`}>
        {t(`imports.severity.${severity}`)}
      </Tag>
    </Tooltip>
  );
}

/**
 * The import's problems, triaged: filters by severity and by column; each problem names its
 * sheet, row, column, the cell as read and the message (the server's, in the language asked).
 */
export function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [column, setColumn] = useState<string>('');
  const columnsNamed = useMemo(
    () => [...new Set(problems.map((p) => p.column).filter((c): c is string => c !== null))],
    [problems],
  );
  const shown = problems.filter(
    (p) => (!severity || p.severity === severity) && (!column || p.column === column),
  );
  const count = (s: Severity) => problems.filter((p) => p.severity === s).length;
  const sheetName = (s: string | null) =>
    s === null ? '—' : s === 'CSV' ? t('imports.csvSheet') : s;

  const columns: ColumnsType<ImportProblem & { key: number }> = [
    {
      title: t('imports.colSeverity'),
      key: 'severity',
      width: 90,
      render: (_, p) => <SeverityTag severity={p.severity} />,
    },
    {
      title: t('imports.colSheet'),
      key: 'sheet',
      width: 110,
      render: (_, p) => sheetName(p.sheet),
    },
    {
      title: t('imports.colRow'),
      key: 'row',
      width: 80,
      align: 'right',
      render: (_, p) => (p.row === null ? t('imports.wholeFile') : p.row),
    },
    {
      title: t('imports.colColumn'),
      key: 'column',
      width: 150,
      render: (_, p) => p.column ?? (p.row === null ? '—' : t('imports.wholeRow')),
    },
    {
      title: t('imports.colValue'),
      key: 'value',
      width: 180,
      render: (_, p) =>
        p.value === null ? '—' : <code style={{ whiteSpace: 'pre-wrap' }}>{p.value}</code>,
    },
    { title: t('imports.colMessage'), key: 'message', render: (_, p) => p.message },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<Severity | ''>
          aria-label={t('imports.filterSeverity')}
          data-testid="filter-severity"
          style={{ width: 160 }}
          value={severity}
          onChange={setSeverity}
          options={[
            { value: '', label: t('imports.allSeverities', { count: problems.length }) },
            ...SEVERITIES.map((s) => ({
              value: s,
              label: t('imports.severityCount', {
                label: t(`imports.severity.${s}`),
                count: count(s),
              }),
              disabled: count(s) === 0,
            })),
          ]}
        />
        <Select<string>
          aria-label={t('imports.filterColumn')}
          data-testid="filter-column"
          style={{ width: 200 }}
          value={column}
          onChange={setColumn}
          options={[
            { value: '', label: t('imports.allColumns') },
            ...columnsNamed.map((c) => ({ value: c, label: c })),
          ]}
        />
      </Space>
      <Table<ImportProblem & { key: number }>
        data-testid="problems-table"
        size="small"
        columns={columns}
        dataSource={shown.map((p, i) => ({ ...p, key: i }))}
        pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        rowClassName={(p) => `problem-${p.severity}`}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={problems.length === 0 ? t('imports.noProblems') : t('imports.noMatch')}
            />
          ),
        }}
      />
    </>
  );
}
