import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Result, Select, Skeleton, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useOrganisations, useProgrammes, useSession } from '../api/hooks';
import { type PlanSummary, usePlans } from '../api/plans';
import type { SessionUser } from '../api/types';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { Money } from '../components/Money';
import { PageTitle } from '../components/PageTitle';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { formatDate } from '../lib/format';
import { hasAnyRole, useUrlState } from '../lib/urlState';
import { NewPlanModal } from './plans/NewPlanModal';

const FIRST_YEAR = 2010;

/** The donors a user may draft plans for: its donor-editor organisations; all for coordinators. */
export function draftableDonors(
  user: SessionUser | null | undefined,
  all: { value: string; label: string }[],
): { value: string; label: string }[] {
  if (!user) return [];
  const unscoped = user.roles.some(
    (r) => r.role === 'coordinator' || (r.role === 'donor-editor' && !r.org),
  );
  if (unscoped) return all;
  const own = user.roles.flatMap((r) => (r.role === 'donor-editor' && r.org ? [r.org] : []));
  return own.map((o) => all.find((d) => d.value === o.code) ?? { value: o.code, label: o.name });
}

/** One labelled, clearable filter of the plan list. */
function Filter(props: {
  id: string;
  label: string;
  width: number;
  placeholder: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  loading?: boolean;
}) {
  return (
    <Space size={6}>
      <label htmlFor={props.id}>{props.label}</label>
      <Select
        id={props.id}
        style={{ width: props.width }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={props.placeholder}
        value={props.value || undefined}
        loading={props.loading ?? false}
        options={props.options}
        onChange={(value: string | undefined) => props.onChange(value)}
      />
    </Space>
  );
}

export function PlansPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { params, update } = useUrlState();
  const session = useSession();
  const programmes = useProgrammes();
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
    },
    signedIn,
  );

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => thisYear + 1 - i);
  const donorOptions = [...(provinces.data?.items ?? []), ...(cities.data?.items ?? [])].map(
    (o) => ({ value: o.code, label: language === 'en' && o.nameEn ? o.nameEn : o.name }),
  );
  const programmeName = (code: string) => {
    const p = programmes.data?.items.find((x) => x.code === code);
    return p ? (language === 'en' ? p.nameEn : p.name) : code;
  };
  const canCreate = hasAnyRole(session.data, 'coordinator', 'donor-editor');
  const draftable = draftableDonors(session.data, donorOptions);
  const initialDonor = donor || (draftable.length === 1 ? draftable[0]?.value : undefined);
  const filtered = !!(programme || year || donor);

  const header = (
    <PageTitle
      title={t('plans.title')}
      intro={t('plans.intro')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('plans.newPlan')}
          </Button>
        ) : null
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
        <Result
          status="403"
          title={t('plans.loginTitle')}
          subTitle={t('plans.loginText')}
          extra={
            <Button
              type="primary"
              onClick={() =>
                void navigate('/login', {
                  state: { from: { pathname: location.pathname, search: location.search } },
                })
              }
            >
              {t('header.login')}
            </Button>
          }
        />
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
      sorter: (a, b) => a.donor.code.localeCompare(b.donor.code),
    },
    {
      title: t('plans.colYear'),
      dataIndex: 'year',
      sorter: (a, b) => a.year - b.year,
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
      filters: (['draft', 'submitted', 'approved', 'returned'] as const).map((s) => ({
        text: t(`plans.status.${s}`),
        value: s,
      })),
      onFilter: (value, p) => p.status === value,
    },
    {
      title: t('plans.colTotal'),
      dataIndex: 'totalFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
      sorter: (a, b) => a.totalFen - b.totalFen,
    },
    {
      title: t('plans.colItems'),
      dataIndex: 'itemsFen',
      align: 'right',
      render: (v: number) => <Money fen={v} />,
      sorter: (a, b) => a.itemsFen - b.itemsFen,
    },
    {
      title: t('plans.colUpdated'),
      dataIndex: 'updatedAt',
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span>,
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
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
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="middle" role="search" aria-label={t('plans.filters')}>
          <Filter
            id="plf-programme"
            label={t('plans.programme')}
            width={200}
            placeholder={t('common.all')}
            value={programme}
            loading={programmes.isPending}
            options={(programmes.data?.items ?? []).map((p) => ({
              value: p.code,
              label: language === 'en' ? p.nameEn : p.name,
            }))}
            onChange={(value) => update({ programme: value })}
          />
          <Filter
            id="plf-year"
            label={t('plans.year')}
            width={110}
            placeholder={t('plans.allYears')}
            value={year}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(value) => update({ year: value })}
          />
          <Filter
            id="plf-donor"
            label={t('plans.donor')}
            width={170}
            placeholder={t('plans.allDonors')}
            value={donor}
            loading={provinces.isPending || cities.isPending}
            options={donorOptions}
            onChange={(value) => update({ donor: value })}
          />
          {filtered ? (
            <Button
              onClick={() => update({ programme: undefined, year: undefined, donor: undefined })}
            >
              {t('plans.clearFilters')}
            </Button>
          ) : null}
        </Space>
      </Card>
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
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { count: total }),
          }}
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
