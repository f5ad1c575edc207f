/**
 * Charts right to left (decision 0073). ECharts lays a chart out left to right whatever the
 * page's direction; on a Uyghur screen (`dir="rtl"`) a chart must read from the right like the
 * page around it: categories and years start on the right, the value axis stands on the right,
 * horizontal bars grow leftwards with their figures at their left end, the legend starts on the
 * right with its swatch to the right of its name, and the tooltip's lines read from the right
 * (name, then figure). Canvas text itself already follows the element's direction (Arabic script
 * joined and ordered by the browser), so only the geometry is mirrored here.
 */

/** Whether charts for `language` are drawn right to left. */
export const chartRtl = (language: string): boolean => language === 'ug';

/** The class of an ECharts tooltip drawn right to left (accessibility.css mirrors its lines). */
export const RTL_TOOLTIP_CLASS = 'sh-chart-tooltip-rtl';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const each = (v: unknown, f: (o: Obj) => Obj): unknown =>
  Array.isArray(v) ? v.map((x) => (isObj(x) ? f(x) : x)) : isObj(v) ? f(v) : v;

const SIDE: Record<string, string> = {
  left: 'right',
  right: 'left',
  insideLeft: 'insideRight',
  insideRight: 'insideLeft',
  insideTopLeft: 'insideTopRight',
  insideTopRight: 'insideTopLeft',
  insideBottomLeft: 'insideBottomRight',
  insideBottomRight: 'insideBottomLeft',
  start: 'end',
  end: 'start',
};
const flip = (v: unknown) => (typeof v === 'string' && v in SIDE ? SIDE[v] : v);

/** A grid or legend box with its left and right offsets swapped. */
function swapSides(o: Obj): Obj {
  const out: Obj = { ...o };
  delete out.left;
  delete out.right;
  if (o.left !== undefined) out.right = o.left;
  if (o.right !== undefined) out.left = o.right;
  return out;
}

/**
 * `option` mirrored for a right-to-left screen when `rtl`, unchanged otherwise. Mirrors what the
 * app's cartesian charts use: every x axis inverted (a category axis then starts on the right, a
 * value axis grows leftwards), every y axis on the other side, the grid's margins, the legend's
 * place and swatch side, series labels' sides, and the tooltip's layout.
 */
export function mirrorChart<T extends object>(option: T, rtl: boolean): T {
  if (!rtl) return option;
  const o = { ...(option as Obj) };
  if (o.xAxis !== undefined) {
    o.xAxis = each(o.xAxis, (a) => ({
      ...a,
      inverse: !a.inverse,
      ...(isObj(a.nameTextStyle) && a.nameTextStyle.align
        ? { nameTextStyle: { ...a.nameTextStyle, align: flip(a.nameTextStyle.align) } }
        : {}),
    }));
  }
  if (o.yAxis !== undefined) {
    o.yAxis = each(o.yAxis, (a) => ({
      ...a,
      position: a.position === 'right' ? 'left' : 'right',
      ...(isObj(a.nameTextStyle) && a.nameTextStyle.align
        ? { nameTextStyle: { ...a.nameTextStyle, align: flip(a.nameTextStyle.align) } }
        : {}),
    }));
  }
  if (o.grid !== undefined) o.grid = each(o.grid, swapSides);
  if (o.legend !== undefined) {
    o.legend = each(o.legend, (l) => ({ ...swapSides(l), align: 'right' }));
  }
  if (o.series !== undefined) {
    o.series = each(o.series, (s) => {
      const out: Obj = { ...s };
      if (isObj(s.label) && s.label.position !== undefined) {
        out.label = { ...s.label, position: flip(s.label.position) };
      }
      // a mark line across an inverted x axis is drawn from its start (now the right) to its
      // end: its label's 'end' is already the far (left) side
      return out;
    });
  }
  if (o.tooltip !== undefined) {
    o.tooltip = each(o.tooltip, (t) => ({
      ...t,
      className: [t.className, RTL_TOOLTIP_CLASS].filter(Boolean).join(' '),
    }));
  }
  return o as T;
}
