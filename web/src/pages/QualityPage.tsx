import { Button, Col, Empty, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { filterYears, useDonorOptions, useProgrammeOptions } from '../api/options';
import { type QualityListItem, useQualityList, useQualityRules } from '../api/quality';
import { SEVERITIES, type Severity } from '../api/vocabulary';
import { ErrorResult } from '../components/ErrorResult';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { KeepDates } from '../components/FindingText';
import { PageTitle } from '../components/PageTitle';
import { ProjectCell } from '../components/ProjectCell';
import { SeverityTag } from '../components/WarningTags';
import { fieldLabel } from '../lib/fieldLabels';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { RuleCounts, ruleText } from './quality/RuleCounts';
import { SeverityCounts } from './quality/SeverityCounts';

const isSeverity = (v: string | null): v is Severity =>
  (SEVERITIES as readonly string[]).includes(v ?? '');

/** Programme-wide data-quality findings with counts by severity and by rule. */
export function QualityPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const programmeChoices = useProgrammeOptions();
  const donorChoices = useDonorOptions();
  const rules = useQualityRules();
  const language = i18n.language;

  const programme = params.get('programme') || undefined;
  const year = Number(params.get('year')) || undefined;
  const donor = params.get('donor') || undefined;
  const severityParam = params.get('severity');
  const severity = isSeverity(severityParam) ? severityParam : undefined;
  const rule = params.get('rule') || undefined;

  const findings = useQualityList({
    programme,
    year,
    donor,
    severity,
    rule,
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const ruleById = new Map((rules.data?.items ?? []).map((r) => [r.id, r]));
  const setFilter = (changes: Record<string, string | number | undefined>) =>
    update({ ...changes, page: undefined });
  const scoped = !!(programme || year || donor);
  const filtered = scoped || !!(severity || rule);

  const filterBar = (
    <FilterBar label={t('qualityPage.filters')}>
      <FilterSelect
        id="qf-programme"
        label={t('qualityPage.programme')}
        width={200}
        placeholder={t('common.all')}
        value={programme}
        {...programmeChoices}
        onChange={(value) => setFilter({ programme: value })}
      />
      <FilterSelect
        id="qf-year"
        label={t('qualityPage.year')}
        width={110}
        placeholder={t('qualityPage.allYears')}
        value={year}
        options={filterYears().map((y) => ({ value: y, label: String(y) }))}
        onChange={(value) => setFilter({ year: value })}
      />
      <FilterSelect
        id="qf-donor"
        label={t('qualityPage.donor')}
        width={150}
        searchable
        placeholder={t('qualityPage.allDonors')}
        value={donor}
        {...donorChoices}
        onChange={(value) => setFilter({ donor: value })}
      />
      <FilterSelect
        id="qf-severity"
        label={t('qualityPage.severity')}
        width={110}
        placeholder={t('qualityPage.allSeverities')}
        value={severity}
        options={SEVERITIES.map((s) => ({ value: s, label: t(`qualityPage.severities.${s}`) }))}
        onChange={(value) => setFilter({ severity: value })}
      />
      <FilterSelect
        id="qf-rule"
        label={t('qualityPage.rule')}
        width={260}
        searchable
        placeholder={t('qualityPage.allRules')}
        value={rule}
        loading={rules.isPending}
        options={(rules.data?.items ?? []).map((r) => ({
          value: r.id,
          label: ruleText(r, r.id, language),
        }))}
        onChange={(value) => setFilter({ rule: value })}
      />
      {filtered ? (
        <Button
          onClick={() =>
            setFilter({
              programme: undefined,
              year: undefined,
              donor: undefined,
              severity: undefined,
              rule: undefined,
            })
          }
        >
          {t('qualityPage.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );

  const columns: ColumnsType<QualityListItem> = [
    {
      title: t('qualityPage.colProject'),
      key: 'project',
      render: (_, f) => <ProjectCell project={f.project} nameWidth={220} />,
    },
    {
      title: <span style={{ whiteSpace: 'nowrap' }}>{t('qualityPage.colSeverity')}</span>,
      key: 'severity',
      render: (_, f) => <SeverityTag severity={f.severity} />,
    },
    {
      title: t('qualityPage.colRule'),
      key: 'rule',
      render: (_, f) => (
        <span style={{ display: 'inline-block', minWidth: 120, maxWidth: 200 }}>
          {ruleText(ruleById.get(f.rule), f.rule, language)}
        </span>
      ),
    },
    {
      title: t('qualityPage.colField'),
      key: 'field',
      render: (_, f) => (
        <span style={{ whiteSpace: 'nowrap' }} data-field={f.field}>
          {fieldLabel(t, f.field)}
        </span>
      ),
    },
    {
      title: t('qualityPage.colMessage'),
      key: 'message',
      render: (_, f) => (
        <div style={{ minWidth: 200 }}>
          <KeepDates text={language === 'en' ? f.message.en : f.message.zh} />
        </div>
      ),
    },
  ];

  if (findings.isError && !findings.data) {
    return (
      <>
        <PageTitle title={t('qualityPage.title')} intro={t('qualityPage.intro')} />
        {filterBar}
        <ErrorResult error={findings.error} onRetry={() => void findings.refetch()} />
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('qualityPage.title')} intro={t('qualityPage.intro')} />
      {filterBar}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={9}>
          <SeverityCounts
            data={findings.data}
            severity={severity}
            onPick={(s) => setFilter({ severity: s })}
          />
        </Col>
        <Col xs={24} lg={15}>
          {rules.isError ? (
            <ErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
          ) : (
            <RuleCounts
              data={findings.data}
              rules={rules.data?.items ?? []}
              rule={rule}
              onPick={(r) => setFilter({ rule: r })}
            />
          )}
        </Col>
      </Row>
      <Table<QualityListItem>
        data-testid="quality-table"
        rowKey={(f) => `${f.project.code}:${f.rule}:${f.field}:${f.message.en}`}
        size="middle"
        loading={findings.isFetching}
        columns={columns}
        dataSource={findings.data?.items ?? []}
        scroll={{ x: 960 }}
        locale={{
          emptyText: findings.isPending ? (
            ' '
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={severity || rule ? t('qualityPage.noMatch') : t('qualityPage.empty')}
            />
          ),
        }}
        pagination={paging.pagination(findings.data?.total ?? 0)}
        onChange={(pagination) => update(paging.pageParams(pagination))}
      />
    </>
  );
}
