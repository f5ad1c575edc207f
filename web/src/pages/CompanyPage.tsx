import { EditOutlined, PlusOutlined, UserSwitchOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { type Officer, useCases, useCompany } from '../api/companies';
import { useDonorName } from '../api/names';
import { AreaName } from '../components/AreaName';
import { ErrorResult } from '../components/ErrorResult';
import { Money } from '../components/Money';
import { withUnit } from '../components/MoneyInput';
import { PageTitle } from '../components/PageTitle';
import { PublishButton } from '../components/PublishButton';
import { RecordHistory } from '../components/RecordHistory';
import { SignedIn } from '../components/SignedIn';
import { formatCount, formatDate } from '../lib/format';
import { useUrlState } from '../lib/urlState';
import { CaseCard } from './companies/CaseCard';
import { CaseDrawer } from './companies/CaseDrawer';
import { CompanyModal } from './companies/CompanyModal';
import { OfficerModal, OpenCaseModal } from './companies/CompanyModals';

/** One company brought in: its facts, its chief service officers over time, its cases. */
export function CompanyPage() {
  const { t } = useTranslation();
  return (
    <SignedIn title={t('companies.loginTitle')} text={t('companies.loginText')}>
      <CompanyScreen />
    </SignedIn>
  );
}

function CompanyScreen() {
  const { t } = useTranslation();
  const { id: raw = '' } = useParams();
  const id = Number(raw);
  const { params, update } = useUrlState();
  const company = useCompany(id);
  const cases = useCases({ company: id, limit: 100 });
  const donorName = useDonorName();
  const [dialog, setDialog] = useState<'officer' | 'case' | 'edit' | null>(null);
  const openCase = Number(params.get('case')) || undefined;

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ key: 'all', title: <Link to="/companies">{t('companies.page.back')}</Link> }]}
    />
  );
  if (company.isPending && Number.isInteger(id) && id > 0) {
    return (
      <>
        {crumbs}
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  if (company.isError || !company.data) {
    const notFound =
      !company.isError || (company.error instanceof ApiError && company.error.status === 404);
    return (
      <>
        {crumbs}
        <ErrorResult
          error={company.error ?? new ApiError(404, { status: 404, title: '' })}
          title={notFound ? t('companies.page.notFoundTitle') : undefined}
          onRetry={notFound ? undefined : () => void company.refetch()}
        />
      </>
    );
  }
  const c = company.data;

  const officerColumns = [
    {
      title: t('companies.page.colOfficerName'),
      key: 'name',
      render: (_: unknown, o: Officer) => o.name,
    },
    {
      title: t('companies.page.colContact'),
      key: 'contact',
      render: (_: unknown, o: Officer) => o.contact ?? t('common.none'),
    },
    {
      title: t('companies.page.colOrganisation'),
      key: 'organisation',
      render: (_: unknown, o: Officer) => o.organisation ?? t('common.none'),
    },
    {
      title: t('companies.page.colFrom'),
      key: 'from',
      render: (_: unknown, o: Officer) => formatDate(o.startOn),
    },
    {
      title: t('companies.page.colTo'),
      key: 'to',
      render: (_: unknown, o: Officer) =>
        o.endOn ? formatDate(o.endOn) : <Tag color="green">{t('companies.page.current')}</Tag>,
    },
  ];

  return (
    <>
      {crumbs}
      <PageTitle
        title={c.name}
        extra={
          <Space size={8} wrap>
            {c.publishedAt ? null : <Tag>{t('companies.unpublished')}</Tag>}
            <PublishButton
              url={`/api/companies/${c.id}`}
              version={c.version}
              canUpdate={c.can.update}
              published={!!c.publishedAt}
              invalidate={['company', 'companies']}
              testId="publish-company"
            />
            <Typography.Text type="secondary">{c.industry}</Typography.Text>
            {c.can.update ? (
              <Button
                icon={<EditOutlined />}
                data-testid="edit-company"
                onClick={() => setDialog('edit')}
              >
                {t('companies.page.edit')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('companies.page.facts')} style={{ height: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('companies.colCreditCode')}>
                <span style={{ fontFamily: 'monospace' }}>{c.creditCode}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('companies.colDonor')}>
                {donorName(c.donor)}
              </Descriptions.Item>
              <Descriptions.Item label={t('companies.colArea')}>
                <AreaName area={c.area} />
              </Descriptions.Item>
              <Descriptions.Item label={t('companies.colSigned')}>
                {formatDate(c.signedOn)}
              </Descriptions.Item>
              <Descriptions.Item label={withUnit(t, t('companies.colInvestmentPlanned'))}>
                <Money fen={c.investmentPlannedFen} />
              </Descriptions.Item>
              <Descriptions.Item label={withUnit(t, t('companies.colInvestmentArrived'))}>
                <Money fen={c.investmentArrivedFen} testId="company-arrived" />
              </Descriptions.Item>
              <Descriptions.Item label={t('companies.page.jobsPlanned')}>
                {formatCount(c.jobsPlanned)}
              </Descriptions.Item>
              <Descriptions.Item label={t('companies.colJobs')}>
                {formatCount(c.jobsActual)}
              </Descriptions.Item>
              <Descriptions.Item label={t('companies.colLocalHires')}>
                {formatCount(c.localHires)}
              </Descriptions.Item>
              {c.note ? (
                <Descriptions.Item label={t('companies.page.note')}>{c.note}</Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('companies.page.officers')}
            style={{ height: '100%' }}
            extra={
              c.can.assignOfficer ? (
                <Button
                  size="small"
                  icon={<UserSwitchOutlined />}
                  onClick={() => setDialog('officer')}
                >
                  {t('companies.page.assignOfficer')}
                </Button>
              ) : null
            }
          >
            <Table<Officer>
              data-testid="officers-table"
              rowKey="id"
              size="small"
              pagination={false}
              columns={officerColumns}
              dataSource={c.officers}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('companies.page.officersEmpty')}
                  />
                ),
              }}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card
            size="small"
            title={
              <Space wrap>
                <span>{t('companies.page.cases')}</span>
                <Typography.Text
                  type="secondary"
                  style={{ fontWeight: 'normal' }}
                  data-testid="company-case-counts"
                >
                  {t('companies.page.casesCounts', c.cases)}
                </Typography.Text>
              </Space>
            }
            extra={
              <Space>
                <Link to={`/company-cases?donor=${encodeURIComponent(c.donor.code)}`}>
                  {t('companies.page.caseBoard')}
                </Link>
                {c.can.openCase ? (
                  <Button
                    size="small"
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setDialog('case')}
                  >
                    {t('companies.page.openCase')}
                  </Button>
                ) : null}
              </Space>
            }
          >
            {cases.isError ? (
              <ErrorResult error={cases.error} onRetry={() => void cases.refetch()} />
            ) : cases.isPending ? (
              <Skeleton active />
            ) : cases.data.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.empty')} />
            ) : (
              <Row gutter={[12, 0]}>
                {cases.data.items.map((k) => (
                  <Col key={k.id} xs={24} md={12} xl={8}>
                    <CaseCard c={k} onOpen={() => update({ case: String(k.id) })} />
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        </Col>
        {c.can.history ? (
          <Col span={24}>
            <RecordHistory
              url={`/api/companies/${c.id}/history`}
              version={c.version}
              testId="company-history"
            />
          </Col>
        ) : null}
      </Row>
      <OfficerModal
        company={c.id}
        version={c.version}
        open={dialog === 'officer'}
        onClose={() => setDialog(null)}
      />
      {dialog === 'edit' ? <CompanyModal open company={c} onClose={() => setDialog(null)} /> : null}
      <OpenCaseModal company={c.id} open={dialog === 'case'} onClose={() => setDialog(null)} />
      <CaseDrawer id={openCase} onClose={() => update({ case: undefined })} />
    </>
  );
}
