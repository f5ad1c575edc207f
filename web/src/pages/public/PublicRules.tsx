import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type PublicRuleRow, publicCsvUrl, usePublicRules } from '../../api/public';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { currentLanguage } from '../../i18n';
import { formatShare } from '../../lib/money';
import { RuleShare } from '../compliance/RuleShare';

const nameIn = (row: { name: string; nameEn: string }, language: string) =>
  language === 'en' ? row.nameEn : row.name;

/**
 * The two 80% rules on published projects (decision 0068): every donor and the programme for a
 * year (the latest with published money by default), or one donor's line with `donor`. Each
 * share carries its verdict as a word, not only a colour.
 */
export function PublicRules({ donor }: { donor?: string }) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const rules = usePublicRules(year);
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  const data = rules.data;
  const shown = data ? (year ?? data.year) : null;
  const rows: PublicRuleRow[] = data
    ? donor
      ? data.donors.filter((d) => d.code === donor)
      : [
          ...data.donors.filter((d) => Number(d.totalFen) > 0),
          {
            ...data.totals,
            code: data.programme.code,
            name: t('publicView.rules.programmeTotal'),
            nameEn: t('publicView.rules.programmeTotal'),
          },
        ]
    : [];
  return (
    <Card
      size="small"
      data-testid="public-rules"
      title={t('publicView.rules.title')}
      extra={
        data ? (
          <Space wrap>
            <Select
              aria-label={t('publicView.year')}
              data-testid="public-rules-year"
              style={{ minWidth: 110 }}
              value={shown}
              onChange={(v) => setYear(v)}
              options={(data.years.length > 0 ? data.years : [data.year]).map((y) => ({
                value: y,
                label: t('publicView.rules.yearOption', { year: y }),
              }))}
            />
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={publicCsvUrl('rules', lang, { year: shown })}
              data-testid="public-rules-csv"
            >
              {t('publicView.rules.csv')}
            </Button>
          </Space>
        ) : null
      }
    >
      {rules.isError ? (
        <ErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {data.thresholds
              ? t('publicView.rules.note', {
                  county: formatShare(data.thresholds.countyAndBelowBp),
                  livelihood: formatShare(data.thresholds.livelihoodBp),
                })
              : t('publicView.rules.noThresholds')}
          </Typography.Paragraph>
          <ResponsiveTable<PublicRuleRow>
            data-testid="public-rules-table"
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={rows}
            scroll={{ x: true }}
            locale={{ emptyText: t('publicView.empty') }}
            columns={[
              {
                title: t('publicView.donor'),
                key: 'name',
                render: (_, r) =>
                  r.code === data.programme.code ? (
                    <strong>{nameIn(r, i18n.language)}</strong>
                  ) : donor ? (
                    nameIn(r, i18n.language)
                  ) : (
                    <Link to={`/public/donors/${r.code}`}>{nameIn(r, i18n.language)}</Link>
                  ),
              },
              {
                title: withUnit(t, t('publicView.rules.disbursed')),
                key: 'total',
                align: 'right',
                render: (_, r) => <Money fen={Number(r.totalFen)} />,
              },
              {
                title: t('compliance.colCounty'),
                key: 'county',
                render: (_, r) => (
                  <RuleShare
                    bp={r.countyAndBelowBp}
                    ok={r.countyAndBelowOk}
                    testId={`public-rules-county-${r.code}`}
                  />
                ),
              },
              {
                title: t('compliance.colLivelihood'),
                key: 'livelihood',
                render: (_, r) => (
                  <RuleShare
                    bp={r.livelihoodBp}
                    ok={r.livelihoodOk}
                    testId={`public-rules-livelihood-${r.code}`}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
