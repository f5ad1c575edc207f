import { LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMeasures } from '../api/analytics';
import { useProjectTypes, useSession } from '../api/hooks';
import { useDonorOptions, useProgrammeOptions } from '../api/options';
import { STAGES } from '../api/vocabulary';
import { AreaPicker } from '../components/AreaPicker';
import { FilterBar, FilterSelect } from '../components/FilterBar';
import { LoginRequired } from '../components/LoginRequired';
import { PageTitle } from '../components/PageTitle';
import { AddToDashboard } from './analysis/AddToDashboard';
import { DimensionZones } from './analysis/DimensionZones';
import { measureLabel } from './analysis/labels';
import { PivotResult, useKnownMeasures } from './analysis/PivotResult';
import {
  AREA_LEVELS,
  DIMENSION_FILTERS,
  type PivotState,
  parsePivot,
  pivotParams,
  VIEWS,
} from './analysis/pivot';

/**
 * 分析 Analysis: a pivot over the analytics endpoint — measures, dimensions dragged (or moved by
 * buttons) to rows and columns, filters, the table with the server's totals, a chart of it —
 * all in the URL, so any view is a link; and saved to a dashboard from here.
 */
export function AnalysisPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return null;
  if (!session.data) {
    return (
      <>
        <PageTitle title={t('analysis.title')} />
        <LoginRequired title={t('analysis.loginTitle')} subTitle={t('analysis.loginHint')} />
      </>
    );
  }
  return <Pivot />;
}

function Pivot() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parsePivot(params), [params]);
  const measures = useMeasures();
  const known = useKnownMeasures(state);
  const programmes = useProgrammeOptions();
  const donors = useDonorOptions();
  const [adding, setAdding] = useState(false);
  const language = i18n.language;

  const set = (change: Partial<PivotState>) =>
    setParams(pivotParams({ ...known.state, ...change }), { replace: true });
  const setFilters = (change: Partial<PivotState['filters']>) =>
    set({ filters: { ...known.state.filters, ...change } });

  const items = measures.data?.items ?? [];
  const types = useProjectTypes();
  const dimensionOptions = (d: (typeof DIMENSION_FILTERS)[number]) => {
    if (d === 'projectType') {
      return (types.data?.items ?? []).map((p) => {
        const named = p as { code: string; name: string; nameEn?: string | null };
        return {
          value: named.code,
          label: language === 'en' && named.nameEn ? named.nameEn : named.name,
        };
      });
    }
    if (d === 'stage') return STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }));
    return (['in-pair', 'cross-pair'] as const).map((k) => ({
      value: k,
      label: t(`analysis.pairingKinds.${k}`),
    }));
  };
  const dimName = (d: string) =>
    t(`analysis.dims.${d}`, { defaultValue: t('analysis.dims.other') });
  const placed = [...known.state.rows, ...known.state.columns];
  const link = `${window.location.origin}/analysis?${pivotParams(state).toString()}`;
  const defaultTitle = known.state.measures
    .map((m) =>
      measureLabel(
        items.find((x) => x.name === m),
        m,
        language,
      ),
    )
    .join(language === 'en' ? ', ' : '、');

  return (
    <>
      <PageTitle title={t('analysis.title')} intro={t('analysis.intro')} />
      <Card size="small" style={{ marginBottom: 16 }} title={t('analysis.setup')}>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space size={6} wrap style={{ width: '100%' }}>
            <label htmlFor="pivot-measures">{t('analysis.measures')}</label>
            <Select
              id="pivot-measures"
              data-testid="pivot-measures"
              mode="multiple"
              style={{ minWidth: 'min(420px, 100%)', maxWidth: 900 }}
              loading={measures.isPending}
              value={known.state.measures}
              placeholder={t('analysis.measuresPlaceholder')}
              optionFilterProp="label"
              options={items.map((m) => ({
                value: m.name,
                label: measureLabel(m, m.name, language),
                title: language === 'en' ? m.description.en : m.description.zh,
              }))}
              onChange={(value: string[]) => set({ measures: value })}
            />
          </Space>
          <DimensionZones
            available={known.available}
            rows={known.state.rows}
            columns={known.state.columns}
            name={dimName}
            onChange={(next) => {
              // a year is the period at year granularity: the server takes one or the other
              const after = [...next.rows, ...next.columns];
              if (after.includes('year') && after.includes('period')) {
                const old = placed.includes('year') ? 'year' : 'period';
                set({
                  rows: next.rows.filter((d) => d !== old),
                  columns: next.columns.filter((d) => d !== old),
                });
              } else set(next);
            }}
          />
          {placed.includes('area') || placed.includes('period') ? (
            <Space wrap size="large">
              {placed.includes('area') ? (
                <FilterSelect
                  id="pivot-area-level"
                  label={t('analysis.areaLevel')}
                  width={140}
                  clearable={false}
                  value={state.areaLevel}
                  options={AREA_LEVELS.map((l) => ({ value: l, label: t(`analysis.levels.${l}`) }))}
                  onChange={(v) => set({ areaLevel: v ?? 'prefecture' })}
                />
              ) : null}
              {placed.includes('period') ? (
                <FilterSelect
                  id="pivot-granularity"
                  label={t('analysis.granularity')}
                  width={120}
                  clearable={false}
                  value={known.state.granularity}
                  options={known.granularities.map((g) => ({
                    value: g,
                    label: t(`analysis.granularities.${g}`),
                  }))}
                  onChange={(v) => set({ granularity: v ?? 'year' })}
                />
              ) : null}
            </Space>
          ) : null}
        </Space>
      </Card>

      <FilterBar label={t('analysis.filters')}>
        <FilterSelect
          id="pivot-programme"
          label={t('analysis.programme')}
          width={200}
          placeholder={t('analysis.allProgrammes')}
          value={state.filters.programme}
          options={programmes.options}
          loading={programmes.loading}
          onChange={(v) => setFilters({ programme: v })}
        />
        <FilterSelect
          id="pivot-donor"
          label={t('analysis.donor')}
          width={180}
          placeholder={t('analysis.allDonors')}
          searchable
          value={state.filters.donor}
          options={donors.options}
          loading={donors.loading}
          onChange={(v) => setFilters({ donor: v })}
        />
        <Space size={6}>
          <label htmlFor="pivot-area">{t('analysis.area')}</label>
          <AreaPicker
            id="pivot-area"
            style={{ width: 220 }}
            value={state.filters.area}
            placeholder={t('analysis.allAreas')}
            onChange={(code) => setFilters({ area: code })}
          />
        </Space>
        {DIMENSION_FILTERS.filter((d) => known.available.includes(d)).map((d) => (
          <FilterSelect
            key={d}
            id={`pivot-${d}`}
            label={t(`analysis.dims.${d}`)}
            width={160}
            placeholder={t('analysis.all')}
            searchable
            value={known.state.filters[d]}
            options={dimensionOptions(d)}
            onChange={(v) => setFilters({ [d]: v })}
          />
        ))}
        <Space size={6}>
          <label htmlFor="pivot-period">{t('analysis.period')}</label>
          <DatePicker.RangePicker
            id={{ start: 'pivot-period', end: 'pivot-period-end' }}
            format="YYYY-MM-DD"
            allowEmpty={[true, true]}
            value={[
              state.filters.from ? dayjs(state.filters.from) : null,
              state.filters.to ? dayjs(state.filters.to) : null,
            ]}
            presets={[0, 1, 2].map((back) => {
              const y = dayjs().year() - back;
              return {
                label: String(y),
                value: [dayjs(`${y}-01-01`), dayjs(`${y}-12-31`)] as [dayjs.Dayjs, dayjs.Dayjs],
              };
            })}
            onChange={(range) =>
              setFilters({
                from: range?.[0]?.format('YYYY-MM-DD'),
                to: range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
        </Space>
      </FilterBar>

      <div
        style={{
          display: 'flex',
          gap: 12,
          flexWrap: 'wrap',
          alignItems: 'center',
          marginBottom: 16,
        }}
      >
        <span id="pivot-view-label">{t('analysis.view')}</span>
        <Segmented
          aria-labelledby="pivot-view-label"
          data-testid="pivot-view"
          value={state.view}
          options={VIEWS.map((v) => ({ value: v, label: t(`analysis.views.${v}`) }))}
          onChange={(v) => set({ view: v })}
        />
        {state.view !== 'table' && known.state.measures.length > 1 ? (
          <FilterSelect
            id="pivot-chart-measure"
            label={t('analysis.chartMeasure')}
            width={200}
            clearable={false}
            value={
              state.chartMeasure && known.state.measures.includes(state.chartMeasure)
                ? state.chartMeasure
                : known.state.measures[0]
            }
            options={known.state.measures.map((m) => ({
              value: m,
              label: measureLabel(
                items.find((x) => x.name === m),
                m,
                language,
              ),
            }))}
            onChange={(v) => set({ chartMeasure: v })}
          />
        ) : null}
        <div style={{ flex: 1 }} />
        <Button
          icon={<LinkOutlined />}
          data-testid="pivot-copy-link"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(link)
              .then(() => message.success(t('analysis.linkCopied')))
              .catch(() => message.info(link))
          }
        >
          {t('analysis.copyLink')}
        </Button>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="pivot-add"
          disabled={!known.ok}
          onClick={() => setAdding(true)}
        >
          {t('analysis.addToDashboard')}
        </Button>
      </div>

      <PivotResult
        state={known.state}
        show={state.view === 'table' ? 'table' : 'chart-and-table'}
      />

      <AddToDashboard
        open={adding}
        onClose={() => setAdding(false)}
        query={pivotParams(known.state).toString()}
        defaultTitle={defaultTitle}
        defaultKind={state.view === 'table' ? 'pivot' : 'chart'}
      />
    </>
  );
}
