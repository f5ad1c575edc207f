import { Space, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Culprit } from '../api/types';
import { localName } from '../lib/projectName';
import { Money } from './Money';
import { withUnit } from './MoneyInput';
import { type ResponsiveColumn, ResponsiveTable } from './ResponsiveTable';

/** The i18n keys of the table's headings and yes/no, per the page it stands on. */
const LABELS = {
  compliance: {
    project: 'compliance.colProject',
    offending: 'compliance.colOffending',
    fixesAlone: 'compliance.colFixesAlone',
    yes: 'compliance.fixesYes',
    no: 'compliance.fixesNo',
  },
  plan: {
    project: 'plans.rules.colProject',
    offending: 'plans.rules.colOffending',
    fixesAlone: 'plans.rules.colFixesAlone',
    yes: 'plans.rules.yes',
    no: 'plans.rules.no',
  },
} as const;

/**
 * The projects that pull a failing 80% rule down: each with the amount at issue and whether
 * moving it alone fixes the rule. With `total` above the rows given, says that only the largest
 * are listed.
 */
export function CulpritTable({
  title,
  items,
  total,
  labels,
  pageSize,
  testId,
  style,
}: {
  title: string;
  items: Culprit[];
  /** How many projects offend in all, when only the first few are listed. */
  total?: number;
  labels: keyof typeof LABELS;
  pageSize: number;
  testId?: string;
  style?: CSSProperties;
}) {
  const { t, i18n } = useTranslation();
  const keys = LABELS[labels];
  const columns: ResponsiveColumn<Culprit>[] = [
    {
      title: t(keys.project),
      key: 'project',
      render: (_, c) => (
        <Space size={6} wrap>
          <Link to={`/projects/${encodeURIComponent(c.code)}`}>{c.code}</Link>
          <span>{localName(c.name, c.nameEn, i18n.language)}</span>
        </Space>
      ),
    },
    {
      title: withUnit(t, t(keys.offending)),
      dataIndex: 'offendingFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: t(keys.fixesAlone),
      dataIndex: 'fixesAlone',
      render: (v: boolean) =>
        v ? <Tag color="success">{t(keys.yes)}</Tag> : <Tag>{t(keys.no)}</Tag>,
    },
  ];
  return (
    <div style={style} data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      {total !== undefined && total > items.length ? (
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
          {t('compliance.culpritsShown', { shown: items.length, total })}
        </Typography.Text>
      ) : null}
      <ResponsiveTable<Culprit>
        rowKey="projectId"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </div>
  );
}
