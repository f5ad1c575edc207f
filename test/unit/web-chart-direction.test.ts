import { describe, expect, it } from 'vitest';
import { chartRtl, mirrorChart, RTL_TOOLTIP_CLASS } from '../../web/src/lib/chartDirection.js';

/** Charts right to left in Uyghur (decision 0073): what mirrorChart changes, and what it keeps. */
describe('mirrorChart', () => {
  const bars = {
    grid: { left: 48, right: 16, top: 40 },
    legend: { top: 0, right: 0 },
    tooltip: { trigger: 'axis', className: 'mine' },
    xAxis: { type: 'category', data: ['a', 'b'] },
    yAxis: [
      { type: 'value', nameTextStyle: { align: 'left' } },
      { type: 'value', position: 'right' },
    ],
    series: [
      { type: 'bar', data: [1, 2], label: { show: true, position: 'right' } },
      { type: 'bar', data: [3, 4], label: { show: true, position: 'insideLeft' } },
    ],
  };

  it('leaves a left-to-right chart as it is', () => {
    expect(mirrorChart(bars, false)).toBe(bars);
    expect(chartRtl('zh-CN')).toBe(false);
    expect(chartRtl('en')).toBe(false);
    expect(chartRtl('ug')).toBe(true);
  });

  it('mirrors axes, margins, legend, labels and tooltip for a right-to-left screen', () => {
    const m = mirrorChart(bars, true) as unknown as Record<string, unknown>;
    // categories start on the right
    expect(m.xAxis).toEqual({ type: 'category', data: ['a', 'b'], inverse: true });
    // value axes on the other side, their names aligned the other way
    expect(m.yAxis).toEqual([
      { type: 'value', position: 'right', nameTextStyle: { align: 'right' } },
      { type: 'value', position: 'left' },
    ]);
    expect(m.grid).toEqual({ right: 48, left: 16, top: 40 });
    expect(m.legend).toEqual({ top: 0, left: 0, align: 'right' });
    expect(m.tooltip).toEqual({ trigger: 'axis', className: `mine ${RTL_TOOLTIP_CLASS}` });
    const series = m.series as unknown as { label: { position: string } }[];
    expect(series.map((s) => s.label.position)).toEqual(['left', 'insideRight']);
    // the input is not changed
    expect(bars.xAxis).toEqual({ type: 'category', data: ['a', 'b'] });
    expect(bars.grid.left).toBe(48);
  });

  it('turns an already inverted axis (the report bars) back the other way', () => {
    const m = mirrorChart({ xAxis: { type: 'value', inverse: true } }, true) as {
      xAxis: { inverse: boolean };
    };
    expect(m.xAxis.inverse).toBe(false);
  });
});
