import { DeleteOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Empty, Select, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useProjects } from '../../api/hooks';
import type { ComplianceProjectBreakdown, ProjectList, ProjectSummary } from '../../api/types';
import { Money } from '../../components/Money';
import { MoneyInput, withUnit } from '../../components/MoneyInput';
import { fenToWanInput, formatShare, parseWanToFen } from '../../lib/money';
import type { DraftItem } from '../../lib/planDraft';
import { localName, projectName } from '../../lib/projectName';
import { useDebounced } from '../../lib/useDebounced';

const PAGE = 200;

/** Searches the donor's projects of the programme and adds the one picked. */
function AddProject({
  programme,
  donor,
  taken,
  onAdd,
}: {
  programme: string;
  donor: string;
  taken: ReadonlySet<string>;
  onAdd: (items: DraftItem[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const projects = useProjects({ programme, donor, q: q || undefined, sort: '-year', limit: 20 });
  const found = projects.data?.items ?? [];
  return (
    <Space size={6}>
      <label htmlFor="plan-add-project">{t('plans.items.add')}</label>
      <Select<string>
        id="plan-add-project"
        style={{ width: 380 }}
        value={null}
        placeholder={t('plans.items.addPlaceholder')}
        showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
        notFoundContent={
          projects.isFetching ? <Spin size="small" /> : t('plans.items.noProjectFound')
        }
        options={found.map((p) => ({
          value: p.code,
          disabled: taken.has(p.code),
          label: `${p.code} ${projectName(p.name, i18n.language)} · ${p.year}${
            taken.has(p.code) ? ` (${t('plans.items.inPlan')})` : ''
          }`,
        }))}
        onChange={(code) => {
          const p = found.find((x) => x.code === code);
          if (!p) return;
          setSearch('');
          onAdd([
            {
              project: p.code,
              name: p.name.zh,
              nameEn: p.name.en,
              text: fenToWanInput(p.budgetFen),
            },
          ]);
        }}
      />
    </Space>
  );
}

/** Adds every project of the donor in one year, each at its budget. */
function AddYear({
  programme,
  donor,
  initialYear,
  years,
  taken,
  onAdd,
}: {
  programme: string;
  donor: string;
  initialYear: number;
  years: number[];
  taken: ReadonlySet<string>;
  onAdd: (items: DraftItem[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [year, setYear] = useState(initialYear);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const all: ProjectSummary[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await api<ProjectList>('/api/projects', {
          query: { programme, donor, year, sort: 'code', limit: PAGE, offset },
        });
        all.push(...page.items);
        if (all.length >= page.total || page.items.length === 0) break;
      }
      const fresh = all.filter((p) => !taken.has(p.code) && p.stage !== 'cancelled');
      onAdd(
        fresh.map((p) => ({
          project: p.code,
          name: p.name.zh,
          nameEn: p.name.en,
          text: fenToWanInput(p.budgetFen),
        })),
      );
      void message.info(t('plans.items.addedYear', { count: fresh.length, year }));
    } catch (err) {
      void message.error(t('plans.items.addYearFailed', { detail: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space size={6}>
      <label htmlFor="plan-add-year">{t('plans.items.addYear')}</label>
      <Select<number>
        id="plan-add-year"
        style={{ width: 100 }}
        value={year}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        onChange={setYear}
      />
      <Button loading={busy} onClick={() => void run()}>
        {t('plans.items.addYearButton')}
      </Button>
    </Space>
  );
}

/**
 * The plan's projects with their planned funds: inputs in yuan while the plan may be edited, and
 * each project's county-and-below and livelihood parts from the figures shown above.
 */
export function PlanItems({
  programme,
  donor,
  year,
  items,
  editable,
  breakdown,
  errors,
  onChange,
}: {
  programme: string;
  donor: string;
  year: number;
  items: DraftItem[];
  editable: boolean;
  breakdown: ReadonlyMap<string, ComplianceProjectBreakdown>;
  /** Server field errors by project code. */
  errors: Readonly<Record<string, string>>;
  onChange: (items: DraftItem[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const taken = new Set(items.map((i) => i.project));
  const add = (added: DraftItem[]) => {
    if (!added.length) return;
    onChange([...added, ...items.filter((i) => !added.some((a) => a.project === i.project))]);
    setPage(1);
  };
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => Math.max(year, thisYear) - i);

  const columns: ColumnsType<DraftItem> = [
    {
      title: t('plans.items.colProject'),
      key: 'project',
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/projects/${encodeURIComponent(i.project)}`}>{i.project}</Link>
          <Typography.Text type="secondary">
            {localName(i.name, i.nameEn, i18n.language)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: withUnit(t, t('plans.items.colPlanned')),
      key: 'planned',
      align: 'right',
      width: 200,
      render: (_, i) => {
        const fen = parseWanToFen(i.text);
        if (!editable) return <Money fen={fen} testId={`planned-${i.project}`} />;
        const error = fen === null ? t('money.invalid') : errors[i.project];
        return (
          <Space orientation="vertical" size={0} style={{ width: '100%' }}>
            <MoneyInput
              aria-label={t('plans.items.plannedFor', { code: i.project })}
              data-testid={`planned-${i.project}`}
              preview={false}
              value={i.text}
              status={error ? 'error' : undefined}
              style={{ textAlign: 'right', width: 170 }}
              onChange={(e) =>
                onChange(
                  items.map((x) => (x.project === i.project ? { ...x, text: e.target.value } : x)),
                )
              }
            />
            {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
          </Space>
        );
      },
    },
    {
      title: withUnit(t, t('plans.items.colCounty')),
      key: 'county',
      align: 'right',
      render: (_, i) => {
        const b = breakdown.get(i.project);
        return b ? <Money fen={b.countyAndBelowFen} /> : t('common.none');
      },
    },
    {
      title: withUnit(t, t('plans.items.colLivelihood')),
      key: 'livelihood',
      align: 'right',
      render: (_, i) => {
        const b = breakdown.get(i.project);
        return b ? (
          <span title={formatShare(b.livelihoodShareBp)}>
            <Money fen={b.livelihoodFen} />
          </span>
        ) : (
          t('common.none')
        );
      },
    },
    ...(editable
      ? [
          {
            title: t('plans.items.colActions'),
            key: 'actions',
            render: (_: unknown, i: DraftItem) => (
              <Button
                danger
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('plans.items.remove', { code: i.project })}
                title={t('plans.items.remove', { code: i.project })}
                onClick={() => onChange(items.filter((x) => x.project !== i.project))}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {editable ? (
        <Space wrap size="large" style={{ marginBottom: 12 }}>
          <AddProject programme={programme} donor={donor} taken={taken} onAdd={add} />
          <AddYear
            programme={programme}
            donor={donor}
            initialYear={Math.min(year, thisYear)}
            years={years}
            taken={taken}
            onAdd={add}
          />
        </Space>
      ) : null}
      <Table<DraftItem>
        data-testid="plan-items"
        rowKey="project"
        size="small"
        columns={columns}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          onChange: setPage,
          pageSize: 20,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        locale={{
          emptyText: (
            <Empty
              description={editable ? t('plans.items.emptyEditable') : t('plans.items.empty')}
              image={Empty.PRESENTED_IMAGE_SIMPLE}
            />
          ),
        }}
      />
    </>
  );
}
