import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Result, Skeleton, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { useCan, useOrganisations, useProgrammes, useSession } from '../api/hooks';
import { filterYears, organisationOptions, useProgrammeOptions, yearOptions } from '../api/options';
import { type PlanSummary, usePlans } from '../api/plans';
import type { SessionUser } from '../api/types';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { LoginRequired } from '../components/LoginRequired';
import { Money } from '../components/Money';
import { withUnit } from '../components/MoneyInput';
import { PageTitle } from '../components/PageTitle';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { formatDate } from '../lib/format';
import { grantOrganisations } from '../lib/grants';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { NewPlanModal } from './plans/NewPlanModal';

/**
 * The donors the new-plan dialog offers: the organisations the caller's grants are limited to, or
 * every donor when no grant is limited to one (whether the caller may draft at all is `can`).
 */
export function draftableDonors(
  user: SessionUser | null | undefined,
  all: { value: string; label: string }[],
): { value: string; label: string }[] {
  if (!user) return [];
  const own = grantOrganisations(user);
  if (!own.length) return all;
  return own.map((o) => all.find((d) => d.value === o.code) ?? { value: o.code, label: o.name });
}

export function PlansPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const session = useSession();
  const can = useCan();
  const paging = useUrlPaging();
  const programmes = useProgrammes();
  const programmeChoices = useProgrammeOptions();
  const provinces = useOrganisations('donor-province');
  const cities = useOrganisations('donor-city');
  const language = i18n.language;
  const [creating, setCreating] = useState(false);

  const programme = params.get('programme') ?? '';
  const year = params.get('year') ?? '';
  const donor = params.get('donor') ?? '';
  const signedIn = !!session.data;
  const plans = usePlans(
    {
      programme: programme || undefined,
      year: year ? Number(year) : undefined,
      donor: donor || undefined,
      limit: paging.pageSize,
      offset: paging.offset,
    },
    signedIn,
  );

  const thisYear = new Date().getFullYear();
  const years = filterYears(thisYear);
  const donorOptions = organisationOptions(
    [...(provinces.data?.items ?? []), ...(cities.data?.items ?? [])],
    language,
  );
  const programmeName = (code: string) => {
    const p = programmes.data?.items.find((x) => x.code === code);
    return p ? (language === 'en' ? p.nameEn : p.name) : code;
  };
  const canCreate = can('plans.write');
  const draftable = draftableDonors(session.data?.user, donorOptions);
  const initialDonor = donor || (draftable.length === 1 ? draftable[0]?.value : undefined);
  const filtered = !!(programme || year || donor);
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });

  const header = (
    <PageTitle
      title={t('plans.title')}
      intro={t('plans.intro')}
      extra={
        <Space wrap>
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('plans.newPlan')}
            </Button>
          ) : null}
          <ExportButton kind="plan-items" filters={{ programme, year, donor }} />
        </Space>
      }
    />
  );

  if (session.isPending) {
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  }
  if (!signedIn || (plans.error instanceof ApiError && plans.error.status === 401)) {
    return (
      <>
        {header}
        <LoginRequired title={t('plans.loginTitle')} subTitle={t('plans.loginText')} />
      </>
    );
  }
  if (plans.error instanceof ApiError && plans.error.status === 403) {
    return (
      <>
        {header}
        <Result
          status="403"
          title={t('plans.forbiddenTitle')}
          subTitle={t('plans.forbiddenText')}
        />
      </>
    );
  }

  const columns: ColumnsType<PlanSummary> = [
    {
      title: t('plans.colDonor'),
      key: 'donor',
      render: (_, p) => (
        <Link to={`/plans/${p.id}`} data-testid={`plan-link-${p.donor.code}-${p.year}`}>
          {donorName(p.donor, language)}
        </Link>
      ),
    },
    {
      title: t('plans.colYear'),
      dataIndex: 'year',
    },
    {
      title: t('plans.colProgramme'),
      key: 'programme',
      render: (_, p) => programmeName(p.programme),
    },
    {
      title: t('plans.colStatus'),
      key: 'status',
      render: (_, p) => <PlanStatusTag status={p.status} />,
    },
    {
      title: withUnit(t, t('plans.colTotal')),
      dataIndex: 'totalFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: withUnit(t, t('plans.colItems')),
      dataIndex: 'itemsFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
    },
    {
      title: t('plans.colUpdated'),
      dataIndex: 'updatedAt',
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span>,
    },
  ];

  const newButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('plans.newPlan')}
    </Button>
  ) : null;

  return (
    <>
      {header}
      <FilterBar label={t('plans.filters')}>
        <FilterSelect
          id="plf-programme"
          label={t('plans.programme')}
          width={200}
          searchable
          placeholder={t('common.all')}
          value={programme}
          {...programmeChoices}
          onChange={(value) => setFilter({ programme: value })}
        />
        <FilterSelect
          id="plf-year"
          label={t('plans.year')}
          width={110}
          searchable
          placeholder={t('plans.allYears')}
          value={year}
          options={yearOptions(years)}
          onChange={(value) => setFilter({ year: value })}
        />
        <FilterSelect
          id="plf-donor"
          label={t('plans.donor')}
          width={170}
          searchable
          placeholder={t('plans.allDonors')}
          value={donor}
          loading={provinces.isPending || cities.isPending}
          options={donorOptions}
          onChange={(value) => setFilter({ donor: value })}
        />
        {filtered ? (
          <Button
            onClick={() => setFilter({ programme: undefined, year: undefined, donor: undefined })}
          >
            {t('plans.clearFilters')}
          </Button>
        ) : null}
      </FilterBar>
      {plans.isError && !plans.data ? (
        <ErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <Table<PlanSummary>
          data-testid="plans-table"
          rowKey="id"
          size="middle"
          loading={plans.isFetching}
          columns={columns}
          dataSource={plans.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={paging.pagination(plans.data?.total ?? 0)}
          onChange={(pagination) => update(paging.pageParams(pagination))}
          locale={{
            emptyText: plans.isPending ? (
              ' '
            ) : (
              <Empty
                description={filtered ? t('plans.noMatch') : t('plans.empty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              >
                {newButton}
              </Empty>
            ),
          }}
        />
      )}
      <NewPlanModal
        open={creating}
        onClose={() => setCreating(false)}
        donors={draftable}
        years={years}
        initial={{
          ...(programme ? { programme } : {}),
          year: year ? Number(year) : thisYear,
          ...(initialDonor ? { donor: initialDonor } : {}),
        }}
      />
    </>
  );
}
