import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Tag } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan, useProgrammes, useProjects, useProjectTypes } from '../api/hooks';
import { useDonorOptions, useProgrammeOptions, yearOptions } from '../api/options';
import type { ProjectSummary } from '../api/types';
import { STAGES } from '../api/vocabulary';
import { AreaPicker } from '../components/AreaPicker';
import { donorName } from '../components/DonorTag';
import { ErrorResult } from '../components/ErrorResult';
import { ExportButton } from '../components/ExportButton';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { LocalName } from '../components/LocalName';
import { Ltr } from '../components/Ltr';
import { Money } from '../components/Money';
import { withUnit } from '../components/MoneyInput';
import { PageTitle } from '../components/PageTitle';
import { type ResponsiveColumn, ResponsiveTable } from '../components/ResponsiveTable';
import { StageTag } from '../components/StageTag';
import { areaName } from '../lib/areaName';
import { formatDate, joinList } from '../lib/format';
import { useUrlPaging } from '../lib/urlPaging';
import { useUrlState } from '../lib/urlState';
import { projectsListQuery } from './projectsQuery';

const SORTABLE = ['code', 'name', 'budgetFen', 'year', 'updatedAt'] as const;

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { params, update } = useUrlState();
  const can = useCan();
  const programmeChoices = useProgrammeOptions();
  const donorChoices = useDonorOptions();
  const types = useProjectTypes();
  const language = i18n.language;

  const programme = params.get('programme') ?? '';
  const donor = params.get('donor') ?? '';
  const year = params.get('year') ?? '';
  const stage = params.get('stage') ?? '';
  const type = params.get('type') ?? '';
  const area = params.get('area') ?? '';
  const q = params.get('q') ?? '';
  const sort = params.get('sort') || 'code';
  const paging = useUrlPaging();
  // The area picker opens on the chosen programme's province (Xinjiang's prefectures).
  const programmes = useProgrammes();
  const provinces =
    programmes.data?.items.find((p) => p.code === programme)?.recipientProvinces ?? [];
  const areaRoot = provinces.length === 1 ? provinces[0] : undefined;

  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  const projects = useProjects(projectsListQuery(params));

  const sortField = sort.replace(/^-/, '');
  const sortOrder = (key: string): SortOrder =>
    sortField === key ? (sort.startsWith('-') ? 'descend' : 'ascend') : null;
  const typeName = (code: string) => {
    const ty = types.data?.items.find((x) => x.code === code);
    return ty ? (language === 'en' ? ty.nameEn : ty.name) : code;
  };

  const columns: ResponsiveColumn<ProjectSummary>[] = [
    {
      title: t('projects.colCode'),
      key: 'code',
      sorter: true,
      sortOrder: sortOrder('code'),
      render: (_, p) => (
        <Link to={`/projects/${encodeURIComponent(p.code)}`} style={{ whiteSpace: 'nowrap' }}>
          <Ltr>{p.code}</Ltr>
        </Link>
      ),
    },
    {
      title: t('projects.colName'),
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, p) => (
        <Space size={6} wrap>
          <span>
            <LocalName zh={p.name.zh} en={p.name.en} ug={p.name.ug} />
          </span>
          {p.published ? null : <Tag>{t('projects.unpublished')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('projects.colDonor'),
      key: 'donor',
      render: (_, p) => donorName({ name: p.donorName, nameEn: p.donorNameEn }, language),
    },
    {
      title: t('projects.colAreas'),
      key: 'areas',
      render: (_, p) => (
        <span data-testid="project-areas">
          {joinList(
            p.locations.map((l) => areaName(l, language)),
            language,
          )}
        </span>
      ),
    },
    { title: t('projects.colType'), key: 'type', render: (_, p) => typeName(p.type) },
    { title: t('projects.colStage'), key: 'stage', render: (_, p) => <StageTag stage={p.stage} /> },
    {
      title: t('projects.colYear'),
      key: 'year',
      sorter: true,
      sortOrder: sortOrder('year'),
      render: (_, p) => p.year,
    },
    {
      title: withUnit(t, t('projects.colBudget')),
      key: 'budgetFen',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('budgetFen'),
      render: (_, p) => <Money fen={p.budgetFen} />,
    },
    {
      title: t('projects.colUpdated'),
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(p.updatedAt)}</span>,
    },
  ];

  const filtered = !!(programme || donor || year || stage || type || area || q);
  const canCreate = can('projects.write');
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });

  const filterBar = (
    <FilterBar label={t('projects.filters')}>
      <FilterSelect
        id="pf-programme"
        label={t('projects.programme')}
        width={180}
        placeholder={t('common.all')}
        value={programme}
        {...programmeChoices}
        onChange={(value) => setFilter({ programme: value })}
      />
      <FilterSelect
        id="pf-donor"
        label={t('projects.donor')}
        width={150}
        searchable
        placeholder={t('projects.allDonors')}
        value={donor}
        {...donorChoices}
        onChange={(value) => setFilter({ donor: value })}
      />
      <FilterSelect
        id="pf-year"
        label={t('projects.year')}
        width={110}
        placeholder={t('projects.allYears')}
        value={year}
        options={yearOptions()}
        onChange={(value) => setFilter({ year: value })}
      />
      <FilterSelect
        id="pf-stage"
        label={t('projects.stage')}
        width={120}
        placeholder={t('projects.allStages')}
        value={stage}
        options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
        onChange={(value) => setFilter({ stage: value })}
      />
      <FilterSelect
        id="pf-type"
        label={t('projects.type')}
        width={130}
        placeholder={t('projects.allTypes')}
        value={type}
        loading={types.isPending}
        options={(types.data?.items ?? []).map((ty) => ({
          value: ty.code,
          label: language === 'en' ? ty.nameEn : ty.name,
        }))}
        onChange={(value) => setFilter({ type: value })}
      />
      <Space size={6}>
        <label htmlFor="pf-area">{t('projects.area')}</label>
        <AreaPicker
          id="pf-area"
          within={areaRoot}
          style={{ width: 220 }}
          placeholder={t('projects.areaPlaceholder')}
          value={area || undefined}
          onChange={(code) => setFilter({ area: code })}
          data-testid="pf-area"
        />
      </Space>
      <Input.Search
        aria-label={t('projects.search')}
        style={{ width: 220 }}
        allowClear
        placeholder={t('projects.searchPlaceholder')}
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          if (!e.target.value) setFilter({ q: undefined });
        }}
        onSearch={(value) => setFilter({ q: value.trim() || undefined })}
      />
      {filtered ? (
        <Button
          onClick={() =>
            setFilter({
              programme: undefined,
              donor: undefined,
              year: undefined,
              stage: undefined,
              type: undefined,
              area: undefined,
              q: undefined,
            })
          }
        >
          {t('projects.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );

  const newButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')}>
      {t('projects.newProject')}
    </Button>
  ) : null;

  return (
    <>
      <PageTitle
        title={t('projects.title')}
        intro={t('projects.intro')}
        extra={
          <Space wrap>
            {newButton}
            <ExportButton
              kind="projects"
              filters={{ programme, donor, year, stage, type, area, q, sort }}
            />
            <ExportButton kind="ledger" filters={{ programme, donor, year, area }} />
          </Space>
        }
      />
      {filterBar}
      {projects.isError && !projects.data ? (
        <ErrorResult error={projects.error} onRetry={() => void projects.refetch()} />
      ) : (
        <ResponsiveTable<ProjectSummary>
          data-testid="projects-table"
          rowKey="code"
          size="middle"
          loading={projects.isFetching}
          columns={columns}
          dataSource={projects.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: projects.isPending ? (
              ' '
            ) : (
              <Empty
                description={
                  filtered
                    ? t('projects.noMatch')
                    : canCreate
                      ? t('projects.emptyEditor')
                      : t('projects.empty')
                }
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              >
                {filtered ? null : newButton}
              </Empty>
            ),
          }}
          pagination={paging.pagination(projects.data?.total ?? 0)}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = String(s?.columnKey ?? '');
            const nextSort =
              s?.order && (SORTABLE as readonly string[]).includes(key)
                ? `${s.order === 'descend' ? '-' : ''}${key}`
                : undefined;
            const sortChanged = (nextSort ?? 'code') !== sort;
            const { page, size } = paging.pageParams(pagination);
            update({
              sort: nextSort === 'code' ? undefined : nextSort,
              page: sortChanged ? undefined : page,
              size,
            });
          }}
        />
      )}
    </>
  );
}
