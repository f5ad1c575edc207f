import { Card, Col, Empty, Row, Skeleton, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AreaFunds, type AreaFundsRow, useAreaFunds } from '../../api/summary';
import { AreaName } from '../../components/AreaName';
import { DonorTag, donorName } from '../../components/DonorTag';
import { ErrorResult } from '../../components/ErrorResult';
import { Money } from '../../components/Money';
import { withUnit } from '../../components/MoneyInput';
import { ProjectCell } from '../../components/ProjectCell';
import { StageTag } from '../../components/StageTag';

type Latest = AreaFunds['projects']['latest'][number];
type SubtreeDonor = AreaFunds['donors'][number];

/** The donors of the area's subtree, each with the areas it is paired with (links). */
export function SubtreeDonors({
  donors,
  colors,
}: {
  donors: readonly SubtreeDonor[];
  colors: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="subtree-donors">
      {donors.map((d) => (
        <li key={d.code} style={{ marginBottom: 8 }} data-donor={d.code}>
          <Space size={8} wrap>
            <DonorTag donor={d} color={colors.get(d.code)} />
            <Typography.Text type="secondary">{t('areaFunds.pairedWith')}</Typography.Text>
            {d.areas.map((a) => (
              <Link key={a.code} to={`/areas/${a.code}`}>
                <AreaName area={a} />
              </Link>
            ))}
          </Space>
        </li>
      ))}
    </ul>
  );
}

/**
 * An area as a county sees the money: disbursements located there by donor and year (in-pair
 * and cross-pair), the donors of its subtree, and its latest projects with a link to them all.
 */
export function AreaMoney({
  code,
  colors,
  showDonors = true,
}: {
  code: string;
  colors: ReadonlyMap<string, string>;
  /** List the subtree's donors (the area page shows its own donors card instead). */
  showDonors?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const funds = useAreaFunds(code);
  const language = i18n.language;

  if (funds.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  }
  if (funds.isError) {
    return (
      <ErrorResult
        error={funds.error}
        title={t('areaFunds.error')}
        onRetry={() => void funds.refetch()}
      />
    );
  }
  const f = funds.data;

  const fundColumns: ColumnsType<AreaFundsRow> = [
    { title: t('areaFunds.colYear'), dataIndex: 'year', width: 80 },
    {
      title: t('areaFunds.colDonor'),
      key: 'donor',
      render: (_, r) => donorName(r.donor, language),
    },
    {
      title: withUnit(t, t('areaFunds.colTotal')),
      dataIndex: 'totalFen',
      align: 'right',
      render: (v: number, r) => <Money fen={v} testId={`area-funds-${r.year}-${r.donor.code}`} />,
    },
    {
      title: withUnit(t, t('areaFunds.colInPair')),
      dataIndex: 'inPairFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: withUnit(t, t('areaFunds.colCrossPair')),
      dataIndex: 'crossPairFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    { title: t('areaFunds.colProjects'), dataIndex: 'projects', align: 'right', width: 90 },
  ];

  const projectColumns: ColumnsType<Latest> = [
    {
      title: t('areaFunds.colName'),
      key: 'name',
      render: (_, p) => (
        <Link to={`/projects/${encodeURIComponent(p.code)}`}>
          <ProjectCell project={p} nameWidth={280} />
        </Link>
      ),
    },
    { title: t('areaFunds.colYear'), dataIndex: 'year', width: 80 },
    {
      title: t('areaFunds.colStage'),
      key: 'stage',
      render: (_, p) => <StageTag stage={p.stage} />,
    },
    {
      title: withUnit(t, t('areaFunds.colBudget')),
      dataIndex: 'budgetFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: t('areaFunds.colLead'),
      key: 'lead',
      render: (_, p) => donorName(p.leadDonor, language),
    },
  ];

  return (
    <Row gutter={[16, 16]} data-testid="area-money">
      <Col xs={24} xl={showDonors ? 16 : 24}>
        <Card title={t('areaFunds.fundsTitle')} style={{ height: '100%' }}>
          <Table<AreaFundsRow>
            data-testid="area-funds"
            rowKey={(r) => `${r.year}-${r.donor.code}`}
            size="small"
            columns={fundColumns}
            dataSource={f.funds}
            pagination={f.funds.length > 20 ? { defaultPageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: (
                <Empty
                  description={t('areaFunds.fundsEmpty')}
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                />
              ),
            }}
          />
        </Card>
      </Col>
      {showDonors ? (
        <Col xs={24} xl={8}>
          <Card title={t('areaFunds.donorsTitle')} style={{ height: '100%' }}>
            {f.donors.length === 0 ? (
              <Empty
                description={t('areaFunds.donorsEmpty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ) : (
              <SubtreeDonors donors={f.donors} colors={colors} />
            )}
          </Card>
        </Col>
      ) : null}
      <Col span={24}>
        <Card
          title={t('areaFunds.projectsTitle', { count: f.projects.count })}
          extra={
            f.projects.count > 0 ? (
              <Link to={`/projects?area=${encodeURIComponent(f.area.code)}`}>
                {t('areaFunds.allProjects')}
              </Link>
            ) : null
          }
        >
          <Table<Latest>
            data-testid="area-projects"
            rowKey="code"
            size="small"
            columns={projectColumns}
            dataSource={f.projects.latest}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: (
                <Empty
                  description={t('areaFunds.projectsEmpty')}
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                />
              ),
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
