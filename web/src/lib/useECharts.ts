import * as echarts from 'echarts/core';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * Keeps an ECharts instance on `container` for the component's lifetime, in `chart`: made on
 * mount (canvas), resized with the container, disposed (and `chart` emptied) on unmount.
 * `onInit` runs once on the new chart, e.g. to listen to its events. Set options in an effect
 * declared after this hook (effects run in order, so the chart is there by then). The caller
 * registers what it draws with `echarts.use`.
 */
export function useECharts(
  container: RefObject<HTMLDivElement | null>,
  chart: RefObject<echarts.ECharts | null>,
  onInit?: (chart: echarts.ECharts, container: HTMLDivElement) => void,
): void {
  const onInitRef = useRef(onInit);
  onInitRef.current = onInit;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    onInitRef.current?.(instance, el);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [container, chart]);
}
