import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { UNPAIRED_COLOR } from '../lib/donorColors';
import { useECharts } from '../lib/useECharts';
import type { CountyCollection } from './matchAreas';

echarts.use([MapChart, TooltipComponent, CanvasRenderer]);

type GeoJsonArg = Parameters<typeof echarts.registerMap>[1];

/** One region as the canvas draws it: its fill, an optional label, the area a click opens. */
export interface CanvasRegion {
  /** the feature's name in `geo` */
  name: string;
  /** the area page a click opens; null for a feature no area claims */
  areaCode: string | null;
  /** null: the default (unpainted) fill */
  fill: string | null;
  /** drawn on the map when set (e.g. "和田市\n100.0%") */
  label?: string | null;
}

/** Where the map opens: a centre (longitude, latitude) and a zoom (1 = all of `geo`). */
export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface MapCanvasProps {
  geo: CountyCollection;
  regions: readonly CanvasRegion[];
  /** the tooltip's HTML for a region name (already escaped) */
  tooltip: (name: string) => string;
  /** the echarts map name to register `geo` under */
  mapName: string;
  testId: string;
  ariaLabel: string;
  /** attributes set on the container once the series has rendered, e.g. data-colored-count */
  renderedAttributes?: Record<string, string>;
  view?: MapView | null;
  height?: number;
  /** Where a click on a county goes (default: its area page, `/areas/{code}`). */
  areaHref?: (code: string) => string;
}

/** Escapes text for the tooltip's HTML. */
export const encodeHtml = (text: string): string => echarts.format.encodeHTML(text);

/**
 * The ECharts map of Xinjiang's counties: fills, labels, a tooltip, click to open the area page,
 * wheel zoom and drag. `renderedAttributes` are set on the container when ECharts reports the
 * series rendered, so tests wait for the drawing rather than for the React tree.
 */
export function MapCanvas({
  geo,
  regions,
  tooltip,
  mapName,
  testId,
  ariaLabel,
  renderedAttributes,
  view,
  height = 560,
  areaHref,
}: MapCanvasProps) {
  const navigate = useNavigate();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const regionsRef = useRef<Map<string, CanvasRegion>>(new Map());
  const attributesRef = useRef<Record<string, string>>({});
  const tooltipRef = useRef(tooltip);
  tooltipRef.current = tooltip;
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;
  const hrefRef = useRef(areaHref);
  hrefRef.current = areaHref;
  attributesRef.current = renderedAttributes ?? {};

  useECharts(containerRef, chartRef, (chart, el) => {
    chart.on('finished', () => {
      for (const [key, value] of Object.entries(attributesRef.current)) el.setAttribute(key, value);
    });
    chart.on('click', (params) => {
      const code = regionsRef.current.get(params.name)?.areaCode;
      if (code) void navigateRef.current(hrefRef.current?.(code) ?? `/areas/${code}`);
    });
  });

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    regionsRef.current = new Map(regions.map((r) => [r.name, r]));
    echarts.registerMap(mapName, geo as unknown as GeoJsonArg);
    chart.setOption(
      {
        tooltip: {
          trigger: 'item',
          formatter: (p: unknown) => tooltipRef.current((p as { name: string }).name),
        },
        series: [
          {
            type: 'map',
            map: mapName,
            roam: true,
            selectedMode: false,
            layoutCenter: ['50%', '50%'],
            layoutSize: '100%',
            ...(view ? { center: view.center, zoom: view.zoom } : {}),
            itemStyle: { areaColor: UNPAIRED_COLOR, borderColor: '#8c8c8c', borderWidth: 0.5 },
            emphasis: {
              label: { show: true, color: '#000', fontSize: 12 },
              itemStyle: { borderColor: '#000', borderWidth: 1.2 },
            },
            label: { show: false },
            data: regions.map((r) => {
              const item: Record<string, unknown> = { name: r.name };
              if (r.fill) {
                item.itemStyle = { areaColor: r.fill };
                item.emphasis = { itemStyle: { areaColor: r.fill } };
              }
              if (r.label) {
                const label = r.label;
                item.label = {
                  show: true,
                  formatter: () => label,
                  color: '#000',
                  fontSize: 12,
                  fontWeight: 'bold',
                  // a halo rather than a box, and raised, so that a small county's fill stays visible
                  textBorderColor: '#fff',
                  textBorderWidth: 3,
                  offset: [0, -16],
                };
              }
              return item;
            }),
          },
        ],
      },
      { notMerge: true },
    );
  }, [geo, regions, mapName, view]);

  return (
    <div
      ref={containerRef}
      data-testid={testId}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height }}
    />
  );
}
