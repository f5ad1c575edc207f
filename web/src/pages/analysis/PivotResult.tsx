import { Alert, Empty, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AnalyticsBody, useMeasures } from '../../api/analytics';
import { ErrorResult } from '../../components/ErrorResult';
import { joinList } from '../../lib/format';
import FlowMap from '../../map/FlowMap';
import { MeasureMap } from '../../map/MeasureMap';
import { commonGranularities, reconcileYear } from './dimensions';
import { formatValue } from './labels';
import { type ChartKind, chartData, PivotChart } from './PivotChart';
import { PivotGrid } from './PivotGrid';
import { commonDimensions, DIMENSION_FILTERS, type PivotState, queryBody } from './pivot';
import { usePivot } from './usePivot';

/**
 * A pivot's answer as a table, a chart (with its table alternative) or a key figure, with its
 * loading, empty and error states. Used by the analysis page and by each dashboard item.
 */
export function PivotResult({
  state,
  show,
  chartHeight,
  testId = 'pivot',
}: {
  state: PivotState;
  /** what to show: the table, the chart over the table, the chart alone, the key figure */
  show: 'table' | 'chart-and-table' | 'chart' | 'figure';
  chartHeight?: number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const known = useKnownMeasures(state);
  const answer = usePivot(known.state, { enabled: known.ok });
  const { labels, table } = answer;

  if (known.error) {
    return <ErrorResult error={known.error} title={t('analysis.error')} onRetry={known.retry} />;
  }
  if (known.loading) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (known.state.measures.length === 0) {
    return <Empty description={t('analysis.noMeasure')} data-testid={`${testId}-no-measure`} />;
  }
  if (known.unsupported.length > 0) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid={`${testId}-unsupported`}
        message={t('analysis.unsupported', {
          measures: joinList(
            known.unsupported.map((u) => labels.measure(u.measure)),
            i18n.language,
          ),
          dims: joinList(
            [...new Set(known.unsupported.flatMap((u) => u.dims))].map(labels.dimension),
            i18n.language,
          ),
        })}
      />
    );
  }
  if (answer.error) {
    return (
      <ErrorResult error={answer.error} title={t('analysis.error')} onRetry={answer.refetch} />
    );
  }
  if (answer.isPending || !table || !labels.ready) {
    return <Skeleton active paragraph={{ rows: 6 }} data-testid={`${testId}-loading`} />;
  }
  const s = known.state;
  const measure =
    s.chartMeasure && s.measures.includes(s.chartMeasure) ? s.chartMeasure : (s.measures[0] ?? '');

  if (show === 'figure') {
    return (
      <div data-testid={`${testId}-figure`}>
        {s.measures.map((m) => (
          <Statistic
            key={m}
            title={labels.measureWithUnit(m)}
            value={formatValue(table.grandTotal(m), labels.unit(m))}
          />
        ))}
      </div>
    );
  }

  const hasRows = (s.rows.length ? table.rowKeys.length : 1) > 0 && table.columnKeys.length > 0;
  if (!hasRows) {
    return <Empty description={t('analysis.empty')} data-testid={`${testId}-empty`} />;
  }
  const kind: ChartKind =
    s.view === 'table' || s.view === 'map' || s.view === 'flow' ? 'bar' : s.view;
  const mapMeasure = labels.measures.find((m) => m.name === measure);
  const chart =
    show === 'table' ? null : s.view === 'flow' ? (
      mapMeasure?.dimensions.includes('area') ? (
        <div>
          <Typography.Paragraph type="secondary">{t('analysis.flowNote')}</Typography.Paragraph>
          <FlowMap
            measure={measure}
            programme={s.filters.programme || 'xinjiang'}
            filters={queryBody(s, []).filters as AnalyticsBody['filters']}
            height={chartHeight ? chartHeight + 120 : 560}
            testId={`${testId}-flow`}
          />
        </div>
      ) : (
        <Alert
          type="info"
          showIcon
          message={t('analysis.mapUnsupported', { measure: labels.measure(measure) })}
        />
      )
    ) : s.view === 'map' ? (
      mapMeasure?.dimensions.includes('area') ? (
        <div>
          <Typography.Paragraph type="secondary">{t('analysis.mapNote')}</Typography.Paragraph>
          <MeasureMap
            measure={measure}
            filters={queryBody(s, []).filters as AnalyticsBody['filters']}
            height={chartHeight ? chartHeight + 120 : 520}
            testId={`${testId}-map`}
            chooseProvince
          />
        </div>
      ) : (
        <Alert
          type="info"
          showIcon
          message={t('analysis.mapUnsupported', { measure: labels.measure(measure) })}
        />
      )
    ) : (
      <PivotChart
        data={chartData(table, labels, answer.rowDims, answer.columnDims, measure, kind)}
        kind={kind}
        unit={labels.unit(measure)}
        title={labels.measureWithUnit(measure)}
        height={chartHeight}
        testId={`${testId}-chart`}
      />
    );
  const caption = t('analysis.caption', {
    measures: joinList(s.measures.map(labels.measure), i18n.language),
    rows: s.rows.length ? joinList(answer.rowDims.map(labels.dimension), i18n.language) : '—',
    columns: s.columns.length
      ? joinList(answer.columnDims.map(labels.dimension), i18n.language)
      : '—',
  });
  return (
    <div data-testid={testId} data-ready="true" style={{ opacity: answer.isFetching ? 0.6 : 1 }}>
      {chart}
      {show === 'chart' ? null : (
        <div style={{ marginTop: chart ? 16 : 0 }}>
          <PivotGrid
            table={table}
            labels={labels}
            measures={s.measures}
            rowDims={answer.rowDims}
            columnDims={answer.columnDims}
            caption={caption}
            testId={`${testId}-table`}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The pivot with measures the server does not know left out (an old link), and which chosen
 * measures cannot be grouped by which chosen dimensions.
 */
export function useKnownMeasures(state: PivotState) {
  const list = useMeasures();
  const all = list.data?.items ?? [];
  const loading = list.isPending;
  const names = new Set(all.map((m) => m.name));
  const measures = loading ? state.measures : state.measures.filter((m) => names.has(m));
  const reconciled = reconcileYear(
    measures.length === state.measures.length ? state : { ...state, measures },
    all,
  );
  const dims = [...reconciled.rows, ...reconciled.columns];
  const unsupported = all
    .filter((m) => measures.includes(m.name))
    .map((m) => ({ measure: m.name, dims: dims.filter((d) => !m.dimensions.includes(d)) }))
    .filter((u) => u.dims.length > 0);
  const granularities = commonGranularities(all, measures);
  let next =
    granularities.length && !granularities.includes(reconciled.granularity)
      ? { ...reconciled, granularity: granularities[0] ?? reconciled.granularity }
      : reconciled;
  // a filter by project type, stage or pairing only while every measure has that dimension
  const available = commonDimensions(all, measures);
  const dropped = loading
    ? []
    : DIMENSION_FILTERS.filter((d) => next.filters[d] && !available.includes(d));
  if (dropped.length) {
    const filters = { ...next.filters };
    for (const d of dropped) delete filters[d];
    next = { ...next, filters };
  }
  return {
    state: next,
    granularities,
    loading,
    unsupported,
    error: list.error,
    retry: () => void list.refetch(),
    ok: !loading && measures.length > 0 && unsupported.length === 0,
    available,
  };
}
