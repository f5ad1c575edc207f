import {
  Button,
  Drawer,
  Empty,
  Radio,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { useCompliance, useComplianceDonor, useProgrammes, useSession } from '../api/hooks';
import { filterYears, useProgrammeOptions } from '../api/options';
import type { Basis, ComplianceProjectBreakdown, DonorCompliance } from '../api/types';
import { CulpritTable } from '../components/CulpritTable';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { LoginRequired } from '../components/LoginRequired';
import { Money } from '../components/Money';
import { PageTitle } from '../components/PageTitle';
import { formatShare } from '../lib/money';
import { localName } from '../lib/projectName';
import { useUrlState } from '../lib/urlState';

const PASS = '#389e0d';
const FAIL = '#cf1322';

/** A share coloured against its rule: green passes, red fails, grey when no rule applies. */
function RuleShare({ bp, ok, testId }: { bp: number; ok: boolean | null; testId?: string }) {
  const { t } = useTranslation();
  const label =
    ok === null ? t('compliance.notApplicable') : ok ? t('compliance.pass') : t('compliance.fail');
  return (
    <Space size={6} data-testid={testId} data-ok={String(ok)}>
      <span
        style={{
          color: ok === null ? undefined : ok ? PASS : FAIL,
          fontWeight: 600,
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {formatShare(bp)}
      </span>
      <Tag color={ok === null ? 'default' : ok ? 'success' : 'error'}>{label}</Tag>
    </Space>
  );
}

function Margin({ fen }: { fen: number | null }) {
  if (fen === null) return <Money fen={null} />;
  return <Money fen={fen} style={{ color: fen < 0 ? FAIL : PASS }} />;
}

function DonorDrawer({
  donor,
  programme,
  year,
  basis,
  onClose,
}: {
  donor: DonorCompliance['donor'] | null;
  programme: string;
  year: number;
  basis: Basis;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const detail = useComplianceDonor(donor?.code, programme, year, basis);
  const columns: ColumnsType<ComplianceProjectBreakdown> = [
    {
      title: t('compliance.colProject'),
      key: 'project',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/projects/${encodeURIComponent(p.code)}`}>{p.code}</Link>
          <Typography.Text type="secondary">
            {localName(p.name, p.nameEn, i18n.language)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('compliance.colAmount'),
      dataIndex: 'amountFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
      sorter: (a, b) => a.amountFen - b.amountFen,
      defaultSortOrder: 'descend',
    },
    {
      title: t('compliance.colCounty'),
      dataIndex: 'countyAndBelowFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: t('compliance.colAboveCounty'),
      dataIndex: 'aboveCountyFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: t('compliance.colUnlocated'),
      dataIndex: 'unlocatedFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: t('compliance.colLivelihoodShare'),
      dataIndex: 'livelihoodShareBp',
      align: 'right',
      render: (v: number) => formatShare(v),
    },
    {
      title: t('compliance.colLivelihood'),
      dataIndex: 'livelihoodFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: t('compliance.colCrossPair'),
      dataIndex: 'crossPairFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
  ];
  const basisLabel = basis === 'plan' ? t('compliance.basisPlan') : t('compliance.basisActual');
  return (
    <Drawer
      open={!!donor}
      onClose={onClose}
      size={1100}
      title={
        donor
          ? t('compliance.detailTitle', {
              donor: donorName(donor, i18n.language),
              year,
              basis: basisLabel,
            })
          : ''
      }
    >
      {detail.isPending ? (
        <Skeleton active />
      ) : detail.isError ? (
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <Table<ComplianceProjectBreakdown>
          data-testid="compliance-detail"
          rowKey="projectId"
          size="small"
          columns={columns}
          dataSource={detail.data.projects}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty
                description={t('compliance.detailEmpty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ),
          }}
        />
      )}
    </Drawer>
  );
}

export function CompliancePage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const session = useSession();
  const programmes = useProgrammes();
  const programmeChoices = useProgrammeOptions();
  const language = i18n.language;

  const thisYear = new Date().getFullYear();
  const programme = params.get('programme') || 'xinjiang';
  const year = Number(params.get('year')) || thisYear;
  const basis: Basis = params.get('basis') === 'plan' ? 'plan' : 'actual';
  const openDonor = params.get('donor') || undefined;
  const signedIn = !!session.data;
  const report = useCompliance(programme, year, basis, signedIn);

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

  const columns: ColumnsType<DonorCompliance> = [
    {
      title: t('compliance.colDonor'),
      key: 'donor',
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          aria-label={t('compliance.openDetail', { donor: donorName(r.donor, language) })}
          onClick={() => update({ donor: r.donor.code })}
        >
          {donorName(r.donor, language)}
        </Button>
      ),
      sorter: (a, b) => a.donor.code.localeCompare(b.donor.code),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('compliance.colTotal'),
      dataIndex: 'totalFen',
      align: 'right',
      render: (v: number, r) => <Money fen={v} testId={`compliance-total-${r.donor.code}`} />,
      sorter: (a, b) => a.totalFen - b.totalFen,
    },
    {
      title: t('compliance.colCounty'),
      key: 'county',
      render: (_, r) => (
        <RuleShare
          bp={r.countyAndBelowBp}
          ok={r.countyAndBelowOk}
          testId={`compliance-county-${r.donor.code}`}
        />
      ),
      sorter: (a, b) => a.countyAndBelowBp - b.countyAndBelowBp,
    },
    {
      title: t('compliance.colLivelihood'),
      key: 'livelihood',
      render: (_, r) => (
        <RuleShare
          bp={r.livelihoodBp}
          ok={r.livelihoodOk}
          testId={`compliance-livelihood-${r.donor.code}`}
        />
      ),
      sorter: (a, b) => a.livelihoodBp - b.livelihoodBp,
    },
    {
      title: <span title={t('compliance.marginHint')}>{t('compliance.colMarginCounty')}</span>,
      key: 'marginCounty',
      align: 'right',
      render: (_, r) => <Margin fen={r.marginFen.countyAndBelow} />,
    },
    {
      title: <span title={t('compliance.marginHint')}>{t('compliance.colMarginLivelihood')}</span>,
      key: 'marginLivelihood',
      align: 'right',
      render: (_, r) => <Margin fen={r.marginFen.livelihood} />,
    },
    {
      title: t('compliance.colCrossPair'),
      dataIndex: 'crossPairFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
  ];

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
          <Tag color="blue" style={{ fontSize: 14, padding: '2px 8px' }}>
            {t('compliance.thresholds', {
              county: formatShare(thresholds.countyAndBelowBp),
              livelihood: formatShare(thresholds.livelihoodBp),
            })}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('compliance.noThresholds')}</Typography.Text>
        )}
      </Typography.Paragraph>
      {report.isError ? (
        <ErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Table<DonorCompliance>
          data-testid="compliance-table"
          rowKey={(r) => r.donor.code}
          size="middle"
          loading={report.isFetching}
          columns={columns}
          dataSource={report.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
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
