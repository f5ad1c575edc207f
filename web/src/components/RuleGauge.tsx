import { GaugeChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../lib/money';
import { useECharts } from '../lib/useECharts';
import { ChartDataTable } from './ChartDataTable';

echarts.use([GaugeChart, CanvasRenderer]);

export const PASS_COLOR = '#237804';
export const FAIL_COLOR = '#cf1322';
const NEUTRAL_COLOR = '#8c8c8c';
const BAND = 14;

/** The shared geometry of the gauge's stacked series (value, threshold mark, saved needle). */
const FRAME = {
  type: 'gauge',
  min: 0,
  max: 100,
  startAngle: 210,
  endAngle: -30,
  radius: '88%',
  center: ['50%', '58%'],
} as const;

const HIDDEN = {
  axisLine: { show: false },
  axisTick: { show: false },
  splitLine: { show: false },
  axisLabel: { show: false },
  title: { show: false },
  detail: { show: false },
  progress: { show: false },
  anchor: { show: false },
} as const;

/**
 * One of the two 80% rules as an ECharts gauge: the share as a coloured arc (green passes, red
 * fails, grey when no rule applies), the year's threshold as a dark mark across the band (the
 * band is pink below it and pale green above), and, while a what-if differs from the saved plan,
 * the saved share as a grey triangle inside the band. Exposes `data-share-bp`, `data-saved-bp`, `data-ok` for tests.
 */
export function RuleGauge({
  shareBp,
  ok,
  thresholdBp,
  savedBp,
  testId,
  label,
}: {
  shareBp: number;
  ok: boolean | null;
  thresholdBp: number | null;
  /** The saved share, drawn as a grey triangle; omit when the figures are the saved ones. */
  savedBp?: number | undefined;
  testId: string;
  /** The accessible description of the chart. */
  label: string;
}) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useECharts(containerRef, chartRef);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const color = ok === null ? NEUTRAL_COLOR : ok ? PASS_COLOR : FAIL_COLOR;
    const threshold = thresholdBp === null ? null : thresholdBp / 100;
    const series: object[] = [
      {
        ...FRAME,
        splitNumber: 5,
        axisLine: {
          lineStyle: {
            width: BAND,
            color:
              threshold === null
                ? [[1, '#f0f0f0']]
                : [
                    [threshold / 100, '#fff1f0'],
                    [1, '#f6ffed'],
                  ],
          },
        },
        progress: { show: true, width: BAND, itemStyle: { color } },
        pointer: { show: false },
        anchor: { show: false },
        axisTick: { distance: -BAND - 4, length: 4, lineStyle: { color: '#bfbfbf' } },
        splitLine: { distance: -BAND - 4, length: 8, lineStyle: { color: '#8c8c8c', width: 1 } },
        // Far enough inside the band that the end labels (0%, 100%), which sit beside the arc's
        // ends at 210° and -30°, clear its inner edge.
        axisLabel: { distance: BAND + 16, color: '#8c8c8c', fontSize: 10, formatter: '{value}%' },
        title: { show: false },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '8%'],
          fontSize: 26,
          fontWeight: 600,
          color,
          formatter: () => formatShare(shareBp),
        },
        data: [{ value: shareBp / 100 }],
      },
    ];
    if (threshold !== null) {
      series.push({
        ...FRAME,
        ...HIDDEN,
        z: 5,
        pointer: {
          show: true,
          icon: 'rect',
          width: 4,
          length: '24%',
          offsetCenter: [0, '-82%'],
          itemStyle: { color: '#262626' },
        },
        data: [{ value: threshold }],
      });
    }
    if (savedBp !== undefined) {
      series.push({
        ...FRAME,
        ...HIDDEN,
        z: 4,
        pointer: {
          show: true,
          icon: 'triangle',
          width: 12,
          length: 12,
          offsetCenter: [0, '-66%'],
          itemStyle: { color: NEUTRAL_COLOR },
        },
        data: [{ value: savedBp / 100 }],
      });
    }
    chart.setOption({ animationDurationUpdate: 300, series }, { notMerge: true });
  }, [shareBp, ok, thresholdBp, savedBp]);

  const verdict =
    ok === null ? t('compliance.notApplicable') : ok ? t('compliance.pass') : t('compliance.fail');
  return (
    <>
      <div
        ref={containerRef}
        data-testid={testId}
        data-share-bp={shareBp}
        data-saved-bp={savedBp ?? shareBp}
        data-ok={String(ok)}
        role="img"
        aria-label={label}
        style={{ width: '100%', height: 200 }}
      />
      <ChartDataTable
        testId={`${testId}-table`}
        caption={label}
        columns={[
          t('a11y.share'),
          t('a11y.threshold'),
          t('a11y.verdict'),
          ...(savedBp === undefined ? [] : [t('a11y.savedShare')]),
        ]}
        rows={[
          {
            key: 'rule',
            cells: [
              formatShare(shareBp),
              thresholdBp === null ? t('common.none') : formatShare(thresholdBp),
              verdict,
              ...(savedBp === undefined ? [] : [formatShare(savedBp)]),
            ],
          },
        ]}
      />
    </>
  );
}
