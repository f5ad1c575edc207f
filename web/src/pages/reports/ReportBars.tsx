import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartDataTable } from '../../components/ChartDataTable';
import { chartRtl, mirrorChart } from '../../lib/chartDirection';
import { useECharts } from '../../lib/useECharts';

echarts.use([BarChart, GridComponent, LegendComponent, CanvasRenderer]);

/**
 * A report's horizontal bar chart (labels down the side, one bar per series, values at the bar
 * ends), drawn as the PDF draws it; `data-testid` names it for tests.
 */
export function ReportBars({
  testId,
  caption,
  labels,
  series,
  format = String,
}: {
  testId: string;
  /** what the chart shows (its heading): the chart's name and its table's caption */
  caption: string;
  labels: string[];
  series: { name: string; values: number[]; color: string }[];
  /** a value as the table writes it */
  format?: (value: number) => string;
}) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useECharts(containerRef, chartRef);
  const { i18n } = useTranslation();
  const rtl = chartRtl(i18n.language);
  useEffect(() => {
    chartRef.current?.setOption(
      mirrorChart(
        {
          animation: false,
          legend: { top: 0, right: 0 },
          grid: { left: 8, right: 72, top: 28, bottom: 8, containLabel: true },
          xAxis: { type: 'value', show: false },
          yAxis: { type: 'category', data: labels, inverse: true },
          series: series.map((s) => ({
            type: 'bar',
            name: s.name,
            data: s.values,
            itemStyle: { color: s.color },
            label: { show: true, position: 'right' },
            barMaxWidth: 14,
          })),
        },
        rtl,
      ),
      true,
    );
  }, [labels, series, rtl]);
  const height = 40 + labels.length * (series.length * 16 + 10);
  return (
    <>
      <div
        ref={containerRef}
        data-testid={testId}
        role="img"
        aria-label={caption}
        style={{ width: '100%', height }}
      />
      <ChartDataTable
        testId={`${testId}-table`}
        caption={caption}
        columns={[caption, ...series.map((s) => s.name)]}
        rows={labels.map((label, i) => ({
          key: `${i}`,
          cells: [label, ...series.map((s) => format(s.values[i] ?? 0))],
        }))}
      />
    </>
  );
}
