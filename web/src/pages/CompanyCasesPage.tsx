import { Card, Col, Empty, Radio, Row, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../api/companies';
import { CASE_STATUSES, type CaseTimes, useCases, useCaseTimes } from '../api/companies';
import { useDonorName } from '../api/names';
import { useDonorOptions } from '../api/options';
import { AreaPicker } from '../components/AreaPicker';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { SignedIn } from '../components/SignedIn';
import { formatCount } from '../lib/format';
import { useUrlState } from '../lib/urlState';
import { usePhone } from '../lib/usePhone';
import { CaseCard } from './companies/CaseCard';
import { CaseDrawer } from './companies/CaseDrawer';
import { CaseStatusTag } from './companies/CaseStatusTag';

/** Cards per status column (the newest first); the rest are counted. */
const PER_COLUMN = 50;
/** Groups per page of the case times (decision 0042: ~30,000 officers nationally). */
const TIMES_PER_PAGE = 20;

/** 企业诉求: a board of company cases by status, late ones marked, and the times in working days. */
export function CompanyCasesPage() {
  const { t } = useTranslation();
  return (
    <SignedIn title={t('companies.loginTitle')} text={t('companies.loginText')}>
      <CasesScreen />
    </SignedIn>
  );
}

function StatusColumn({
  status,
  query,
  onOpen,
}: {
  status: CaseStatus;
  query: Record<string, string | boolean | undefined>;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const cases = useCases({ ...query, status, limit: PER_COLUMN });
  const total = cases.data?.total ?? 0;
  const phone = usePhone();
  return (
    <Card
      size="small"
      title={
        <Space>
          <CaseStatusTag status={status} />
          <span data-testid={`case-count-${status}`}>{cases.data ? formatCount(total) : ''}</span>
        </Space>
      }
      styles={{ body: { padding: 8, minHeight: phone ? undefined : 120, background: '#fafafa' } }}
      data-testid={`case-column-${status}`}
    >
      {cases.isError ? (
        <ErrorResult error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.isPending ? (
        <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
      ) : total === 0 ? (
        <Typography.Text type="secondary">{t('cases.columnEmpty')}</Typography.Text>
      ) : (
        <>
          {cases.data.items.map((c) => (
            <CaseCard key={c.id} c={c} onOpen={() => onOpen(c.id)} />
          ))}
          {total > cases.data.items.length ? (
            <Typography.Text type="secondary">
              {t('cases.more', { count: total - cases.data.items.length })}
            </Typography.Text>
          ) : null}
        </>
      )}
    </Card>
  );
}

function CasesScreen() {
  const { t } = useTranslation();
  const phone = usePhone();
  const { params, update } = useUrlState();
  const donors = useDonorOptions();
  const donor = params.get('donor') ?? '';
  const area = params.get('area') ?? '';
  const late = params.get('late') === '1';
  const openId = Number(params.get('case')) || undefined;
  const query = { donor: donor || undefined, area: area || undefined, late: late || undefined };
  // The deadline, from any answer (every column's list carries it).
  const deadline = useCases({ ...query, limit: 1 });

  return (
    <>
      <PageTitle
        title={t('cases.title')}
        intro={t('cases.intro', { days: deadline.data?.deadlineWorkingDays ?? 3 })}
        extra={
          <ExportButton
            kind="company-cases"
            filters={{ ...query, late: late ? 'true' : undefined }}
          />
        }
      />
      <FilterBar label={t('cases.filters')}>
        <FilterSelect
          id="caf-donor"
          label={t('companies.donor')}
          width={150}
          searchable
          placeholder={t('companies.allDonors')}
          value={donor}
          {...donors}
          onChange={(value) => update({ donor: value, timesPage: undefined })}
        />
        <Space size={6}>
          <label htmlFor="caf-area">{t('companies.area')}</label>
          <AreaPicker
            id="caf-area"
            within="65"
            style={{ width: 200 }}
            placeholder={t('companies.areaPlaceholder')}
            value={area || undefined}
            onChange={(code) => update({ area: code, timesPage: undefined })}
          />
        </Space>
        <Space size={6}>
          <Switch
            id="caf-late"
            checked={late}
            onChange={(on) => update({ late: on ? '1' : undefined })}
          />
          <label htmlFor="caf-late">{t('cases.lateOnly')}</label>
        </Space>
      </FilterBar>
      {/* on a phone the status columns stand one under another (decision 0078) */}
      <div style={{ overflowX: phone ? undefined : 'auto', marginBottom: 16 }}>
        <Row
          gutter={[12, 12]}
          wrap={phone}
          style={{ minWidth: phone ? undefined : 1100 }}
          data-testid="case-board"
        >
          {CASE_STATUSES.map((s) => (
            <Col key={s} flex={phone ? '1 1 100%' : '1 1 0'} style={{ minWidth: phone ? 0 : 210 }}>
              <StatusColumn
                status={s}
                query={query}
                onOpen={(id) => update({ case: String(id) })}
              />
            </Col>
          ))}
        </Row>
      </div>
      <TimesCard donor={donor} area={area} />
      <CaseDrawer id={openId} onClose={() => update({ case: undefined })} />
    </>
  );
}

type TimesRow = CaseTimes['rows'][number];

function TimesCard({ donor, area }: { donor: string; area: string }) {
  const { t, i18n } = useTranslation();
  const { params, update } = useUrlState();
  const donorName = useDonorName();
  const by = (params.get('by') as 'officer' | 'donor' | 'area' | null) ?? 'officer';
  const timesPage = Math.max(1, Number(params.get('timesPage') ?? '1') || 1);
  const times = useCaseTimes({
    by,
    donor: donor || undefined,
    area: area || undefined,
    limit: TIMES_PER_PAGE,
    offset: (timesPage - 1) * TIMES_PER_PAGE,
  });
  const days = (v: number | null) => (v === null ? t('common.none') : v.toFixed(1));
  const phone = usePhone();
  // on a phone the choice goes under the title, which it cut short beside it (decision 0078)
  const grouping = (
    <Space size={6} wrap>
      <span id="times-by">{t('cases.times.by')}</span>
      <Radio.Group
        aria-labelledby="times-by"
        optionType="button"
        size="small"
        value={by}
        onChange={(e) =>
          update({
            by: e.target.value === 'officer' ? undefined : e.target.value,
            timesPage: undefined,
          })
        }
        options={[
          { value: 'officer', label: t('cases.times.byOfficer') },
          { value: 'donor', label: t('cases.times.byDonor') },
          { value: 'area', label: t('cases.times.byArea') },
        ]}
      />
    </Space>
  );
  return (
    <Card size="small" title={t('cases.times.title')} extra={phone ? undefined : grouping}>
      {phone ? <div style={{ marginBottom: 8 }}>{grouping}</div> : null}
      {times.isError ? (
        <ErrorResult error={times.error} onRetry={() => void times.refetch()} />
      ) : (
        <ResponsiveTable<TimesRow>
          data-testid="case-times"
          rowKey="key"
          size="small"
          loading={times.isFetching}
          pagination={{
            current: timesPage,
            pageSize: TIMES_PER_PAGE,
            total: times.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (p) => update({ timesPage: p === 1 ? undefined : String(p) }),
          }}
          dataSource={times.data?.rows ?? []}
          locale={{
            emptyText: times.isPending ? (
              ' '
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.times.empty')} />
            ),
          }}
          columns={[
            {
              title: t('cases.times.colName'),
              key: 'name',
              render: (_, r) =>
                by === 'donor'
                  ? donorName({ code: r.key, name: r.name, nameEn: r.nameEn })
                  : (i18n.language === 'en' && r.nameEn) || r.name || t('cases.times.unassigned'),
            },
            {
              title: t('cases.times.colCases'),
              key: 'cases',
              align: 'right',
              render: (_, r) => formatCount(r.cases),
            },
            {
              title: t('cases.times.colResponded'),
              key: 'responded',
              align: 'right',
              render: (_, r) => formatCount(r.responded),
            },
            {
              title: t('cases.times.colAvgResponse'),
              key: 'avgResponse',
              align: 'right',
              render: (_, r) => days(r.avgResponseWorkingDays),
            },
            {
              title: t('cases.times.colResolved'),
              key: 'resolved',
              align: 'right',
              render: (_, r) => formatCount(r.resolved),
            },
            {
              title: t('cases.times.colAvgResolution'),
              key: 'avgResolution',
              align: 'right',
              render: (_, r) => days(r.avgResolutionWorkingDays),
            },
            {
              title: t('cases.times.colLate'),
              key: 'late',
              align: 'right',
              render: (_, r) => formatCount(r.late),
            },
          ]}
        />
      )}
    </Card>
  );
}
