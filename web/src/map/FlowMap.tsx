import { Alert, Button, Skeleton, Space, Typography } from 'antd';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnalyticsBody, useAnalyticsRows, useMeasures } from '../api/analytics';
import { usePairings } from '../api/hooks';
import { ChartDataTable } from '../components/ChartDataTable';
import { donorName } from '../components/DonorTag';
import { withUnit } from '../components/MoneyInput';
import { areaName } from '../lib/areaName';
import { donorColors } from '../lib/donorColors';
import { formatValue, measureLabel } from '../lib/measureText';
import { useECharts } from '../lib/useECharts';
import { flowLines, lineWidth } from './paintFlows';
import { useChinaMap } from './provinceMaps';

echarts.use([GeoComponent, LinesChart, ScatterChart, TooltipComponent, CanvasRenderer]);

type GeoJsonArg = Parameters<typeof echarts.registerMap>[1];
const enc = (text: string): string => echarts.format.encodeHTML(text);

/**
 * Donor → recipient flow lines on the map of China's provinces (decision 0083): a line from
 * each donor to each area it is paired with in `programme` (GET /api/pairings), as wide as
 * `measure` over the recipient's counties under `filters` (by donor when the measure has that
 * dimension). The figures are also a table for screen readers; pairings with no place on the
 * map are listed under it. The map of China (maps/china.json) is fetched only here.
 */
export default function FlowMap({
  measure,
  programme,
  filters,
  height = 560,
  testId = 'flow-map',
}: {
  measure: string;
  programme: string;
  filters: AnalyticsBody['filters'];
  height?: number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const china = useChinaMap();
  const pairings = usePairings(programme);
  const measures = useMeasures();
  const info = measures.data?.items.find((m) => m.name === measure);
  const byDonor = info?.dimensions.includes('donor') ?? false;
  const body: AnalyticsBody | null = info
    ? {
        measures: [measure],
        dimensions: byDonor ? ['donor', 'area:county'] : ['area:county'],
        filters: { ...filters, programme },
      }
    : null;
  const answer = useAnalyticsRows(body);
  const donorFilter = typeof filters?.donor === 'string' ? filters.donor : undefined;
  const lines = useMemo(
    () =>
      china.data && pairings.data && answer.data
        ? flowLines(
            pairings.data.items.filter((p) => !donorFilter || p.donor.code === donorFilter),
            answer.data.rows,
            measure,
            byDonor,
            china.data.points,
          )
        : null,
    [china.data, pairings.data, answer.data, measure, byDonor, donorFilter],
  );
  const label = measureLabel(info, measure, language);
  const title = info?.unit === 'fen' ? withUnit(t, label) : label;
  const drawn = useMemo(() => (lines ?? []).filter((l) => l.from && l.to), [lines]);
  const colors = useMemo(() => donorColors((lines ?? []).map((l) => l.donor.code)), [lines]);
  const donors = new Set(drawn.map((l) => l.donor.code)).size;
  const recipients = new Set(drawn.map((l) => l.recipient.code)).size;

  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const doneRef = useRef<Record<string, string>>({});
  doneRef.current = { 'data-rendered': 'true' };
  useECharts(containerRef, chartRef, (chart, el) => {
    chart.on('finished', () => {
      for (const [k, v] of Object.entries(doneRef.current)) el.setAttribute(k, v);
    });
  });

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !china.data) return;
    echarts.registerMap('china-provinces', china.data as unknown as GeoJsonArg);
    const max = Math.max(0, ...drawn.map((l) => l.value));
    const donorPoints = new Map<string, { name: string; at: [number, number] }>();
    for (const l of drawn)
      donorPoints.set(l.donor.code, {
        name: donorName(l.donor, language),
        at: l.from as [number, number],
      });
    chart.setOption(
      {
        tooltip: { trigger: 'item' },
        geo: {
          map: 'china-provinces',
          roam: true,
          // the mainland and Hainan; the South China Sea's islands are below the frame
          layoutCenter: ['50%', '50%'],
          layoutSize: '100%',
          center: [104, 36],
          zoom: 1.25,
          itemStyle: { areaColor: '#e9eef4', borderColor: '#7d8794', borderWidth: 0.7 },
          emphasis: { disabled: true },
          tooltip: { show: false },
          silent: true,
        },
        series: [
          {
            type: 'lines',
            coordinateSystem: 'geo',
            data: drawn.map((l) => ({
              coords: [l.from, l.to],
              lineStyle: {
                width: lineWidth(l.value, max),
                color: colors.get(l.donor.code) ?? '#888',
                type: l.value > 0 ? 'solid' : 'dashed',
                opacity: 0.75,
                curveness: 0.2,
              },
              tip: `<b>${enc(donorName(l.donor, language))} → ${enc(areaName(l.recipient, language))}</b><br/>${enc(title)}: ${enc(
                l.value > 0 ? formatValue(l.value, info?.unit) : t('mapMeasure.noValue'),
              )}`,
            })),
            tooltip: { formatter: (p: { data: { tip: string } }) => p.data.tip },
          },
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            symbolSize: 7,
            itemStyle: { color: '#1f3a5f' },
            label: {
              show: true,
              position: 'right',
              formatter: (p: { name: string }) => p.name,
              fontSize: 11,
              color: '#1f3a5f',
              textBorderColor: '#fff',
              textBorderWidth: 2,
            },
            labelLayout: { hideOverlap: true },
            data: [...donorPoints.values()].map((d) => ({ name: d.name, value: d.at })),
            tooltip: { formatter: (p: { name: string }) => enc(p.name) },
          },
        ],
      },
      { notMerge: true },
    );
  }, [china.data, drawn, colors, language, title, info?.unit, t]);

  const failed = [china, pairings, answer, measures].find((q) => q.isError);
  if (failed) {
    return (
      <Alert
        type="error"
        showIcon
        message={t('flowMap.error')}
        action={
          <Button size="small" onClick={() => void failed.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (pairings.data?.items.every((p) => !p.recipient)) {
    return (
      <Alert
        type="info"
        showIcon
        message={t('flowMap.noPairings')}
        data-testid={`${testId}-none`}
      />
    );
  }
  const offMap = (lines ?? []).filter((l) => !l.from || !l.to);
  return (
    <div
      data-testid={testId}
      data-line-count={lines ? drawn.length : undefined}
      data-donor-count={lines ? donors : undefined}
      data-off-map-count={lines ? lines.length - drawn.length : undefined}
    >
      {lines ? null : (
        <div style={{ height, display: 'grid', placeItems: 'center' }}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      )}
      <div
        ref={containerRef}
        data-testid={`${testId}-canvas`}
        role="img"
        aria-label={t('flowMap.aria', { donors, recipients, lines: drawn.length, measure: title })}
        style={{ width: '100%', height, display: lines ? 'block' : 'none' }}
      />
      {lines ? (
        <>
          <ChartDataTable
            testId={`${testId}-table`}
            caption={t('flowMap.caption', { measure: title })}
            columns={[t('flowMap.donor'), t('flowMap.recipient'), title]}
            rows={[...lines]
              .sort((a, b) => b.value - a.value)
              .map((l) => ({
                key: `${l.donor.code}>${l.recipient.code}`,
                cells: [
                  donorName(l.donor, language),
                  areaName(l.recipient, language),
                  l.value > 0 ? formatValue(l.value, info?.unit) : t('mapMeasure.noValue'),
                ],
              }))}
          />
          <Space wrap size={[16, 4]} style={{ marginTop: 8 }}>
            <Typography.Text strong>{title}</Typography.Text>
            <Typography.Text type="secondary">
              {t('flowMap.widthLegend', { measure: title })}
            </Typography.Text>
          </Space>
          {offMap.length > 0 ? (
            <details style={{ marginTop: 6 }}>
              <summary style={{ cursor: 'pointer' }}>
                {t('flowMap.offMap', { count: offMap.length })}
              </summary>
              <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
                {offMap.map((l) => (
                  <li key={`${l.donor.code}>${l.recipient.code}`}>
                    {donorName(l.donor, language)} →{' '}
                    {t('flowMap.noPoint', { name: areaName(l.recipient, language) })}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
