import { BarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartRtl, mirrorChart } from '../lib/chartDirection';
import { formatShare } from '../lib/money';
import { useECharts } from '../lib/useECharts';
import { ChartDataTable } from './ChartDataTable';
import { donorName } from './DonorTag';

echarts.use([
  BarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const COUNTY_COLOR = '#1677ff';
const LIVELIHOOD_COLOR = '#13a8a8';

export interface RuleBar {
  donor: { code: string; name: string; nameEn: string };
  totalFen: number;
  countyAndBelowBp: number;
  livelihoodBp: number;
}

/**
 * The two 80% rules by donor as grouped bars (county-and-below, livelihood) against the year's
 * thresholds drawn as dashed lines; donors without money are left out. Exposes the donors drawn
 * in `data-donors` for tests.
 */
export function RulesBarChart({
  items,
  thresholds,
  testId,
  height = 300,
}: {
  items: readonly RuleBar[];
  thresholds: { countyAndBelowBp: number; livelihoodBp: number } | null;
  testId: string;
  height?: number;
}) {
  const { t, i18n } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useECharts(containerRef, chartRef);
  const drawn = useMemo(() => items.filter((i) => i.totalFen > 0), [items]);
  const language = i18n.language;

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const names = drawn.map((i) => donorName(i.donor, language));
    const line = (bp: number | undefined, color: string) =>
      bp === undefined
        ? undefined
        : {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color, width: 1.5 },
            label: { formatter: formatShare(bp), color, position: 'end' },
            data: [{ yAxis: bp / 100 }],
          };
    chart.setOption(
      mirrorChart(
        {
          animationDuration: 300,
          grid: { left: 48, right: 56, top: 40, bottom: language === 'en' ? 80 : 56 },
          legend: { top: 0 },
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            valueFormatter: (v: number) => `${v.toFixed(1)}%`,
          },
          xAxis: {
            type: 'category',
            data: names,
            axisLabel: { interval: 0, rotate: names.length > 8 ? 40 : 0, fontSize: 11 },
          },
          yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
          series: [
            {
              name: t('home.ruleCounty'),
              type: 'bar',
              barMaxWidth: 40,
              itemStyle: { color: COUNTY_COLOR },
              data: drawn.map((i) => i.countyAndBelowBp / 100),
              markLine: line(thresholds?.countyAndBelowBp, '#cf1322'),
            },
            {
              name: t('home.ruleLivelihood'),
              type: 'bar',
              barMaxWidth: 40,
              itemStyle: { color: LIVELIHOOD_COLOR },
              data: drawn.map((i) => i.livelihoodBp / 100),
              markLine:
                thresholds && thresholds.livelihoodBp !== thresholds.countyAndBelowBp
                  ? line(thresholds.livelihoodBp, '#d46b08')
                  : undefined,
            },
          ],
        },
        chartRtl(language),
      ),
      { notMerge: true },
    );
  }, [drawn, thresholds, language, t]);

  const pass = (bp: number, threshold: number | undefined) =>
    threshold === undefined
      ? formatShare(bp)
      : `${formatShare(bp)} ${bp >= threshold ? t('compliance.pass') : t('compliance.fail')}`;
  return (
    <>
      <div
        ref={containerRef}
        data-testid={testId}
        data-donors={drawn.map((i) => i.donor.code).join(',')}
        role="img"
        aria-label={t('home.rulesChartLabel', {
          threshold: thresholds ? formatShare(thresholds.countyAndBelowBp) : '—',
        })}
        style={{ width: '100%', height }}
      />
      <ChartDataTable
        testId={`${testId}-table`}
        caption={t('home.rulesChartLabel', {
          threshold: thresholds ? formatShare(thresholds.countyAndBelowBp) : '—',
        })}
        columns={[t('a11y.donor'), t('home.ruleCounty'), t('home.ruleLivelihood')]}
        rows={drawn.map((i) => ({
          key: i.donor.code,
          cells: [
            donorName(i.donor, language),
            pass(i.countyAndBelowBp, thresholds?.countyAndBelowBp),
            pass(i.livelihoodBp, thresholds?.livelihoodBp),
          ],
        }))}
      />
    </>
  );
}
