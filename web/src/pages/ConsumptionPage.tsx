import { EditOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PRODUCT_CATEGORIES, SALE_CHANNELS, type Sale, useSales } from '../api/consumption';
import { useCan } from '../api/hooks';
import { useDonorName } from '../api/names';
import { useDonorOptions } from '../api/options';
import { AreaName } from '../components/AreaName';
import { AreaPicker } from '../components/AreaPicker';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { Ltr } from '../components/Ltr';
import { Money } from '../components/Money';
import { withUnit } from '../components/MoneyInput';
import { PageTitle } from '../components/PageTitle';
import { PublishButton } from '../components/PublishButton';
import { RecordHistoryButton } from '../components/RecordHistoryButton';
import { SignedIn } from '../components/SignedIn';
import { formatCount } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { SaleModal } from './consumption/SaleModal';
import { SalesBreakdown } from './consumption/SalesBreakdown';
import { SalesChart } from './consumption/SalesChart';

/** The sales filters kept in the URL, as the list's query (and the export's) takes them. */
function saleFilters(params: URLSearchParams) {
  return {
    donor: params.get('donor') || undefined,
    area: params.get('area') || undefined,
    channel: params.get('channel') || undefined,
    productCategory: params.get('category') || undefined,
  };
}

/** 消费帮扶: sales by donor and year as a chart, the sales list, entry one by one or in bulk. */
export function ConsumptionPage() {
  const { t } = useTranslation();
  const { params } = useUrlState();
  return (
    <>
      <PageTitle
        title={t('consumption.title')}
        intro={t('consumption.intro')}
        extra={<ExportButton kind="sales" filters={saleFilters(params)} />}
      />
      <SignedIn title={t('consumption.loginTitle')} text={t('consumption.loginText')}>
        <ConsumptionScreen />
      </SignedIn>
    </>
  );
}

function ConsumptionScreen() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const donors = useDonorOptions();
  const donorName = useDonorName();
  const donor = params.get('donor') ?? '';
  const area = params.get('area') ?? '';
  const channel = params.get('channel') ?? '';
  const category = params.get('category') ?? '';
  const sales = useSales({
    ...saleFilters(params),
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Sale | null>(null);
  const canAdd = can('consumption.write');
  const filtered = !!(donor || area || channel || category);
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });

  const columns: ColumnsType<Sale> = [
    {
      title: t('consumption.colMonth'),
      key: 'month',
      render: (_, s) => (
        <Space size={6}>
          <Ltr>{s.month}</Ltr>
          {s.publishedAt ? null : <Tag>{t('consumption.unpublished')}</Tag>}
          <PublishButton
            url={`/api/consumption-sales/${s.id}`}
            version={s.version}
            canUpdate={s.can.update}
            published={!!s.publishedAt}
            invalidate={['consumption-sales']}
            testId={`publish-sale-${s.id}`}
          />
          {s.can.update ? (
            <Button
              size="small"
              type="link"
              icon={<EditOutlined />}
              data-testid={`edit-sale-${s.id}`}
              aria-label={t('training.editing.aria', { name: s.month })}
              onClick={() => setEditing(s)}
            >
              {t('training.editing.action')}
            </Button>
          ) : null}
          {s.can.readHistory ? (
            <RecordHistoryButton
              url={`/api/consumption-sales/${s.id}/history`}
              version={s.version}
              name={t('consumption.saleName', {
                month: s.month,
                product: s.product ?? t(`consumption.categories.${s.productCategory}`),
              })}
              testId={`history-sale-${s.id}`}
            />
          ) : null}
        </Space>
      ),
    },
    { title: t('consumption.colDonor'), key: 'donor', render: (_, s) => donorName(s.donor) },
    {
      title: t('consumption.colArea'),
      key: 'area',
      render: (_, s) => <AreaName area={s.area} />,
    },
    {
      title: t('consumption.colChannel'),
      key: 'channel',
      render: (_, s) => t(`consumption.channels.${s.channel}`),
    },
    {
      title: t('consumption.colCategory'),
      key: 'category',
      render: (_, s) => t(`consumption.categories.${s.productCategory}`),
    },
    {
      title: t('consumption.colProduct'),
      key: 'product',
      render: (_, s) => s.product ?? t('common.none'),
    },
    {
      title: withUnit(t, t('consumption.colAmount')),
      key: 'amount',
      align: 'right',
      render: (_, s) => <Money fen={s.amountFen} />,
    },
    {
      title: t('consumption.colQuantity'),
      key: 'quantity',
      align: 'right',
      render: (_, s) => `${formatCount(s.quantity)} ${s.unit}`,
    },
  ];

  return (
    <>
      {canAdd ? (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('consumption.newSale')}
          </Button>
          <Button icon={<TableOutlined />} onClick={() => void navigate('/consumption/bulk')}>
            {t('consumption.bulk')}
          </Button>
        </Space>
      ) : null}
      <FilterBar label={t('consumption.filters')}>
        <FilterSelect
          id="sf-donor"
          label={t('consumption.donor')}
          width={150}
          searchable
          placeholder={t('consumption.allDonors')}
          value={donor}
          {...donors}
          onChange={(value) => setFilter({ donor: value })}
        />
        <Space size={6}>
          <label htmlFor="sf-area">{t('consumption.area')}</label>
          <AreaPicker
            id="sf-area"
            within="65"
            style={{ width: 200 }}
            placeholder={t('consumption.areaPlaceholder')}
            value={area || undefined}
            onChange={(code) => setFilter({ area: code })}
          />
        </Space>
        <FilterSelect
          id="sf-channel"
          label={t('consumption.channel')}
          width={130}
          placeholder={t('consumption.allChannels')}
          value={channel}
          options={SALE_CHANNELS.map((c) => ({ value: c, label: t(`consumption.channels.${c}`) }))}
          onChange={(value) => setFilter({ channel: value })}
        />
        <FilterSelect
          id="sf-category"
          label={t('consumption.productCategory')}
          width={130}
          placeholder={t('consumption.allCategories')}
          value={category}
          options={PRODUCT_CATEGORIES.map((c) => ({
            value: c,
            label: t(`consumption.categories.${c}`),
          }))}
          onChange={(value) => setFilter({ category: value })}
        />
        {filtered ? (
          <Button
            onClick={() =>
              setFilter({
                donor: undefined,
                area: undefined,
                channel: undefined,
                category: undefined,
              })
            }
          >
            {t('consumption.clearFilters')}
          </Button>
        ) : null}
      </FilterBar>
      <SalesChart filters={{ donor: donor || undefined, area: area || undefined }} />
      <SalesBreakdown
        filters={{
          donor: donor || undefined,
          area: area || undefined,
          channel: channel || undefined,
          productCategory: category || undefined,
        }}
      />
      {sales.isError && !sales.data ? (
        <ErrorResult error={sales.error} onRetry={() => void sales.refetch()} />
      ) : (
        <Table<Sale>
          data-testid="sales-table"
          rowKey="id"
          size="middle"
          loading={sales.isFetching}
          columns={columns}
          dataSource={sales.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          title={() =>
            sales.data ? (
              <Space size={8}>
                <Typography.Text>{withUnit(t, t('consumption.filteredTotal'))}</Typography.Text>
                <Money
                  fen={sales.data.amountFen}
                  testId="sales-total"
                  style={{ fontWeight: 600 }}
                />
              </Space>
            ) : null
          }
          locale={{
            emptyText: sales.isPending ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered
                    ? t('consumption.noMatch')
                    : canAdd
                      ? t('consumption.emptyEditor')
                      : t('consumption.empty')
                }
              />
            ),
          }}
          pagination={paging.pagination(sales.data?.total ?? 0)}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
      <SaleModal open={adding} onClose={() => setAdding(false)} />
      {editing ? <SaleModal open sale={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
