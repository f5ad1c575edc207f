import { Button, Drawer, Empty, Radio, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useComplianceDonor } from '../../api/hooks';
import { reportPageHref } from '../../api/reports';
import type {
  ComplianceProjectBreakdown,
  DonorCompliance,
  DonorComplianceDetail,
} from '../../api/types';
import { type Basis, COMPLIANCE_SORTS, type ComplianceSort } from '../../api/vocabulary';
import { donorName } from '../../components/DonorTag';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { type ResponsiveColumn, ResponsiveTable } from '../../components/ResponsiveTable';
import { formatShare } from '../../lib/money';
import { localName } from '../../lib/projectName';
import { PAGE_SIZES } from '../../lib/urlPaging';
import { usePhone } from '../../lib/usePhone';

const DEFAULT_PAGE_SIZE = 50;
const SMALLEST_PAGE = Math.min(...PAGE_SIZES);

/** The drawer's page, page size and order, for one donor, programme, year and basis. */
interface View {
  scope: string;
  page: number;
  pageSize: number;
  sort: ComplianceSort;
}

/**
 * One donor's figures for the year, project by project (opened from the table, kept in the URL):
 * a page at a time from the server, by code or by what each project pulls a rule down.
 */
export function DonorDrawer({
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
  const phone = usePhone();
  const scope = [donor?.code ?? '', programme, year, basis].join('|');
  const [saved, setView] = useState<View>({
    scope,
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: 'code',
  });
  // Another donor, programme, year or basis starts again at the first page.
  const view = saved.scope === scope ? saved : { ...saved, scope, page: 1 };
  const detail = useComplianceDonor(donor?.code, {
    programme,
    year,
    basis,
    sort: view.sort,
    limit: view.pageSize,
    offset: (view.page - 1) * view.pageSize,
  });

  const columns: ResponsiveColumn<ComplianceProjectBreakdown>[] = [
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
      title: withUnit(t, t('compliance.colAmount')),
      dataIndex: 'amountFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: withUnit(t, t('compliance.colCounty')),
      dataIndex: 'countyAndBelowFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: withUnit(t, t('compliance.colAboveCounty')),
      dataIndex: 'aboveCountyFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: withUnit(t, t('compliance.colUnlocated')),
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
      title: withUnit(t, t('compliance.colLivelihood')),
      dataIndex: 'livelihoodFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: withUnit(t, t('compliance.colCrossPair')),
      dataIndex: 'crossPairFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
  ];
  const basisLabel = basis === 'plan' ? t('compliance.basisPlan') : t('compliance.basisActual');
  const sortBy = (sort: ComplianceSort) => setView({ ...view, sort, page: 1 });

  return (
    <Drawer
      open={!!donor}
      onClose={onClose}
      size={phone ? '100%' : 1100}
      extra={
        donor ? (
          <Link to={reportPageHref('donor', donor.code, year)}>{t('reports.link')}</Link>
        ) : null
      }
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
      ) : detail.isError && !detail.data ? (
        <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <>
          <Space size={8} wrap style={{ marginBottom: 12 }}>
            <span id="compliance-detail-sort">{t('compliance.sortLabel')}</span>
            <Radio.Group
              aria-labelledby="compliance-detail-sort"
              optionType="button"
              size="small"
              value={view.sort}
              onChange={(e) => sortBy(e.target.value)}
              options={COMPLIANCE_SORTS.map((sort) => ({
                value: sort,
                label: t(`compliance.sorts.${sort}`),
              }))}
              data-testid="compliance-detail-sort"
            />
          </Space>
          <CulpritCounts detail={detail.data} sort={view.sort} onSort={sortBy} />
          <ResponsiveTable<ComplianceProjectBreakdown>
            data-testid="compliance-detail"
            rowKey="projectId"
            size="small"
            loading={detail.isFetching}
            columns={columns}
            dataSource={detail.data.projects}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: view.page,
              pageSize: view.pageSize,
              total: detail.data.projectCount,
              pageSizeOptions: PAGE_SIZES,
              showSizeChanger: true,
              hideOnSinglePage: detail.data.projectCount <= SMALLEST_PAGE,
              showTotal: (count) => t('common.total', { count }),
            }}
            onChange={(pagination) =>
              setView({
                ...view,
                page: pagination.pageSize === view.pageSize ? (pagination.current ?? 1) : 1,
                pageSize: pagination.pageSize ?? view.pageSize,
              })
            }
            locale={{
              emptyText: (
                <Empty
                  description={t('compliance.detailEmpty')}
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                />
              ),
            }}
          />
        </>
      )}
    </Drawer>
  );
}

/**
 * For each rule pulled down by more projects than the report lists (its ten largest), how many
 * there are in all, with the order that shows them all, largest first.
 */
function CulpritCounts({
  detail,
  sort,
  onSort,
}: {
  detail: DonorComplianceDetail;
  sort: ComplianceSort;
  onSort: (sort: ComplianceSort) => void;
}) {
  const { t } = useTranslation();
  const rules = [
    {
      sort: 'county' as const,
      title: t('compliance.culpritsCounty'),
      listed: detail.culprits.countyAndBelow.length,
      total: detail.culpritCount.countyAndBelow,
    },
    {
      sort: 'livelihood' as const,
      title: t('compliance.culpritsLivelihood'),
      listed: detail.culprits.livelihood.length,
      total: detail.culpritCount.livelihood,
    },
  ].filter((r) => r.total > r.listed);
  if (!rules.length) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      {rules.map((r) => (
        <div key={r.sort} data-testid={`compliance-detail-culprits-${r.sort}`}>
          <Typography.Text type="secondary">
            {t('compliance.culpritsInAll', { title: r.title, total: r.total, shown: r.listed })}
          </Typography.Text>
          {sort === r.sort ? null : (
            <Button type="link" size="small" onClick={() => onSort(r.sort)}>
              {t('compliance.sortByThis')}
            </Button>
          )}
        </div>
      ))}
    </div>
  );
}
