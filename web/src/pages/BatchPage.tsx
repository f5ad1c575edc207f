import { EditOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Result,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useProgrammes } from '../api/hooks';
import { type BatchItem, useBatch } from '../api/peopleEdits';
import { AreaName } from '../components/AreaName';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { formatDate } from '../lib/format';
import { isolate } from '../lib/projectName';
import { PAGE_SIZES, useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { BatchEditModal } from './people/BatchEditModal';
import { bilingual, Dates, useKindName } from './people/bits';

function BatchNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('peopleEdits.batch.notFound')}
      data-testid="batch-not-found"
      extra={
        <Link to="/people">
          <Button type="primary">{t('people.person.toRoster')}</Button>
        </Link>
      }
    />
  );
}

/**
 * A batch (批次): its donor, programme, number, name and start; its counts (people, postings,
 * serving today, long-term and flexible, by kind) and its postings with their people, only those
 * the user may see. The batch is changed here where its `can.update` allows.
 */
export function BatchPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id: raw = '' } = useParams();
  const id = Number(raw);
  const paging = useUrlPaging();
  const { update } = useUrlState();
  const batch = useBatch(id, { limit: paging.pageSize, offset: paging.offset });
  const programmes = useProgrammes();
  const kindName = useKindName();
  const [editing, setEditing] = useState(false);
  const crumbs = (title?: string) => (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[
        { title: <Link to="/people">{t('people.person.back')}</Link> },
        ...(title ? [{ title }] : []),
      ]}
    />
  );
  const valid = Number.isInteger(id) && id > 0;
  if (!valid || (batch.isError && batch.error instanceof ApiError && batch.error.status === 404)) {
    return (
      <>
        {crumbs()}
        <BatchNotFound />
      </>
    );
  }
  if (batch.isPending) {
    return (
      <>
        {crumbs()}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  }
  if (batch.isError) {
    return (
      <>
        {crumbs()}
        <ErrorResult
          error={batch.error}
          title={t('peopleEdits.batch.loadError')}
          onRetry={() => void batch.refetch()}
        />
      </>
    );
  }
  const b = batch.data;
  const programme = programmes.data?.items.find((p) => p.code === b.programme);
  const title = t('peopleEdits.batch.title', {
    // isolated: in Uyghur "上海市 · 11" ran together left to right (decision 0078)
    donor: language === 'ug' ? isolate(bilingual(b.donor, language)) : bilingual(b.donor, language),
    number: b.number,
  });
  const columns: ColumnsType<BatchItem> = [
    {
      title: t('people.colName'),
      key: 'name',
      render: (_, r) => <Link to={`/people/${r.person.id}`}>{r.person.nameZh}</Link>,
    },
    { title: t('people.colKind'), key: 'kind', render: (_, r) => kindName(r.posting.kind) },
    {
      title: t('people.colRole'),
      key: 'role',
      render: (_, r) => (
        <Space size={6} wrap>
          <span>{r.posting.role}</span>
          {r.posting.mode === 'flexible' ? (
            <Tag color="purple">{t('people.modes.flexible')}</Tag>
          ) : null}
          {r.posting.crossPair ? <Tag color="orange">{t('people.person.crossPair')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('people.colHost'),
      key: 'host',
      render: (_, r) => bilingual(r.posting.hostOrg, language),
    },
    {
      title: t('people.colArea'),
      key: 'area',
      render: (_, r) => <AreaName area={r.posting.area} />,
    },
    {
      title: t('people.colTerm'),
      key: 'term',
      render: (_, r) => <Dates from={r.posting.termStart} to={r.posting.endsOn} />,
    },
  ];
  const c = b.counts;
  return (
    <>
      {crumbs(title)}
      <PageTitle
        title={title}
        extra={
          b.can.update ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="batch-edit"
            >
              {t('peopleEdits.batch.edit')}
            </Button>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card>
            <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small" data-testid="batch-details">
              <Descriptions.Item label={t('people.person.donor')}>
                {bilingual(b.donor, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('peopleEdits.batch.programme')}>
                {programme ? bilingual(programme, language) : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.batch.number')}>{b.number}</Descriptions.Item>
              <Descriptions.Item label={t('people.batch.name')}>
                {b.name ?? t('people.person.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.batch.startsOn')}>
                {b.startsOn ? formatDate(b.startsOn) : t('people.person.none')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col span={24}>
          <Card data-testid="batch-counts">
            <Row gutter={[16, 16]}>
              {(
                [
                  ['people', c.people],
                  ['postings', c.postings],
                  ['servingToday', c.servingToday],
                  ['longTerm', c.longTerm],
                  ['flexible', c.flexible],
                ] as const
              ).map(([key, value]) => (
                <Col xs={12} md={8} xl={4} key={key}>
                  <Statistic
                    title={t(`peopleEdits.batch.counts.${key}`, { date: formatDate(b.date) })}
                    value={value}
                  />
                </Col>
              ))}
            </Row>
            {c.byKind.length > 0 ? (
              <Space size={8} wrap style={{ marginTop: 16 }}>
                {c.byKind.map((k) => (
                  <Tag key={k.kind}>
                    {t('peopleEdits.batch.byKind', {
                      kind: kindName(k.kind),
                      postings: k.postings,
                      serving: k.serving,
                    })}
                  </Tag>
                ))}
              </Space>
            ) : null}
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('peopleEdits.batch.postings', { count: b.total })}>
            <Table<BatchItem>
              data-testid="batch-postings"
              rowKey={(r) => r.posting.id}
              size="small"
              columns={columns}
              dataSource={b.items}
              loading={batch.isFetching}
              scroll={{ x: 'max-content' }}
              pagination={
                b.total > (PAGE_SIZES[0] ?? 20)
                  ? {
                      ...paging.pagination(b.total),
                      showTotal: (count) => t('peopleEdits.batch.total', { count }),
                    }
                  : false
              }
              onChange={(pagination) => update(paging.pageParams(pagination))}
              locale={{
                emptyText: (
                  <Empty
                    description={t('peopleEdits.batch.empty')}
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                  />
                ),
              }}
            />
          </Card>
        </Col>
      </Row>
      {editing && b.can.update ? (
        <BatchEditModal
          batch={b}
          onClose={() => setEditing(false)}
          onReload={() => batch.refetch()}
        />
      ) : null}
    </>
  );
}
