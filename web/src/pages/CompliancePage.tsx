import { Card, Empty, Radio, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useCompliance, useProgrammes, useSession } from '../api/hooks';
import { filterYears, useProgrammeOptions } from '../api/options';
import type { DonorCompliance } from '../api/types';
import { CulpritTable } from '../components/CulpritTable';
import { ErrorResult } from '../components/ErrorResult';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { LazyRulesBarChart } from '../components/LazyRulesBarChart';
import { LoginRequired } from '../components/LoginRequired';
import { Money } from '../components/Money';
import { withUnit } from '../components/MoneyInput';
import { PageTitle } from '../components/PageTitle';
import { CardLine, ResponsiveTable } from '../components/ResponsiveTable';
import { YearInProgressNote } from '../components/YearInProgressNote';
import { formatShare } from '../lib/money';
import { useUrlState } from '../lib/urlState';
import { complianceColumns } from './compliance/complianceColumns';
import { complianceParams } from './compliance/complianceData';
import { DonorDrawer } from './compliance/DonorDrawer';
import { RuleShare } from './compliance/RuleShare';

/** The two 80% rules per donor for a programme and year, on the plan or the actual basis. */
export function CompliancePage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const session = useSession();
  const programmes = useProgrammes();
  const programmeChoices = useProgrammeOptions();
  const language = i18n.language;

  const thisYear = new Date().getFullYear();
  // The same reading of the address as the start-up's requests (complianceData).
  const { programme, year: asked, basis } = complianceParams(params);
  const openDonor = params.get('donor') || undefined;
  const signedIn = !!session.data;
  // Without a year in the address the server opens on the latest year with money.
  const report = useCompliance(programme, asked, basis, signedIn);
  const year = asked ?? report.data?.year ?? thisYear;

  const selectors = (
    <FilterBar label={t('compliance.title')}>
      <FilterSelect
        id="cf-programme"
        label={t('compliance.programme')}
        width={220}
        clearable={false}
        value={programme}
        {...programmeChoices}
        onChange={(value) => update({ programme: value === 'xinjiang' ? undefined : value })}
      />
      <FilterSelect
        id="cf-year"
        label={t('compliance.year')}
        width={110}
        clearable={false}
        value={year}
        options={filterYears(thisYear).map((y) => ({ value: y, label: String(y) }))}
        onChange={(value) => update({ year: value })}
      />
      <Space size={6}>
        <span id="cf-basis">{t('compliance.basis')}</span>
        <Radio.Group
          aria-labelledby="cf-basis"
          optionType="button"
          value={basis}
          onChange={(e) => update({ basis: e.target.value })}
          options={[
            { value: 'plan', label: t('compliance.basisPlan') },
            { value: 'actual', label: t('compliance.basisActual') },
          ]}
        />
      </Space>
    </FilterBar>
  );

  const header = <PageTitle title={t('compliance.title')} intro={t('compliance.intro')} />;

  if (session.isPending) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  }
  const unauthorised =
    !signedIn || (report.error instanceof ApiError && report.error.status === 401);
  if (unauthorised) {
    return (
      <>
        {header}
        <LoginRequired title={t('compliance.loginTitle')} subTitle={t('compliance.loginText')} />
      </>
    );
  }
  if (report.error instanceof ApiError && report.error.status === 403) {
    return (
      <>
        {header}
        <Result
          status="403"
          title={t('compliance.forbiddenTitle')}
          subTitle={t('compliance.forbiddenText')}
        />
      </>
    );
  }

  const thresholds =
    report.data?.items.find((x) => x.thresholds)?.thresholds ??
    programmes.data?.items
      .find((p) => p.code === programme)
      ?.thresholds.filter((x) => x.fromYear <= year)
      .sort((a, b) => b.fromYear - a.fromYear)[0] ??
    null;

  const columns = complianceColumns(t, language, (code) => update({ donor: code }), basis);
  const totals = report.data?.totals;
  const provisional =
    basis === 'plan' &&
    (report.data?.items ?? []).some((r) => r.plan && r.plan.status !== 'approved');

  const failing = (r: DonorCompliance) =>
    (r.countyAndBelowOk === false && r.culprits.countyAndBelow.length > 0) ||
    (r.livelihoodOk === false && r.culprits.livelihood.length > 0);
  const openRow = report.data?.items.find((r) => r.donor.code === openDonor);

  return (
    <>
      {header}
      {selectors}
      <Typography.Paragraph data-testid="compliance-thresholds">
        {thresholds ? (
          <Tag color="blue" style={{ fontSize: 14, padding: '2px 8px', whiteSpace: 'normal' }}>
            {t('compliance.thresholds', {
              county: formatShare(thresholds.countyAndBelowBp),
              livelihood: formatShare(thresholds.livelihoodBp),
            })}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('compliance.noThresholds')}</Typography.Text>
        )}
      </Typography.Paragraph>
      {basis === 'actual' ? <YearInProgressNote year={year} style={{ marginBottom: 16 }} /> : null}
      {report.data?.items.some((i) => i.totalFen > 0) ? (
        <Card size="small" title={t('complianceSummary.chartTitle')} style={{ marginBottom: 16 }}>
          <LazyRulesBarChart
            items={report.data.items}
            thresholds={thresholds}
            testId="compliance-chart"
            height={260}
          />
        </Card>
      ) : null}
      {report.isError ? (
        <ErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ResponsiveTable<DonorCompliance>
          data-testid="compliance-table"
          rowKey={(r) => r.donor.code}
          size="middle"
          loading={report.isFetching}
          columns={columns}
          dataSource={report.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          cardSummary={
            totals && (report.data?.items.length ?? 0) > 1 ? (
              <div data-testid="compliance-totals">
                <div style={{ fontWeight: 600, paddingBlock: 4 }}>
                  {t('complianceSummary.totals')}
                </div>
                <CardLine label={withUnit(t, t('compliance.colTotal'))}>
                  <Money
                    fen={totals.totalFen}
                    testId="compliance-total-all"
                    style={{ fontWeight: 600 }}
                  />
                </CardLine>
                <CardLine label={t('compliance.colCounty')}>
                  <RuleShare
                    bp={totals.countyAndBelowBp}
                    ok={totals.countyAndBelowOk}
                    testId="compliance-county-all"
                  />
                </CardLine>
                <CardLine label={t('compliance.colLivelihood')}>
                  <RuleShare
                    bp={totals.livelihoodBp}
                    ok={totals.livelihoodOk}
                    testId="compliance-livelihood-all"
                  />
                </CardLine>
                <CardLine label={withUnit(t, t('compliance.colCrossPair'))}>
                  <Money fen={totals.crossPairFen} />
                </CardLine>
              </div>
            ) : null
          }
          summary={() =>
            totals && (report.data?.items.length ?? 0) > 1 ? (
              <Table.Summary fixed>
                <Table.Summary.Row data-testid="compliance-totals">
                  <Table.Summary.Cell index={0} />
                  <Table.Summary.Cell index={1}>
                    <Typography.Text strong>{t('complianceSummary.totals')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <Money
                      fen={totals.totalFen}
                      testId="compliance-total-all"
                      style={{ fontWeight: 600 }}
                    />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>
                    <RuleShare
                      bp={totals.countyAndBelowBp}
                      ok={totals.countyAndBelowOk}
                      testId="compliance-county-all"
                    />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4}>
                    <RuleShare
                      bp={totals.livelihoodBp}
                      ok={totals.livelihoodOk}
                      testId="compliance-livelihood-all"
                    />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} />
                  <Table.Summary.Cell index={6} />
                  <Table.Summary.Cell index={7} align="right">
                    <Money fen={totals.crossPairFen} />
                  </Table.Summary.Cell>
                  {basis === 'plan' ? <Table.Summary.Cell index={8} /> : null}
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
          expandable={{
            rowExpandable: failing,
            expandedRowRender: (r) => (
              <>
                {r.countyAndBelowOk === false ? (
                  <CulpritTable
                    title={t('compliance.culpritsCounty')}
                    items={r.culprits.countyAndBelow}
                    total={r.culpritCount.countyAndBelow}
                    labels="compliance"
                    pageSize={10}
                    style={{ marginBottom: 12 }}
                  />
                ) : null}
                {r.livelihoodOk === false ? (
                  <CulpritTable
                    title={t('compliance.culpritsLivelihood')}
                    items={r.culprits.livelihood}
                    total={r.culpritCount.livelihood}
                    labels="compliance"
                    pageSize={10}
                    style={{ marginBottom: 12 }}
                  />
                ) : null}
              </>
            ),
          }}
          locale={{
            emptyText: report.isPending ? (
              ' '
            ) : (
              <Empty description={t('compliance.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ),
          }}
        />
      )}
      {provisional ? (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8 }}
          data-testid="compliance-provisional"
        >
          {t('complianceSummary.provisionalNote')}
        </Typography.Paragraph>
      ) : null}
      <DonorDrawer
        donor={
          openRow?.donor ??
          (openDonor ? { code: openDonor, name: openDonor, nameEn: openDonor } : null)
        }
        programme={programme}
        year={year}
        basis={basis}
        onClose={() => update({ donor: undefined })}
      />
    </>
  );
}
