import { Card, Col, Empty, Progress, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Completeness, useCompleteness, useIndicatorSets } from '../api/indicators';
import { ErrorResult } from '../components/ErrorResult';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { SignedIn } from '../components/SignedIn';
import { formatDate, formatDateTime, joinList } from '../lib/format';
import { StatusTag } from './indicators/StatusTag';
import { defaultPeriod, periodsOf, periodWords } from './indicators/values';

type Reporter = Completeness['reporters'][number];

const named = (x: { name: string; nameEn: string }, language: string) =>
  language === 'en' && x.nameEn ? x.nameEn : x.name;

const ORDER = { late: 0, missing: 1, partial: 2, complete: 3 } as const;

/**
 * 填报完整性 The completeness scorecard of an indicator set for a period: how many reporters
 * are complete, partial, missing or late (past the due date), and per reporter what is missing
 * and when it last entered anything; each row opens its reporting form. Late and missing first.
 */
export function CompletenessPage() {
  const { t } = useTranslation();
  return (
    <SignedIn
      title={t('analysis.loginTitle')}
      text={t('dataEntry.loginHint')}
      heading={<PageTitle title={t('completeness.title')} />}
    >
      <Scorecard />
    </SignedIn>
  );
}

function Scorecard() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const sets = useIndicatorSets();
  const items = sets.data?.items ?? [];
  const set = items.find((s) => s.code === params.get('set')) ?? items[0];
  const period = params.get('period') || (set ? defaultPeriod(set.periodType) : undefined);
  const answer = useCompleteness(set?.code, period);
  const update = (change: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(change)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  const itemName = (code: string) => {
    const item = set?.items.find((i) => i.code === code);
    return item ? named(item, language) : t('dataEntry.otherInput');
  };

  let body: ReactNode;
  if (sets.isPending || (set && answer.isPending))
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (sets.isError)
    body = <ErrorResult error={sets.error} onRetry={() => void sets.refetch()} />;
  else if (!set) body = <Empty description={t('dataEntry.noSets')} />;
  else if (answer.isError)
    body = <ErrorResult error={answer.error} onRetry={() => void answer.refetch()} />;
  else if (answer.data) {
    const c = answer.data;
    const reporters = [...c.reporters].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    body = (
      <>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="completeness-summary">
          {(['complete', 'partial', 'missing', 'late'] as const).map((s) => (
            <Col key={s} xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t(`completeness.status.${s}`)}
                  value={c.summary[s]}
                  valueStyle={s === 'late' && c.summary.late > 0 ? { color: '#cf1322' } : undefined}
                  data-testid={`completeness-${s}`}
                />
              </Card>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type="secondary">
          {t('completeness.due', { date: formatDate(c.dueDate), asOf: formatDate(c.asOf) })}
        </Typography.Paragraph>
        <Table<Reporter>
          data-testid="completeness-table"
          size="middle"
          rowKey={(r) => `${r.area.code}|${r.donor?.code ?? ''}`}
          dataSource={reporters}
          pagination={reporters.length > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: t('completeness.noReporters') }}
          columns={[
            {
              key: 'reporter',
              title: t('dataEntry.reporter'),
              render: (_: unknown, r) =>
                r.donor
                  ? `${named(r.area, language)} · ${named(r.donor, language)}`
                  : named(r.area, language),
            },
            {
              key: 'status',
              title: t('completeness.statusTitle'),
              render: (_: unknown, r) => <StatusTag status={r.status} />,
            },
            {
              key: 'entered',
              title: t('completeness.entered'),
              width: 200,
              render: (_: unknown, r) => (
                <Progress
                  percent={r.expected ? Math.round((r.entered / r.expected) * 100) : 0}
                  format={() => `${r.entered} / ${r.expected}`}
                  size="small"
                  status={
                    r.status === 'late'
                      ? 'exception'
                      : r.status === 'complete'
                        ? 'success'
                        : 'normal'
                  }
                  aria-label={t('completeness.enteredOf', {
                    entered: r.entered,
                    expected: r.expected,
                  })}
                />
              ),
            },
            {
              key: 'missing',
              title: t('completeness.missing'),
              render: (_: unknown, r) =>
                r.missing.length ? joinList(r.missing.map(itemName), language) : t('common.none'),
            },
            {
              key: 'last',
              title: t('completeness.lastEntered'),
              render: (_: unknown, r) => formatDateTime(r.lastEnteredAt) || t('completeness.never'),
            },
            {
              key: 'open',
              title: '',
              render: (_: unknown, r) => (
                <Link
                  to={`/indicators/entry?${new URLSearchParams({
                    set: set.code,
                    reporter: r.donor ? `${r.area.code}|${r.donor.code}` : r.area.code,
                    period: c.period,
                  }).toString()}`}
                >
                  {t('completeness.openForm')}
                </Link>
              ),
            },
          ]}
        />
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('completeness.title')} intro={t('completeness.intro')} />
      <FilterBar label={t('dataEntry.choose')}>
        <FilterSelect
          id="completeness-set"
          label={t('dataEntry.set')}
          width={300}
          clearable={false}
          value={set?.code}
          loading={sets.isPending}
          options={items.map((s) => ({ value: s.code, label: named(s, language) }))}
          onChange={(v) => update({ set: v, period: undefined })}
        />
        <FilterSelect
          id="completeness-period"
          label={t('dataEntry.period')}
          width={180}
          clearable={false}
          value={period}
          options={(set ? periodsOf(set.periodType, new Date().getFullYear()) : []).map((p) => ({
            value: p,
            label: periodWords(p, language),
          }))}
          onChange={(v) => update({ period: v })}
        />
      </FilterBar>
      {body}
    </>
  );
}
