import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  useOrganisations,
  useProgrammes,
  useProjects,
  useProjectTypes,
  useSession,
} from '../api/hooks';
import { type ProjectSummary, STAGES } from '../api/types';
import { ErrorResult } from '../components/ErrorResult';
import { Money } from '../components/Money';
import { PageTitle } from '../components/PageTitle';
import { StageTag } from '../components/StageTag';
import { formatDate } from '../lib/format';
import { hasAnyRole, useUrlState } from '../lib/urlState';

const PAGE_SIZES = [20, 50, 100];
const SORTABLE = ['code', 'name', 'budgetFen', 'year', 'updatedAt'] as const;
const AREA_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;
const FIRST_YEAR = 2010;

export function projectName(name: { zh: string; en: string | null }, language: string): string {
  return language === 'en' && name.en ? name.en : name.zh;
}

/** One labelled, clearable filter of the registry's filter bar. */
function FilterSelect(props: {
  id: string;
  label: string;
  width: number;
  placeholder: string;
  value: string | undefined | null;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  loading?: boolean;
  searchable?: boolean;
}) {
  return (
    <Space size={6}>
      <label htmlFor={props.id}>{props.label}</label>
      <Select
        id={props.id}
        style={{ width: props.width }}
        allowClear
        showSearch={props.searchable ? { optionFilterProp: 'label' } : false}
        placeholder={props.placeholder}
        value={props.value || undefined}
        loading={props.loading ?? false}
        options={props.options}
        onChange={(value: string | undefined) => props.onChange(value)}
      />
    </Space>
  );
}

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { params, update } = useUrlState();
  const session = useSession();
  const programmes = useProgrammes();
  const types = useProjectTypes();
  const donors = useOrganisations('donor-province');
  const language = i18n.language;

  const programme = params.get('programme') ?? '';
  const donor = params.get('donor') ?? '';
  const year = params.get('year') ?? '';
  const stage = params.get('stage') ?? '';
  const type = params.get('type') ?? '';
  const area = params.get('area') ?? '';
  const q = params.get('q') ?? '';
  const sort = params.get('sort') || 'code';
  const pageSize = Number(params.get('size')) || 20;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const [areaText, setAreaText] = useState(area);
  useEffect(() => setAreaText(area), [area]);
  const areaValid = !areaText || AREA_CODE.test(areaText);

  const projects = useProjects({
    programme: programme || undefined,
    donor: donor || undefined,
    year: year || undefined,
    stage: stage || undefined,
    type: type || undefined,
    area: area || undefined,
    q: q || undefined,
    sort,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });

  const sortField = sort.replace(/^-/, '');
  const sortOrder = (key: string): SortOrder =>
    sortField === key ? (sort.startsWith('-') ? 'descend' : 'ascend') : null;
  const typeName = (code: string) => {
    const ty = types.data?.items.find((x) => x.code === code);
    return ty ? (language === 'en' ? ty.nameEn : ty.name) : code;
  };

  const columns: ColumnsType<ProjectSummary> = [
    {
      title: t('projects.colCode'),
      key: 'code',
      sorter: true,
      sortOrder: sortOrder('code'),
      render: (_, p) => (
        <Link to={`/projects/${encodeURIComponent(p.code)}`} style={{ whiteSpace: 'nowrap' }}>
          {p.code}
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
          <span>{projectName(p.name, language)}</span>
          {p.published ? null : <Tag>{t('projects.unpublished')}</Tag>}
        </Space>
      ),
    },
    { title: t('projects.colDonor'), key: 'donor', render: (_, p) => p.donorName },
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
      title: t('projects.colBudget'),
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

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => thisYear + 1 - i);
  const filtered = !!(programme || donor || year || stage || type || area || q);
  const canCreate = hasAnyRole(session.data, 'coordinator', 'donor-editor');
  const setFilter = (changes: Record<string, string | undefined>) =>
    update({ ...changes, page: undefined });

  const filterBar = (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap size="middle" role="search" aria-label={t('projects.filters')}>
        <FilterSelect
          id="pf-programme"
          label={t('projects.programme')}
          width={180}
          placeholder={t('common.all')}
          value={programme}
          loading={programmes.isPending}
          options={(programmes.data?.items ?? []).map((p) => ({
            value: p.code,
            label: language === 'en' ? p.nameEn : p.name,
          }))}
          onChange={(value) => setFilter({ programme: value })}
        />
        <FilterSelect
          id="pf-donor"
          label={t('projects.donor')}
          width={150}
          searchable
          placeholder={t('projects.allDonors')}
          value={donor}
          loading={donors.isPending}
          options={(donors.data?.items ?? []).map((o) => ({
            value: o.code,
            label: language === 'en' && o.nameEn ? o.nameEn : o.name,
          }))}
          onChange={(value) => setFilter({ donor: value })}
        />
        <FilterSelect
          id="pf-year"
          label={t('projects.year')}
          width={110}
          placeholder={t('projects.allYears')}
          value={year}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
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
          <Input
            id="pf-area"
            style={{ width: 150 }}
            allowClear
            inputMode="numeric"
            placeholder={t('projects.areaPlaceholder')}
            status={areaValid ? undefined : 'error'}
            title={areaValid ? undefined : t('projects.areaInvalid')}
            value={areaText}
            onChange={(e) => {
              const value = e.target.value.trim();
              setAreaText(value);
              if (!value || AREA_CODE.test(value)) setFilter({ area: value });
            }}
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
      </Space>
      {areaValid ? null : (
        <Typography.Text type="danger" style={{ display: 'block', marginTop: 8 }}>
          {t('projects.areaInvalid')}
        </Typography.Text>
      )}
    </Card>
  );

  const newButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')}>
      {t('projects.newProject')}
    </Button>
  ) : null;

  return (
    <>
      <PageTitle title={t('projects.title')} intro={t('projects.intro')} extra={newButton} />
      {filterBar}
      {projects.isError && !projects.data ? (
        <ErrorResult error={projects.error} onRetry={() => void projects.refetch()} />
      ) : (
        <Table<ProjectSummary>
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
                description={filtered ? t('projects.noMatch') : t('projects.empty')}
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              >
                {filtered ? null : newButton}
              </Empty>
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: projects.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
          }}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = String(s?.columnKey ?? '');
            const nextSort =
              s?.order && (SORTABLE as readonly string[]).includes(key)
                ? `${s.order === 'descend' ? '-' : ''}${key}`
                : undefined;
            const sortChanged = (nextSort ?? 'code') !== sort;
            update({
              sort: nextSort === 'code' ? undefined : nextSort,
              page: sortChanged || pagination.current === 1 ? undefined : pagination.current,
              size: pagination.pageSize === 20 ? undefined : pagination.pageSize,
            });
          }}
        />
      )}
    </>
  );
}
