import {
  Breadcrumb,
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
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useArea, useCan, usePairings, useProgrammes } from '../api/hooks';
import { reportPageHref } from '../api/reports';
import { useAreaFunds } from '../api/summary';
import type { AreaDetail, AreaDonor } from '../api/types';
import { AreaName } from '../components/AreaName';
import { DonorTag } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { DateFilter } from '../components/FilterBar';
import { IssueNineMeasures } from '../components/IssueNineMeasures';
import { LevelTag } from '../components/LevelTag';
import { Ltr } from '../components/Ltr';
import { PageTitle } from '../components/PageTitle';
import { areaName } from '../lib/areaName';
import { donorColors } from '../lib/donorColors';
import { formatDate, isIsoDate, today } from '../lib/format';
import { useUrlState } from '../lib/urlState';
import { AreaMap } from './area/AreaMap';
import { AreaMoney, SubtreeDonors } from './area/AreaMoney';
import { AreaPeople } from './area/AreaPeople';

type Child = AreaDetail['children'][number];

export function AreaPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const { params, update } = useUrlState();
  const requested = params.get('date');
  const date = isIsoDate(requested) ? requested : today();
  const area = useArea(code, date);
  const funds = useAreaFunds(code);
  const can = useCan();
  // Colours come from the programme's whole donor list, so they match the pairings page and map.
  const pairings = usePairings('xinjiang', today());
  const programmes = useProgrammes();
  const colors = useMemo(
    () =>
      donorColors([
        ...(pairings.data?.items ?? []).map((p) => p.donor.code),
        ...(pairings.data ? [] : (area.data?.donors ?? []).map((d) => d.code)),
      ]),
    [pairings.data, area.data],
  );
  const programmeName = (code: string) => {
    const p = programmes.data?.items.find((x) => x.code === code);
    if (!p) return code;
    return i18n.language === 'en' ? p.nameEn : p.name;
  };

  const datePicker = (
    <DateFilter
      id="area-date"
      label={t('area.date')}
      date={date}
      onChange={(iso) => update({ date: iso })}
    />
  );

  if (area.isPending) {
    return (
      <>
        <PageTitle title={t('area.title')} />
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  }
  if (area.isError) {
    const notFound = area.error instanceof ApiError && area.error.status === 404;
    return (
      <>
        <PageTitle title={t('area.title')} />
        <ErrorResult
          error={area.error}
          title={notFound ? t('area.notFoundTitle') : undefined}
          onRetry={notFound ? undefined : () => void area.refetch()}
          extra={<Link to="/pairings">{t('nav.pairings')}</Link>}
        />
      </>
    );
  }
  const a = area.data;

  const childColumns = [
    {
      title: t('area.colCode'),
      key: 'code',
      render: (_: unknown, c: Child) => (
        <Link to={`/areas/${c.code}`}>
          <Ltr>{c.code}</Ltr>
        </Link>
      ),
      sorter: (x: Child, y: Child) => x.code.localeCompare(y.code),
      defaultSortOrder: 'ascend' as const,
    },
    {
      title: t('area.colName'),
      key: 'name',
      render: (_: unknown, c: Child) => (
        <Link to={`/areas/${c.code}`}>
          <AreaName area={c} />
        </Link>
      ),
    },
    {
      title: t('area.colLevel'),
      key: 'level',
      render: (_: unknown, c: Child) => <LevelTag level={c.level} kind={c.kind} />,
    },
  ];

  const donorItem = (d: AreaDonor) => {
    const inherited = d.via && d.via.code !== a.code;
    return (
      <li key={`${d.programme}-${d.code}-${d.pairingId}`} style={{ marginBottom: 8 }}>
        <Space size={8} wrap>
          <DonorTag donor={d} color={colors.get(d.code)} />
          {inherited && d.via ? (
            <Typography.Text title={t('area.inherited')}>
              <Link to={`/areas/${d.via.code}`}>
                {t('area.via', { name: areaName(d.via, i18n.language) })}
              </Link>
            </Typography.Text>
          ) : (
            <Tag color="blue">{t('area.direct')}</Tag>
          )}
          {d.sub ? <Tag>{t('area.sub')}</Tag> : null}
          <Typography.Text type="secondary">
            {t('area.programme')}: {programmeName(d.programme)}
          </Typography.Text>
        </Space>
      </li>
    );
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          ...a.ancestors.map((x) => ({
            key: x.code,
            title: (
              <Link to={`/areas/${x.code}`}>
                <AreaName area={x} />
              </Link>
            ),
          })),
          { key: a.code, title: areaName(a, i18n.language) },
        ]}
      />
      <PageTitle
        title={areaName(a, i18n.language)}
        extra={
          <Space size={8} wrap>
            <LevelTag level={a.level} kind={a.kind} xpccDivision={a.xpccDivision} />
            <Typography.Text type="secondary" data-testid="area-code">
              <Ltr>{a.code}</Ltr>
            </Typography.Text>
            <Link to={reportPageHref('area', a.code, new Date().getFullYear() - 1)}>
              {t('reports.link')}
            </Link>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('area.tree')} style={{ height: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('area.code')}>
                <Ltr>{a.code}</Ltr>
              </Descriptions.Item>
              <Descriptions.Item label={t('area.nameZh')}>{a.name}</Descriptions.Item>
              <Descriptions.Item label={t('area.nameEn')}>
                <span data-testid="area-name-en">{a.nameEn}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('area.nameUg')}>
                <span data-testid="area-name-ug" lang="ug" dir="rtl">
                  {a.nameUg ?? t('common.none')}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('area.pinyin')}>{a.namePinyin}</Descriptions.Item>
              <Descriptions.Item label={t('area.level')}>
                <LevelTag level={a.level} kind={a.kind} xpccDivision={a.xpccDivision} />
              </Descriptions.Item>
              <Descriptions.Item label={t('area.validFrom')}>
                {formatDate(a.validFrom) || t('common.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('area.validTo')}>
                {formatDate(a.validTo) || t('common.openEnded')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={t('area.donorsOn', { date: formatDate(date) })}
            extra={datePicker}
            style={{ height: '100%' }}
            data-testid="area-donors"
          >
            {a.donors.length === 0 && (funds.data?.donors.length ?? 0) > 0 ? (
              <>
                <Typography.Paragraph type="secondary">
                  {t('areaFunds.subtreeDonors')}
                </Typography.Paragraph>
                <SubtreeDonors donors={funds.data?.donors ?? []} colors={colors} />
              </>
            ) : a.donors.length === 0 ? (
              <Empty description={t('area.donorsEmpty')} />
            ) : (
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {a.donors.map(donorItem)}
              </ul>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <AreaMoney
            code={a.code}
            colors={colors}
            showDonors={
              a.donors.length > 0 &&
              (funds.data?.donors ?? []).some((d) => !a.donors.some((x) => x.code === d.code))
            }
          />
        </Col>
        {can('people.read') ? (
          <Col span={24}>
            <AreaPeople code={a.code} />
          </Col>
        ) : null}
        <Col span={24}>
          <IssueNineMeasures area={a.code} />
        </Col>
        <Col span={24}>
          <AreaMap code={a.code} />
        </Col>
        <Col span={24}>
          <Card title={t('area.children')}>
            <Table<Child>
              rowKey="code"
              size="small"
              columns={childColumns}
              dataSource={a.children}
              locale={{ emptyText: <Empty description={t('area.childrenEmpty')} /> }}
              pagination={a.children.length > 50 ? { defaultPageSize: 50 } : false}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
