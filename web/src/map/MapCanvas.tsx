import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { donorName } from '../components/DonorTag';
import { UNPAIRED_COLOR } from '../lib/donorColors';
import type { MapRegion, PaintedMap } from './paintPairings';

echarts.use([MapChart, TooltipComponent, CanvasRenderer]);

const MAP_NAME = 'xinjiang';
type GeoJsonArg = Parameters<typeof echarts.registerMap>[1];

function tooltipHtml(
  region: MapRegion | undefined,
  name: string,
  colors: Map<string, string>,
  language: string,
  text: { via: (name: string) => string; noDonor: string },
): string {
  const enc = echarts.format.encodeHTML;
  const title = region?.area
    ? `${enc(name)} <span style="color:#888">${enc(region.area.namePinyin ?? '')}</span>`
    : enc(name);
  const lines = region?.donors.length
    ? region.donors.map((d) => {
        const color = colors.get(d.donor.code) ?? '#ccc';
        const dot = `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
        const via = d.via ? ` <span style="color:#888">(${enc(text.via(d.via.name))})</span>` : '';
        return `${dot}${enc(donorName(d.donor, language))}${via}`;
      })
    : [`<span style="color:#888">${enc(text.noDonor)}</span>`];
  return [`<b>${title}</b>`, ...lines].join('<br/>');
}

/**
 * The ECharts map. Exposes for tests, once the series is rendered: data-testid="pairings-map",
 * data-colored-count (regions given a donor colour) and data-unmatched-count (paired areas with no
 * boundary).
 */
export function MapCanvas({
  painted,
  colors,
}: {
  painted: PaintedMap;
  colors: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const regionsRef = useRef<Map<string, MapRegion>>(new Map());
  const countsRef = useRef({ colored: 0, unmatched: 0 });
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('finished', () => {
      el.setAttribute('data-colored-count', String(countsRef.current.colored));
      el.setAttribute('data-unmatched-count', String(countsRef.current.unmatched));
    });
    chart.on('click', (params) => {
      const code = regionsRef.current.get(params.name)?.area?.code;
      if (code) void navigateRef.current(`/areas/${code}`);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    regionsRef.current = new Map(painted.regions.map((r) => [r.name, r]));
    countsRef.current = {
      colored: painted.regions.filter((r) => r.donors.length > 0).length,
      unmatched: painted.unmatchedPaired.length,
    };
    const language = i18n.language;
    const text = {
      via: (name: string) => t('pairings.tooltipVia', { name }),
      noDonor: t('pairings.tooltipNoDonor'),
    };
    echarts.registerMap(MAP_NAME, painted.geo as unknown as GeoJsonArg);
    chart.setOption(
      {
        tooltip: {
          trigger: 'item',
          formatter: (p: unknown) => {
            const name = (p as { name: string }).name;
            return tooltipHtml(regionsRef.current.get(name), name, colors, language, text);
          },
        },
        series: [
          {
            type: 'map',
            map: MAP_NAME,
            roam: true,
            selectedMode: false,
            layoutCenter: ['50%', '50%'],
            layoutSize: '100%',
            itemStyle: { areaColor: UNPAIRED_COLOR, borderColor: '#8c8c8c', borderWidth: 0.5 },
            emphasis: {
              label: { show: true, color: '#000', fontSize: 12 },
              itemStyle: { borderColor: '#000', borderWidth: 1.2 },
            },
            label: { show: false },
            data: painted.regions.map((r) => {
              const first = r.donors[0];
              const color = first ? colors.get(first.donor.code) : undefined;
              return color
                ? {
                    name: r.name,
                    itemStyle: { areaColor: color },
                    emphasis: { itemStyle: { areaColor: color } },
                  }
                : { name: r.name };
            }),
          },
        ],
      },
      { notMerge: true },
    );
  }, [painted, colors, i18n.language, t]);

  const colored = painted.regions.filter((r) => r.donors.length > 0).length;
  return (
    <div
      ref={containerRef}
      data-testid="pairings-map"
      role="img"
      aria-label={t('pairings.mapAria', { colored, unmatched: painted.unmatchedPaired.length })}
      style={{ width: '100%', height: 560 }}
    />
  );
}
