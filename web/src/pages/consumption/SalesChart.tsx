import { Card, Empty, Skeleton } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalytics } from '../../api/consumption';
import { useOrganisations } from '../../api/hooks';
import { useDonorName } from '../../api/names';
import { ChartDataTable } from '../../components/ChartDataTable';
import { ErrorResult } from '../../components/ErrorResult';
import { chartRtl, mirrorChart } from '../../lib/chartDirection';
import { formatWan, formatYuan } from '../../lib/money';
import { useECharts } from '../../lib/useECharts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * Consumption-aid sales by donor (province or city) and year, from POST /api/analytics/query
 * (`consumption_sales_fen` by `donor` and `year`): a bar per donor, a series per year, in 万元.
 * What is drawn is kept in `data-cells` (donor:year:fen) for tests.
 */
export function SalesChart({ filters }: { filters: { donor?: string; area?: string } }) {
  const { t, i18n } = useTranslation();
  const rtl = chartRtl(i18n.language);
  const answer = useAnalytics({
    measures: ['consumption_sales_fen'],
    dimensions: ['donor', 'year'],
    filters: {
      programme: 'xinjiang',
      ...(filters.donor ? { donor: filters.donor } : {}),
      ...(filters.area ? { area: filters.area } : {}),
    },
  });
  const orgs = useOrganisations('donor-province');
  const donorName = useDonorName();
  const containerRef = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useECharts(containerRef, chartRef);

  const cells = useMemo(
    () =>
      (answer.data?.rows ?? [])
        .map((r) => ({
          donor: String(r.donor),
          year: Number(r.year),
          fen: Number(r.consumption_sales_fen ?? 0),
        }))
        .filter((c) => c.fen > 0),
    [answer.data],
  );
  const donors = [...new Set(cells.map((c) => c.donor))];
  const years = [...new Set(cells.map((c) => c.year))].sort();
  const nameOf = (code: string) =>
    donorName({ code, name: orgs.data?.items.find((o) => o.code === code)?.name ?? code });

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.setOption(
      mirrorChart(
        {
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            valueFormatter: (v: unknown) =>
              typeof v === 'number'
                ? t('money.exact', { yuan: formatYuan(Math.round(v * 1_000_000)) })
                : '',
          },
          legend: { top: 0 },
          grid: { left: 72, right: 16, top: 36, bottom: 32 },
          xAxis: { type: 'category', data: donors.map(nameOf) },
          yAxis: {
            type: 'value',
            name: t('money.wan'),
            axisLabel: {
              formatter: (v: number) => formatWan(Math.round(v * 1_000_000)).replace(/\.00$/, ''),
            },
          },
          series: years.map((year) => ({
            type: 'bar',
            barMaxWidth: 48,
            name: t('consumption.chartYear', { year }),
            data: donors.map((d) => {
              const fen = cells.find((c) => c.donor === d && c.year === year)?.fen ?? 0;
              return fen / 1_000_000;
            }),
          })),
        },
        rtl,
      ),
      true,
    );
  });

  return (
    <Card size="small" title={t('consumption.chartTitle')} style={{ marginBottom: 16 }}>
      {answer.isError ? (
        <ErrorResult error={answer.error} onRetry={() => void answer.refetch()} />
      ) : answer.isPending ? (
        <Skeleton active />
      ) : cells.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('consumption.chartEmpty')} />
      ) : null}
      <div
        ref={containerRef}
        data-testid="sales-chart"
        data-cells={cells.map((c) => `${c.donor}:${c.year}:${c.fen}`).join(',')}
        role="img"
        aria-label={t('consumption.chartTitle')}
        style={{ height: 280, display: cells.length === 0 ? 'none' : 'block' }}
      />
      {cells.length > 0 ? (
        <ChartDataTable
          testId="sales-chart-table"
          caption={t('consumption.chartTitle')}
          columns={[t('a11y.donor'), ...years.map((year) => t('consumption.chartYear', { year }))]}
          rows={donors.map((d) => ({
            key: d,
            cells: [
              nameOf(d),
              ...years.map((year) =>
                formatWan(cells.find((c) => c.donor === d && c.year === year)?.fen ?? 0),
              ),
            ],
          }))}
        />
      ) : null}
    </Card>
  );
}
