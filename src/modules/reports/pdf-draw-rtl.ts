import {
  BOTTOM_Y,
  CONTENT,
  type Column,
  type DrawingKit,
  INK,
  MUTED,
  PAGE,
  RED,
  RULE,
  type Series,
} from './pdf-draw.js';
import type { PdfDoc } from './pdfkit-types.js';
import { drawLine, layoutRtl } from './rtl.js';

/** Line height and the baseline below a line's top, in font sizes (Arabic script is tall). */
const LEAD = 1.55;
const ASCENT = 1.12;
const LEFT = PAGE.margin;
const RIGHT = PAGE.margin + CONTENT;

type Align = 'start' | 'end' | 'center';

/**
 * The drawing kit of the Uyghur report (decision 0072): the same pieces as the left-to-right kit
 * (pdf-draw.ts), mirrored. Text runs right to left through rtl.ts (bidi per line, Arabic script
 * shaped, Chinese names, numbers and codes kept left to right); headings and paragraphs stand at
 * the right margin; a table's first column is the rightmost; a bar chart's labels stand on the
 * right and its bars grow to the left.
 */
export function rtlDrawingKit(doc: PdfDoc): DrawingKit {
  const room = (h: number) => {
    if (doc.y + h > BOTTOM_Y) doc.addPage();
  };
  /** Draws a paragraph in the box [x, x + width] from its top y; returns its height. */
  const block = (
    text: string,
    x: number,
    top: number,
    width: number,
    size: number,
    color: string,
    align: Align = 'start',
  ): number => {
    const lines = layoutRtl(doc, text, size, width);
    lines.forEach((line, i) => {
      const at =
        align === 'start'
          ? x + width - line.width
          : align === 'end'
            ? x
            : x + (width - line.width) / 2;
      doc.fillColor(color);
      drawLine(doc, line, at, top + i * size * LEAD + size * ASCENT, size);
    });
    doc.x = LEFT;
    doc.y = top;
    return lines.length * size * LEAD;
  };
  const heightOf = (text: string, width: number, size: number) =>
    layoutRtl(doc, text, size, width).length * size * LEAD;

  const title = (text: string) => {
    const h = block(text, LEFT, doc.y, CONTENT, 18, INK);
    doc.y += h + 4;
  };
  const heading = (text: string) => {
    room(60);
    doc.y += 10;
    const h = block(text, LEFT, doc.y, CONTENT, 14, INK);
    const y = doc.y + h + 1;
    doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.7).strokeColor(RULE).stroke();
    doc.y = y + 6;
  };
  const caption = (text: string) => {
    room(80);
    const h = block(text, LEFT, doc.y, CONTENT, 10, INK);
    doc.y += h + 3;
  };
  const para = (text: string, color = INK) => {
    room(16);
    const h = block(text, LEFT, doc.y, CONTENT, 9.5, color);
    doc.y += h + 4;
  };
  const table = (
    columns: Column[],
    rows: string[][],
    emphasise?: (r: number, c: number) => boolean,
  ) => {
    const size = 8.5;
    const total = columns.reduce((n, c) => n + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT);
    const rowOf = (cells: string[], header: boolean, index: number) => {
      const heights = cells.map((t, i) => heightOf(t, (widths[i] ?? 40) - 6, size));
      const h = Math.max(12, ...heights) + 5;
      if (doc.y + h > BOTTOM_Y) {
        doc.addPage();
        if (!header)
          rowOf(
            columns.map((c) => c.label),
            true,
            -1,
          );
      }
      const y = doc.y;
      if (header) doc.rect(LEFT, y, CONTENT, h).fill('#f2f3f5');
      let right = RIGHT;
      cells.forEach((t, i) => {
        const width = widths[i] ?? 40;
        const red = !header && emphasise?.(index, i);
        block(
          t,
          right - width + 3,
          y + 2,
          width - 6,
          size,
          header ? MUTED : red ? RED : INK,
          columns[i]?.align === 'right' ? 'end' : 'start',
        );
        right -= width;
      });
      doc
        .moveTo(LEFT, y + h)
        .lineTo(RIGHT, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.x = LEFT;
      doc.y = y + h;
    };
    rowOf(
      columns.map((c) => c.label),
      true,
      -1,
    );
    for (const [i, r] of rows.entries()) rowOf(r, false, i);
    doc.y += 6;
  };
  /** A label on one line in the box: smaller type when it does not fit, then cut. */
  const oneLine = (text: string, x: number, top: number, width: number, color: string) => {
    for (const size of [8, 7, 6]) {
      const lines = layoutRtl(doc, text, size, width);
      const line = lines[0];
      if (!line) return;
      if (lines.length === 1 || size === 6) {
        doc.fillColor(color);
        drawLine(doc, line, x + width - line.width, top + size * ASCENT, size);
        return;
      }
    }
  };
  /** A horizontal bar chart, mirrored: labels on the right, bars growing leftwards. */
  const bars = (
    chartTitle: string,
    labels: string[],
    series: Series[],
    format: (v: number) => string,
  ) => {
    if (labels.length === 0) return;
    const barH = 10;
    const rowH = series.length * barH + 6;
    const height = 22 + labels.length * rowH + 14;
    room(height);
    const top = doc.y;
    block(chartTitle, LEFT, top - 2, CONTENT, 9, INK);
    // The legend at the left end of the title's line, in reading order from the right.
    let lx = LEFT;
    for (const s of [...series].reverse()) {
      const line = layoutRtl(doc, s.name, 9, CONTENT)[0];
      if (!line) continue;
      doc.fillColor(MUTED);
      drawLine(doc, line, lx, top - 2 + 9 * ASCENT, 9);
      doc.rect(lx + line.width + 2, top + 2, 8, 7).fill(s.color);
      lx += line.width + 16;
    }
    const labelW = 120;
    const valueW = 70;
    const plotRight = RIGHT - labelW;
    const plotW = CONTENT - labelW - valueW;
    const max = Math.max(1, ...series.flatMap((s) => s.values));
    let y = top + 20;
    labels.forEach((label, i) => {
      oneLine(label, plotRight + 6, y + rowH / 2 - 7, labelW - 6, INK);
      series.forEach((s, k) => {
        const v = s.values[i] ?? 0;
        const by = y + k * barH + 2;
        const bw = Math.max(v > 0 ? 1 : 0, (v / max) * plotW);
        doc.rect(plotRight - bw, by, bw, barH - 2).fill(s.color);
        const text = format(v);
        doc.font('cjk').fontSize(7);
        const tw = doc.widthOfString(text);
        doc.fillColor(MUTED).text(text, plotRight - bw - 3 - tw, by, { lineBreak: false });
      });
      y += rowH;
    });
    doc
      .moveTo(plotRight, top + 18)
      .lineTo(plotRight, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = LEFT;
    doc.y = y + 10;
  };
  const footer = (text: string) => {
    block(text, LEFT, PAGE.height - PAGE.margin, CONTENT, 8, MUTED, 'center');
  };
  return { room, title, heading, caption, para, table, bars, footer };
}
