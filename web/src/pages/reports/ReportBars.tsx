import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useECharts } from '../../lib/useECharts';

echarts.use([BarChart, GridComponent, LegendComponent, CanvasRenderer]);

/**
 * A report's horizontal bar chart (labels down the side, one bar per series, values at the bar
 * ends), drawn as the PDF draws it; `data-testid` names it for tests.
 */
export function ReportBars({
  testId,
  labels,
  series,
}: {
  testId: string;
  labels: string[];
  series: { name: string; values: number[]; color: string }[];
}) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useECharts(containerRef, chartRef);
  useEffect(() => {
    chartRef.current?.setOption(
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
      true,
    );
  }, [labels, series]);
  const height = 40 + labels.length * (series.length * 16 + 10);
  return <div ref={containerRef} data-testid={testId} style={{ width: '100%', height }} />;
}
