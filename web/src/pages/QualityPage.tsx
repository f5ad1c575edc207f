import {
  Button,
  Card,
  Col,
  Empty,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { filterYears, useDonorOptions, useProgrammeOptions } from '../api/options';
import {
  type QualityList,
  type QualityListItem,
  type QualityRule,
  SEVERITIES,
  type Severity,
  useQualityList,
  useQualityRules,
} from '../api/quality';
import { ErrorResult } from '../components/ErrorResult';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { FieldPath, KeepDates } from '../components/FindingText';
import { PageTitle } from '../components/PageTitle';
import { ProjectCell } from '../components/ProjectCell';
import { SEVERITY_COLOURS, SeverityTag } from '../components/WarningTags';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';

const isSeverity = (v: string | null): v is Severity =>
  (SEVERITIES as readonly string[]).includes(v ?? '');

function ruleText(rule: QualityRule | undefined, id: string, language: string): string {
  if (!rule) return id;
  return language === 'en' ? rule.description.en : rule.description.zh;
}

/** Counts per severity as three cards; pressing one filters the findings to it. */
function SeverityCounts({
  data,
  severity,
  onPick,
}: {
  data: QualityList | undefined;
  severity: Severity | undefined;
  onPick: (s: Severity | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('qualityPage.bySeverity')}
      extra={
        data ? (
          <Typography.Text type="secondary" data-testid="quality-projects">
            {t('qualityPage.projectsChecked', { count: data.projects })}
          </Typography.Text>
        ) : null
      }
      style={{ height: '100%' }}
    >
      {data ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {SEVERITIES.map((s) => {
            const count = data.counts.bySeverity[s];
            const pressed = severity === s;
            return (
              <Button
                key={s}
                block
                aria-pressed={pressed}
                data-testid={`quality-count-${s}`}
                data-count={count}
                aria-label={t('qualityPage.filterBySeverity', {
                  severity: t(`qualityPage.severities.${s}`),
                  count,
                })}
                onClick={() => onPick(pressed ? undefined : s)}
                style={{
                  height: 'auto',
                  padding: '8px 12px',
                  display: 'flex',
                  justifyContent: 'space-between',
                  alignItems: 'center',
                  borderColor: pressed ? SEVERITY_COLOURS[s] : undefined,
                  borderWidth: pressed ? 2 : 1,
                  background: pressed ? `${SEVERITY_COLOURS[s]}10` : undefined,
                }}
              >
                <SeverityTag severity={s} />
                <Statistic
                  value={count}
                  styles={{
                    content: {
                      color: count ? SEVERITY_COLOURS[s] : '#8c8c8c',
                      fontSize: 22,
                      fontVariantNumeric: 'tabular-nums',
                    },
                  }}
                />
              </Button>
            );
          })}
        </Space>
      ) : (
        <Skeleton active paragraph={{ rows: 3 }} />
      )}
    </Card>
  );
}

/** Counts per rule, every rule listed (a rule with no finding is shown as passed). */
function RuleCounts({
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
            color: r.count ? SEVERITY_COLOURS[r.severity] : '#8c8c8c',
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
        <Tooltip title={f.rule}>
          <span style={{ display: 'inline-block', minWidth: 120, maxWidth: 200 }}>
            {ruleText(ruleById.get(f.rule), f.rule, language)}
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('qualityPage.colField'),
      key: 'field',
      render: (_, f) => <FieldPath field={f.field} />,
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
