import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartRtl, mirrorChart } from '../../lib/chartDirection';
import { useECharts } from '../../lib/useECharts';
import { formatValue, type Labels } from './labels';
import { type Cell, type Key, numeric, type PivotTable, type PivotView } from './pivot';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartKind = Exclude<PivotView, 'table' | 'map' | 'flow'>;

export interface ChartData {
  categories: string[];
  series: { name: string; values: Cell[] }[];
}

/**
 * What a chart of a pivot draws: the row keys as categories and a series per column key (one
 * series of the rows' totals without column dimensions; the columns as categories without row
 * dimensions). A pie draws the rows' totals.
 */
export function chartData(
  table: PivotTable,
  labels: Pick<Labels, 'key' | 'measure'>,
  rowDims: readonly string[],
  columnDims: readonly string[],
  measure: string,
  kind: ChartKind,
): ChartData {
  const text = (dims: readonly string[], key: Key) =>
    dims.map((d, i) => labels.key(d, key[i] ?? null)).join(' · ');
  if (rowDims.length === 0) {
    return {
      categories: table.columnKeys.map((k) => text(columnDims, k)),
      series: [
        {
          name: labels.measure(measure),
          values: table.columnKeys.map((k) => table.columnTotal(k, measure)),
        },
      ],
    };
  }
  const categories = table.rowKeys.map((k) => text(rowDims, k));
  if (columnDims.length === 0 || kind === 'pie') {
    return {
      categories,
      series: [
        {
          name: labels.measure(measure),
          values: table.rowKeys.map((k) => table.rowTotal(k, measure)),
        },
      ],
    };
  }
  return {
    categories,
    series: table.columnKeys.map((ck) => ({
      name: text(columnDims, ck),
      values: table.rowKeys.map((rk) => table.cell(rk, ck, measure)),
    })),
  };
}

const CELL: React.CSSProperties = {
  border: '1px solid rgba(128, 128, 128, 0.35)',
  padding: '2px 10px',
};

/** A figure as drawn: money in 万元 (a float only for the drawing), counts as they are. */
const drawn = (value: Cell, unit: string | undefined): number =>
  unit === 'fen' ? numeric(value) / 1_000_000 : numeric(value);

/**
 * A chart of a pivot (bar, stacked bar, line, pie) with ECharts, and its text alternative: the
 * chart is an image named by a one-line summary, followed by the same figures as a table in a
 * disclosure (keyboard and screen-reader reachable). `dark` draws light text for the big screen.
 */
export function PivotChart({
  data,
  kind,
  unit,
  title,
  height = 360,
  dark = false,
  testId = 'pivot-chart',
}: {
  data: ChartData;
  kind: ChartKind;
  unit: string | undefined;
  /** the measure with its unit, e.g. 承诺资金（万元） */
  title: string;
  height?: number;
  dark?: boolean;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const rtl = chartRtl(i18n.language);
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useECharts(containerRef, chartRef);
  const textColor = dark ? '#e6f0ff' : '#333';

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const format = (v: number) =>
      unit === 'fen'
        ? v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : v.toLocaleString('en-US');
    const many = data.categories.length > 8;
    if (kind === 'pie') {
      const series = data.series[0];
      chart.setOption(
        mirrorChart(
          {
            animationDuration: 300,
            tooltip: { trigger: 'item', valueFormatter: format },
            legend: { type: 'scroll', bottom: 0, textStyle: { color: textColor } },
            series: [
              {
                type: 'pie',
                radius: ['30%', '62%'],
                center: ['50%', '45%'],
                label: { color: textColor, formatter: '{b}: {d}%' },
                data: data.categories.map((name, i) => ({
                  name,
                  value: drawn(series?.values[i] ?? null, unit),
                })),
              },
            ],
          },
          rtl,
        ),
        { notMerge: true },
      );
      return;
    }
    chart.setOption(
      mirrorChart(
        {
          animationDuration: 300,
          textStyle: { color: textColor },
          grid: { left: 16, right: 24, top: 48, bottom: 16, containLabel: true },
          legend: { type: 'scroll', top: 0, textStyle: { color: textColor } },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
          xAxis: {
            type: 'category',
            data: data.categories,
            axisLabel: {
              interval: 0,
              rotate: many ? 35 : 0,
              color: textColor,
              // long names (English prefectures) cut short; the tooltip and the table give them whole
              width: many ? 110 : 160,
              overflow: 'truncate',
            },
          },
          yAxis: {
            type: 'value',
            name: title,
            nameTextStyle: { color: textColor, align: 'left' },
            axisLabel: { color: textColor },
          },
          series: data.series.map((s) => ({
            name: s.name,
            type: kind === 'line' ? 'line' : 'bar',
            ...(kind === 'stacked' ? { stack: 'all' } : {}),
            barMaxWidth: 36,
            data: s.values.map((v) => drawn(v, unit)),
          })),
        },
        rtl,
      ),
      { notMerge: true },
    );
  }, [data, kind, unit, title, textColor, rtl]);

  const summary = useMemo(() => {
    if (data.series.length === 0 || data.categories.length === 0) return t('analysis.chartEmpty');
    // the largest figure drawn, over every series
    let top = { category: 0, series: 0, value: Number.NEGATIVE_INFINITY };
    data.series.forEach((s, j) => {
      s.values.forEach((v, i) => {
        if (numeric(v) > top.value) top = { category: i, series: j, value: numeric(v) };
      });
    });
    const series = data.series[top.series];
    const where =
      data.series.length > 1
        ? `${data.categories[top.category] ?? ''} · ${series?.name ?? ''}`
        : (data.categories[top.category] ?? '');
    return t('analysis.chartSummary', {
      kind: t(`analysis.views.${kind}`),
      measure: title,
      count: data.categories.length,
      series: data.series.length,
      top: where,
      value: formatValue(series?.values[top.category] ?? null, unit),
    });
  }, [data, kind, title, unit, t]);

  return (
    <figure style={{ margin: 0 }} data-testid={testId} data-kind={kind}>
      <div ref={containerRef} role="img" aria-label={summary} style={{ width: '100%', height }} />
      <details style={{ marginTop: 8, color: dark ? textColor : undefined }}>
        <summary style={{ cursor: 'pointer' }}>{t('analysis.chartAsTable')}</summary>
        <table
          data-testid={`${testId}-data`}
          style={{
            borderCollapse: 'collapse',
            marginTop: 8,
            fontVariantNumeric: 'tabular-nums',
            fontSize: 13,
          }}
        >
          <caption style={{ captionSide: 'top', textAlign: 'left', paddingBottom: 4 }}>
            {summary}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...CELL, textAlign: 'left' }}>
                {t('analysis.category')}
              </th>
              {data.series.map((s) => (
                <th scope="col" key={s.name} style={{ ...CELL, textAlign: 'right' }}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.categories.map((c, i) => (
              <tr key={c}>
                <th scope="row" style={{ ...CELL, textAlign: 'left', fontWeight: 400 }}>
                  {c}
                </th>
                {data.series.map((s) => (
                  <td key={s.name} style={{ ...CELL, textAlign: 'right' }}>
                    {formatValue(s.values[i] ?? null, unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
