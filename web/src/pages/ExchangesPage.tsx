import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../api/hooks';
import { useDonorOptions, yearOptions } from '../api/options';
import { type Exchange, useExchanges } from '../api/training';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { PublishButton } from '../components/PublishButton';
import { RecordHistoryButton } from '../components/RecordHistoryButton';
import { SignedIn } from '../components/SignedIn';
import { areaName } from '../lib/areaName';
import { formatCount, formatDate, joinList } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { ExchangeModal, EXCHANGE_KINDS as KINDS } from './training/ExchangeModal';

/** The exchanges filters kept in the URL, as the list's query (and the export's) takes them. */
function exchangeFilters(params: URLSearchParams) {
  const year = params.get('year');
  return {
    kind: params.get('kind') || undefined,
    donor: params.get('donor') || undefined,
    from: year ? `${year}-01-01` : undefined,
    to: year ? `${year}-12-31` : undefined,
  };
}

/** 交往交流交融: exchange activities (several organising donors possible), listed and added. */
export function ExchangesPage() {
  const { t } = useTranslation();
  const { params } = useUrlState();
  return (
    <>
      <PageTitle
        title={t('exchanges.title')}
        intro={t('exchanges.intro')}
        extra={<ExportButton kind="exchanges" filters={exchangeFilters(params)} />}
      />
      <SignedIn title={t('training.loginTitle')} text={t('training.loginText')}>
        <ExchangesScreen />
      </SignedIn>
    </>
  );
}

function ExchangesScreen() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const donors = useDonorOptions();
  const kind = params.get('kind') ?? '';
  const donor = params.get('donor') ?? '';
  const year = params.get('year') ?? '';
  const list = useExchanges({
    ...exchangeFilters(params),
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Exchange | null>(null);
  const canAdd = can('training.write');
  const filtered = !!(kind || donor || year);
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });
  const en = i18n.language === 'en';
  const language = i18n.language;

  const columns: ColumnsType<Exchange> = [
    {
      title: t('exchanges.colTitle'),
      key: 'title',
      render: (_, x) => (
        <Space size={6} wrap>
          <span>{x.title}</span>
          {x.published ? null : <Tag>{t('training.unpublished')}</Tag>}
          <PublishButton
            url={`/api/exchanges/${x.id}`}
            version={x.version}
            canUpdate={x.can.update}
            published={x.published}
            invalidate={['exchanges']}
          />
          {x.can.update ? (
            <Button
              size="small"
              type="link"
              icon={<EditOutlined />}
              data-testid={`edit-exchange-${x.id}`}
              aria-label={t('training.editing.aria', { name: x.title })}
              onClick={() => setEditing(x)}
            >
              {t('training.editing.action')}
            </Button>
          ) : null}
          {x.can.readHistory ? (
            <RecordHistoryButton
              url={`/api/exchanges/${x.id}/history`}
              version={x.version}
              name={x.title}
              testId={`history-exchange-${x.id}`}
            />
          ) : null}
        </Space>
      ),
    },
    {
      title: t('exchanges.colKind'),
      key: 'kind',
      render: (_, x) => t(`exchanges.kinds.${x.kind}`),
    },
    {
      title: t('exchanges.colOrganisers'),
      key: 'organisers',
      render: (_, x) =>
        joinList(
          x.organisers.map((o) => (en && o.nameEn ? o.nameEn : o.name)),
          language,
        ),
    },
    {
      title: t('exchanges.colAreas'),
      key: 'areas',
      render: (_, x) =>
        joinList(
          x.areas.map((a) => areaName(a, language)),
          language,
        ),
    },
    {
      title: t('exchanges.colDates'),
      key: 'dates',
      render: (_, x) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(x.startDate)} – {formatDate(x.endDate)}
        </span>
      ),
    },
    {
      title: t('exchanges.colLocal'),
      key: 'local',
      align: 'right',
      render: (_, x) => formatCount(x.participantsLocal),
    },
    {
      title: t('exchanges.colDonorSide'),
      key: 'donorSide',
      align: 'right',
      render: (_, x) => formatCount(x.participantsDonor),
    },
  ];

  return (
    <>
      {canAdd ? (
        <div style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('exchanges.newExchange')}
          </Button>
        </div>
      ) : null}
      <FilterBar label={t('exchanges.filters')}>
        <FilterSelect
          id="xf-kind"
          label={t('exchanges.kind')}
          width={140}
          placeholder={t('exchanges.allKinds')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`exchanges.kinds.${k}`) }))}
          onChange={(value) => setFilter({ kind: value })}
        />
        <FilterSelect
          id="xf-donor"
          label={t('training.donor')}
          width={150}
          searchable
          placeholder={t('training.allDonors')}
          value={donor}
          {...donors}
          onChange={(value) => setFilter({ donor: value })}
        />
        <FilterSelect
          id="xf-year"
          label={t('training.year')}
          width={110}
          placeholder={t('training.allYears')}
          value={year}
          options={yearOptions()}
          onChange={(value) => setFilter({ year: value })}
        />
        {filtered ? (
          <Button onClick={() => setFilter({ kind: undefined, donor: undefined, year: undefined })}>
            {t('training.clearFilters')}
          </Button>
        ) : null}
      </FilterBar>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Exchange>
          data-testid="exchanges-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: list.isPending ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered
                    ? t('exchanges.noMatch')
                    : canAdd
                      ? t('exchanges.emptyEditor')
                      : t('exchanges.empty')
                }
              />
            ),
          }}
          pagination={paging.pagination(list.data?.total ?? 0)}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
      <ExchangeModal open={adding} onClose={() => setAdding(false)} />
      {editing ? <ExchangeModal open exchange={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
