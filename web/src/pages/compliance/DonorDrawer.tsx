import { Drawer, Empty, Skeleton, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useComplianceDonor } from '../../api/hooks';
import type { ComplianceProjectBreakdown, DonorCompliance } from '../../api/types';
import type { Basis } from '../../api/vocabulary';
import { donorName } from '../../components/DonorTag';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { formatShare } from '../../lib/money';
import { localName } from '../../lib/projectName';

/** One donor's figures for the year, project by project (opened from the table, kept in the URL). */
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
