import type { PdfDoc } from './pdfkit-types.js';

/**
 * The drawing kit of the PDF reports (decision 0058): A4 geometry, colours, and headings,
 * paragraphs, tables (a header repeated on each page they run onto) and horizontal bar charts
 * drawn as vector shapes with pdfkit, moving to a new page when the next piece does not fit.
 */
export const PAGE = { width: 595.28, height: 841.89, margin: 48 };
export const CONTENT = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 20;
export const INK = '#1f2329';
export const MUTED = '#646a73';
export const BLUE = '#1677ff';
export const TEAL = '#13c2c2';

export const RED = '#cf1322';
export const RULE = '#c9cdd4';
export const BOTTOM_Y = BOTTOM;

export interface Column {
  label: string;
  width: number;
  /** Where the cells stand: `left` is the start of the line (the right in a Uyghur report). */
  align?: 'left' | 'right';
}

export interface Series {
  name: string;
  color: string;
  values: number[];
}

/** What the report draws with: one kit for left-to-right languages, one for Uyghur. */
export interface DrawingKit {
  room(h: number): void;
  title(text: string): void;
  heading(text: string): void;
  caption(text: string): void;
  para(text: string, color?: string): void;
  table(columns: Column[], rows: string[][], emphasise?: (r: number, c: number) => boolean): void;
  bars(title: string, labels: string[], series: Series[], format: (v: number) => string): void;
  /** The page's footer (page number), below the text area. */
  footer(text: string): void;
}

/** The drawing helpers over one document, left to right (Chinese and English). */
export function drawingKit(doc: PdfDoc): DrawingKit {
  const room = (h: number) => {
    if (doc.y + h > BOTTOM) doc.addPage();
  };
  const heading = (text: string) => {
    room(60);
    doc.moveDown(0.6).fontSize(14).fillColor(INK).text(text, PAGE.margin, doc.y);
    const y = doc.y + 2;
    doc
      .moveTo(PAGE.margin, y)
      .lineTo(PAGE.margin + CONTENT, y)
      .lineWidth(0.7)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
    doc.fontSize(9.5);
  };
  const title = (text: string) => {
    doc.fontSize(18).fillColor(INK).text(text, { width: CONTENT });
    doc.moveDown(0.3);
  };
  const caption = (text: string) => {
    room(80);
    doc.fontSize(10).fillColor(INK).text(text);
    doc.moveDown(0.2);
  };
  const footer = (text: string) => {
    doc
      .fontSize(8)
      .fillColor(MUTED)
      .text(text, PAGE.margin, PAGE.height - PAGE.margin, {
        width: CONTENT,
        align: 'center',
        lineBreak: false,
      });
  };
  const para = (text: string, color = INK) => {
    room(16);
    doc.fontSize(9.5).fillColor(color).text(text, PAGE.margin, doc.y, { width: CONTENT });
    doc.moveDown(0.3);
  };
  const table = (
    columns: Column[],
    rows: string[][],
    emphasise?: (r: number, c: number) => boolean,
  ) => {
    const total = columns.reduce((n, c) => n + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT);
    const rowOf = (cells: string[], header: boolean, index: number) => {
      doc.fontSize(header ? 8.5 : 8.5);
      const heights = cells.map((t, i) => doc.heightOfString(t, { width: (widths[i] ?? 40) - 6 }));
      const h = Math.max(12, ...heights) + 5;
      if (doc.y + h > BOTTOM) {
        doc.addPage();
        if (!header)
          rowOf(
            columns.map((c) => c.label),
            true,
            -1,
          );
      }
      const y = doc.y;
      if (header) doc.rect(PAGE.margin, y, CONTENT, h).fill('#f2f3f5');
      let x = PAGE.margin;
      cells.forEach((t, i) => {
        const width = widths[i] ?? 40;
        const red = !header && emphasise?.(index, i);
        doc
          .fillColor(header ? MUTED : red ? RED : INK)
          .text(t, x + 3, y + 3, { width: width - 6, align: columns[i]?.align ?? 'left' });
        x += width;
      });
      doc
        .moveTo(PAGE.margin, y + h)
        .lineTo(PAGE.margin + CONTENT, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.x = PAGE.margin;
      doc.y = y + h;
    };
    rowOf(
      columns.map((c) => c.label),
      true,
      -1,
    );
    for (const [i, r] of rows.entries()) rowOf(r, false, i);
    doc.moveDown(0.5);
  };
  /** A horizontal bar chart: one row per label, one bar per series, values to scale. */
  const bars = (
    title: string,
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
    doc.fontSize(9).fillColor(INK).text(title, PAGE.margin, top);
    let lx = PAGE.margin + CONTENT;
    for (const s of [...series].reverse()) {
      const tw = doc.widthOfString(s.name) + 14;
      lx -= tw;
      doc.rect(lx, top + 2, 8, 7).fill(s.color);
      doc.fillColor(MUTED).text(s.name, lx + 10, top, { lineBreak: false });
    }
    const labelW = 110;
    const valueW = 70;
    const plotX = PAGE.margin + labelW;
    const plotW = CONTENT - labelW - valueW;
    const max = Math.max(1, ...series.flatMap((s) => s.values));
    let y = top + 20;
    doc.fontSize(8);
    labels.forEach((label, i) => {
      doc.fillColor(INK).text(label, PAGE.margin, y + rowH / 2 - 6, {
        width: labelW - 6,
        height: 11,
        ellipsis: true,
        lineBreak: false,
      });
      series.forEach((s, k) => {
        const v = s.values[i] ?? 0;
        const by = y + k * barH + 2;
        const bw = Math.max(v > 0 ? 1 : 0, (v / max) * plotW);
        doc.rect(plotX, by, bw, barH - 2).fill(s.color);
        doc
          .fillColor(MUTED)
          .fontSize(7)
          .text(format(v), plotX + bw + 3, by, { lineBreak: false });
        doc.fontSize(8);
      });
      y += rowH;
    });
    doc
      .moveTo(plotX, top + 18)
      .lineTo(plotX, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = PAGE.margin;
    doc.y = y + 10;
  };
  return { room, title, heading, caption, para, table, bars, footer };
}
