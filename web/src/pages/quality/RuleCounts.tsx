import { Button, Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { QualityList, QualityRule } from '../../api/quality';
import { SEVERITY_COLOURS, SeverityTag } from '../../components/WarningTags';

/** A rule's description in the interface language; its id when the rule is unknown. */
export function ruleText(rule: QualityRule | undefined, id: string, language: string): string {
  if (!rule) return id;
  return language === 'en' ? rule.description.en : rule.description.zh;
}

/** Counts per rule, every rule listed (a rule with no finding is shown as passed). */
export function RuleCounts({
  data,
  rules,
  rule,
  onPick,
}: {
  data: QualityList | undefined;
  rules: QualityRule[];
  rule: string | undefined;
  onPick: (r: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const rows = rules.map((r) => ({ ...r, count: data?.counts.byRule[r.id] ?? 0 }));
  const columns: ColumnsType<(typeof rows)[number]> = [
    {
      title: t('qualityPage.colSeverity'),
      key: 'severity',
      width: 90,
      render: (_, r) => <SeverityTag severity={r.severity} />,
    },
    {
      title: t('qualityPage.colRule'),
      key: 'rule',
      render: (_, r) => {
        const label = ruleText(r, r.id, i18n.language);
        return (
          <Button
            type="link"
            size="small"
            aria-pressed={rule === r.id}
            aria-label={t('qualityPage.filterByRule', { rule: label, count: r.count })}
            disabled={!r.count && rule !== r.id}
            onClick={() => onPick(rule === r.id ? undefined : r.id)}
            style={{
              padding: 0,
              height: 'auto',
              whiteSpace: 'normal',
              textAlign: 'left',
              fontWeight: rule === r.id ? 600 : undefined,
            }}
            title={r.id}
          >
            {label}
          </Button>
        );
      },
    },
    {
      title: t('qualityPage.colCount'),
      key: 'count',
      align: 'right',
      width: 90,
      render: (_, r) => (
        <span
          data-testid={`quality-rule-${r.id}`}
          style={{
            fontVariantNumeric: 'tabular-nums',
            color: r.count ? SEVERITY_COLOURS[r.severity] : 'rgba(0, 0, 0, 0.62)',
            fontWeight: r.count ? 600 : undefined,
          }}
        >
          {r.count}
        </span>
      ),
    },
  ];
  return (
    <Card size="small" title={t('qualityPage.byRule')} style={{ height: '100%' }}>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={!data}
        rowClassName={(r) => (r.id === rule ? 'ant-table-row-selected' : '')}
      />
    </Card>
  );
}
