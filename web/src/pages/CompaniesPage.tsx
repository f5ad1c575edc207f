import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CompanySummary, useCompanies } from '../api/companies';
import { useCan } from '../api/hooks';
import { useDonorName } from '../api/names';
import { useDonorOptions } from '../api/options';
import { AreaName } from '../components/AreaName';
import { AreaPicker } from '../components/AreaPicker';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { Money } from '../components/Money';
import { withUnit } from '../components/MoneyInput';
import { PageTitle } from '../components/PageTitle';
import { SignedIn } from '../components/SignedIn';
import { formatCount, formatDate } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { CompanyModal } from './companies/CompanyModal';

/** The companies filters kept in the URL, as the list's query (and the export's) takes them. */
function companyFilters(params: URLSearchParams) {
  return {
    donor: params.get('donor') || undefined,
    area: params.get('area') || undefined,
    q: params.get('q') || undefined,
  };
}

/** 招商引资: companies brought in, filtered by donor, area and a search, with a form to add one. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const { params } = useUrlState();
  return (
    <>
      <PageTitle
        title={t('companies.title')}
        intro={t('companies.intro')}
        extra={<ExportButton kind="companies" filters={companyFilters(params)} />}
      />
      <SignedIn title={t('companies.loginTitle')} text={t('companies.loginText')}>
        <CompaniesScreen />
      </SignedIn>
    </>
  );
}

function CompaniesScreen() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, update } = useUrlState();
  const paging = useUrlPaging();
  const donors = useDonorOptions();
  const donorName = useDonorName();
  const donor = params.get('donor') ?? '';
  const area = params.get('area') ?? '';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const list = useCompanies({
    ...companyFilters(params),
    limit: paging.pageSize,
    offset: paging.offset,
  });
  const [adding, setAdding] = useState(false);
  const canAdd = can('companies.write');
  const filtered = !!(donor || area || q);
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });

  const columns: ColumnsType<CompanySummary> = [
    {
      title: t('companies.colName'),
      key: 'name',
      render: (_, c) => (
        <Space size={6} wrap>
          <Link to={`/companies/${c.id}`}>{c.name}</Link>
          {c.publishedAt ? null : <Tag>{t('companies.unpublished')}</Tag>}
        </Space>
      ),
    },
    { title: t('companies.colIndustry'), key: 'industry', render: (_, c) => c.industry },
    { title: t('companies.colDonor'), key: 'donor', render: (_, c) => donorName(c.donor) },
    {
      title: t('companies.colArea'),
      key: 'area',
      render: (_, c) => <AreaName area={c.area} />,
    },
    {
      title: t('companies.colSigned'),
      key: 'signedOn',
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.signedOn)}</span>,
    },
    {
      title: withUnit(t, t('companies.colInvestmentArrived')),
      key: 'arrived',
      align: 'right',
      render: (_, c) => <Money fen={c.investmentArrivedFen} />,
    },
    {
      title: t('companies.colJobs'),
      key: 'jobs',
      align: 'right',
      render: (_, c) => formatCount(c.jobsActual),
    },
    {
      title: t('companies.colOfficer'),
      key: 'officer',
      render: (_, c) => c.officer?.name ?? t('companies.noOfficer'),
    },
  ];

  return (
    <>
      {canAdd ? (
        <div style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('companies.newCompany')}
          </Button>
        </div>
      ) : null}
      <FilterBar label={t('companies.filters')}>
        <FilterSelect
          id="cof-donor"
          label={t('companies.donor')}
          width={150}
          searchable
          placeholder={t('companies.allDonors')}
          value={donor}
          {...donors}
          onChange={(value) => setFilter({ donor: value })}
        />
        <Space size={6}>
          <label htmlFor="cof-area">{t('companies.area')}</label>
          <AreaPicker
            id="cof-area"
            within="65"
            style={{ width: 200 }}
            placeholder={t('companies.areaPlaceholder')}
            value={area || undefined}
            onChange={(code) => setFilter({ area: code })}
          />
        </Space>
        <Input.Search
          aria-label={t('companies.search')}
          style={{ width: 220 }}
          allowClear
          placeholder={t('companies.searchPlaceholder')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            if (!e.target.value) setFilter({ q: undefined });
          }}
          onSearch={(value) => setFilter({ q: value.trim() || undefined })}
        />
        {filtered ? (
          <Button onClick={() => setFilter({ donor: undefined, area: undefined, q: undefined })}>
            {t('companies.clearFilters')}
          </Button>
        ) : null}
      </FilterBar>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<CompanySummary>
          data-testid="companies-table"
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
                    ? t('companies.noMatch')
                    : canAdd
                      ? t('companies.emptyEditor')
                      : t('companies.empty')
                }
              />
            ),
          }}
          pagination={paging.pagination(list.data?.total ?? 0)}
          onChange={(pagination) => update(paging.pageParams(pagination))}
        />
      )}
      <CompanyModal open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
