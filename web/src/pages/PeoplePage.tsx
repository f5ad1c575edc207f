import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Segmented, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../api/hooks';
import { useDonorOptions } from '../api/options';
import {
  type PersonListItem,
  type RosterItem,
  usePersonnelKinds,
  usePersons,
  useRoster,
  useTermsEnding,
} from '../api/people';
import { AreaName } from '../components/AreaName';
import { AreaPicker } from '../components/AreaPicker';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { DateFilter, FilterBar, FilterSelect } from '../components/FilterBar';
import { PageTitle } from '../components/PageTitle';
import { ResponsiveTable } from '../components/ResponsiveTable';
import { isIsoDate, today } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import {
  BatchLink,
  bilingual,
  Dates,
  daysToEnd,
  EndingTag,
  PersonalValue,
  PersonNameCell,
  useKindName,
} from './people/bits';
import { NewBatchButton } from './people/NewBatchModal';

type View = 'roster' | 'persons' | 'ending';
const VIEWS: readonly View[] = ['roster', 'persons', 'ending'];
const ENDING_DAYS = ['30', '90', '180', '365'];

/**
 * Aid personnel: who is serving on a date in an area subtree or for a donor (terms ending soon
 * marked), every person one may see, and the terms ending within N days. Filters in the URL.
 */
export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { params, update } = useUrlState();
  const can = useCan();
  const donorChoices = useDonorOptions();
  const kinds = usePersonnelKinds();
  const kindName = useKindName();
  const paging = useUrlPaging();
  const language = i18n.language;

  const view = (VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as View)
    : 'roster';
  const area = params.get('area') ?? '';
  const donor = params.get('donor') ?? '';
  const kind = params.get('kind') ?? '';
  const mode = params.get('mode') ?? '';
  const q = params.get('q') ?? '';
  const requested = params.get('date');
  const date = isIsoDate(requested) ? requested : today();
  const days = ENDING_DAYS.includes(params.get('days') ?? '') ? (params.get('days') ?? '90') : '90';

  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const page = { limit: paging.pageSize, offset: paging.offset };
  const roster = useRoster(
    {
      area: area || undefined,
      donor: donor || undefined,
      date,
      kind: kind || undefined,
      mode: (mode || undefined) as 'long-term' | 'flexible' | undefined,
      ...page,
    },
    view === 'roster',
  );
  const ending = useTermsEnding(
    {
      area: area || undefined,
      donor: donor || undefined,
      days: Number(days),
      ...page,
    },
    view === 'ending',
  );
  const persons = usePersons(
    { donor: donor || undefined, q: q || undefined, ...page },
    view === 'persons',
  );
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });
  const filtered =
    view === 'persons'
      ? !!(donor || q)
      : view === 'ending'
        ? !!(area || donor)
        : !!(area || donor || kind || mode);

  const asOf = view === 'ending' ? (ending.data?.date ?? today()) : date;
  const rosterColumns: ColumnsType<RosterItem> = [
    {
      title: t('people.colName'),
      key: 'name',
      render: (_, r) => <PersonNameCell person={r.person} />,
    },
    {
      title: t('people.colDonor'),
      key: 'donor',
      render: (_, r) => bilingual(r.person.donor, language),
    },
    { title: t('people.colKind'), key: 'kind', render: (_, r) => kindName(r.posting.kind) },
    {
      title: t('people.person.colBatch'),
      key: 'batch',
      render: (_, r) => <BatchLink batch={r.posting.batch} />,
    },
    {
      title: t('people.colRole'),
      key: 'role',
      render: (_, r) => (
        <Space size={6} wrap>
          <span>{r.posting.role}</span>
          {r.posting.mode === 'flexible' ? (
            <Tag color="purple">{t('people.modes.flexible')}</Tag>
          ) : null}
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
      render: (_, r) => (
        <Link to={`/areas/${r.posting.area.code}`}>
          <AreaName area={r.posting.area} />
        </Link>
      ),
    },
    {
      title: t('people.colTerm'),
      key: 'term',
      render: (_, r) => (
        <Space size={6} wrap>
          <Dates from={r.posting.termStart} to={r.posting.endsOn} />
          <EndingTag endsOn={r.posting.endsOn} date={asOf} />
        </Space>
      ),
    },
    {
      title: t('people.colPhone'),
      key: 'phone',
      render: (_, r) => (
        <PersonalValue
          value={r.person.personal.phone}
          masked={r.person.personal.masked}
          testId="roster-phone"
        />
      ),
    },
  ];
  const personColumns: ColumnsType<PersonListItem> = [
    { title: t('people.colName'), key: 'name', render: (_, p) => <PersonNameCell person={p} /> },
    { title: t('people.person.sex'), key: 'sex', render: (_, p) => t(`people.sex.${p.sex}`) },
    { title: t('people.colDonor'), key: 'donor', render: (_, p) => bilingual(p.donor, language) },
    {
      title: t('people.colPhone'),
      key: 'phone',
      render: (_, p) => (
        <PersonalValue value={p.personal.phone} masked={p.personal.masked} testId="person-phone" />
      ),
    },
    { title: t('people.colPostings'), dataIndex: 'postings', align: 'right' },
  ];

  const newButton = can('people.write') ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/people/new')}>
      {t('people.newPerson')}
    </Button>
  ) : null;

  const donorFilter = (
    <FilterSelect
      id="pp-donor"
      label={t('people.donor')}
      width={150}
      searchable
      placeholder={t('people.allDonors')}
      value={donor}
      {...donorChoices}
      onChange={(value) => setFilter({ donor: value })}
    />
  );
  const areaFilter = (
    <Space size={6}>
      <label htmlFor="pp-area">{t('people.area')}</label>
      <AreaPicker
        id="pp-area"
        within="650000"
        style={{ width: 220 }}
        placeholder={t('people.areaPlaceholder')}
        value={area || undefined}
        onChange={(code) => setFilter({ area: code })}
        data-testid="pp-area"
      />
    </Space>
  );

  const filterBar = (
    <FilterBar label={t('people.filters')}>
      <Space size={6} wrap style={{ maxWidth: '100%' }}>
        <span id="pp-view-label">{t('people.viewLabel')}</span>
        <Segmented<View>
          style={{ maxWidth: '100%', overflowX: 'auto' }}
          aria-labelledby="pp-view-label"
          value={view}
          onChange={(value) =>
            update({ view: value === 'roster' ? undefined : value, page: undefined })
          }
          options={VIEWS.map((v) => ({ value: v, label: t(`people.views.${v}`) }))}
        />
      </Space>
      {view === 'persons' ? null : areaFilter}
      {donorFilter}
      {view === 'roster' ? (
        <>
          <DateFilter
            id="pp-date"
            label={t('people.date')}
            date={date}
            onChange={(iso) => setFilter({ date: iso })}
          />
          <FilterSelect
            id="pp-kind"
            label={t('people.kind')}
            width={120}
            placeholder={t('people.allKinds')}
            value={kind}
            loading={kinds.isPending}
            options={(kinds.data ?? []).map((k) => ({
              value: k.code,
              label: kindName(k.code),
            }))}
            onChange={(value) => setFilter({ kind: value })}
          />
          <FilterSelect
            id="pp-mode"
            label={t('people.mode')}
            width={110}
            placeholder={t('people.allModes')}
            value={mode}
            options={(['long-term', 'flexible'] as const).map((m) => ({
              value: m,
              label: t(`people.modes.${m}`),
            }))}
            onChange={(value) => setFilter({ mode: value })}
          />
        </>
      ) : null}
      {view === 'ending' ? (
        <FilterSelect
          id="pp-days"
          label={t('people.days')}
          width={120}
          clearable={false}
          value={days}
          options={ENDING_DAYS.map((d) => ({
            value: d,
            label: t('people.daysOption', { days: d }),
          }))}
          onChange={(value) => setFilter({ days: value === '90' ? undefined : value })}
        />
      ) : null}
      {view === 'persons' ? (
        <Input.Search
          aria-label={t('people.search')}
          style={{ width: 200 }}
          allowClear
          placeholder={t('people.searchPlaceholder')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            if (!e.target.value) setFilter({ q: undefined });
          }}
          onSearch={(value) => setFilter({ q: value.trim() || undefined })}
        />
      ) : null}
      {filtered ? (
        <Button
          onClick={() =>
            setFilter({
              area: undefined,
              donor: undefined,
              kind: undefined,
              mode: undefined,
              q: undefined,
            })
          }
        >
          {t('people.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );

  const emptyText = (pending: boolean, empty: string) =>
    pending ? (
      ' '
    ) : (
      <Empty
        description={filtered ? t('people.noMatch') : empty}
        image={Empty.PRESENTED_IMAGE_SIMPLE}
      >
        {filtered || view !== 'persons' ? null : newButton}
      </Empty>
    );
  const onPage = (pagination: Parameters<typeof paging.pageParams>[0]) =>
    update(paging.pageParams(pagination));

  const rosterLike = view === 'roster' ? roster : ending;
  return (
    <>
      <PageTitle
        title={t('people.title')}
        intro={t('people.intro')}
        extra={
          <Space wrap>
            {can('people.write') ? <NewBatchButton /> : null}
            {newButton}
            {/* The export is the persons list's (its filters and order, decision 0082). */}
            {view === 'persons' ? <ExportButton kind="people" filters={{ donor, q }} /> : null}
          </Space>
        }
      />
      {filterBar}
      {view === 'persons' ? (
        persons.isError && !persons.data ? (
          <ErrorResult error={persons.error} onRetry={() => void persons.refetch()} />
        ) : (
          <ResponsiveTable<PersonListItem>
            data-testid="persons-table"
            rowKey="id"
            size="middle"
            loading={persons.isFetching}
            columns={personColumns}
            dataSource={persons.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: emptyText(persons.isPending, t('people.emptyPersons')) }}
            pagination={paging.pagination(persons.data?.total ?? 0)}
            onChange={onPage}
          />
        )
      ) : rosterLike.isError && !rosterLike.data ? (
        <ErrorResult error={rosterLike.error} onRetry={() => void rosterLike.refetch()} />
      ) : (
        <ResponsiveTable<RosterItem>
          data-testid="roster-table"
          rowKey={(r) => r.posting.id}
          size="middle"
          loading={rosterLike.isFetching}
          columns={rosterColumns}
          dataSource={rosterLike.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          onRow={(r) =>
            daysToEnd(r.posting.endsOn, asOf) !== null
              ? ({
                  style: { background: '#fffbe6' },
                  'data-ending': 'true',
                } as React.HTMLAttributes<HTMLElement>)
              : {}
          }
          locale={{
            emptyText: emptyText(
              rosterLike.isPending,
              view === 'ending' ? t('people.emptyEnding') : t('people.empty'),
            ),
          }}
          pagination={paging.pagination(rosterLike.data?.total ?? 0)}
          onChange={onPage}
        />
      )}
    </>
  );
}
