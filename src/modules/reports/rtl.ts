/**
 * Right-to-left lines for the Uyghur PDF report (decision 0072). pdfkit lays text out left to
 * right and hands each space-separated word to fontkit on its own, so Uyghur drawn as it is
 * comes out with its letters joined but its words, and any digits among them, in the wrong order.
 * Here each paragraph gets the Unicode bidirectional algorithm (bidi-js, UAX #9, base direction
 * right to left), is broken into lines by width, and each line is cut into pieces in visual
 * order: a piece is one font (Arabic script, or the CJK font for everything else: Chinese record
 * names, digits, Latin, brackets) and one direction. A right-to-left piece holding Arabic letters
 * is given to fontkit whole, in logical order, which shapes it (joined letter forms) and reverses
 * it; any other right-to-left piece (spaces, brackets) is reversed and mirrored here; a
 * left-to-right piece (numbers, codes, Chinese) is drawn as it is. The pieces are then placed
 * one after the other from the left, on one baseline.
 */
import type { Bidi } from 'bidi-js';
import type { PdfDoc } from './pdfkit-types.js';

let bidi: Bidi | null = null;

/**
 * Loads bidi-js, once, when a Uyghur PDF is first drawn (as pdfkit is: the server starts
 * without it). bidi-js is CommonJS (module.exports = the factory) typed as an ES default export.
 */
export async function loadBidi(): Promise<void> {
  if (bidi) return;
  const name = 'bidi-js';
  const m = (await import(name)) as { default: unknown };
  const factory = (
    typeof m.default === 'function' ? m.default : (m.default as { default: unknown }).default
  ) as () => Bidi;
  bidi ??= factory();
}

/** The document's font names: `ar` (Arabic script) and `cjk` (Chinese, Latin, digits). */
export type FontName = 'ar' | 'cjk';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** A letter of the Arabic script: what makes fontkit shape a piece right to left. */
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Neutral characters the Arabic font draws (Noto Sans/Naskh Arabic have these). */
const ARABIC_NEUTRALS = new Set([' ', '.', ',', '«', '»']);
/** Bidi controls: they steer the algorithm and are not drawn. */
const CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Characters a line may break before or after (CJK ideographs and their punctuation). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A run of text isolated from its surroundings (FSI … PDI): a Chinese name or a code inside a
 * Uyghur sentence keeps its own order, brackets included.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * A left-to-right isolate (LRI … PDI): an amount or a percentage keeps its sign and its `%` on
 * the sides they are written on (without it, −0.30 at the start of a Uyghur cell reads 0.30−).
 */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** One piece of a line, in visual order. */
export interface Piece {
  text: string;
  font: FontName;
  /** Drawn with fontkit's shaping over the whole piece (it shapes and reverses Arabic script). */
  shaped: boolean;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
}

function fontOf(ch: string, level: number): FontName {
  if (ARABIC.test(ch)) return 'ar';
  if (level & 1 && ARABIC_NEUTRALS.has(ch)) return 'ar';
  return 'cjk';
}

function widthOf(doc: PdfDoc, text: string, font: FontName, size: number, shaped: boolean) {
  doc.font(font).fontSize(size);
  return shaped ? doc.widthOfString(text, { features: [] }) : doc.widthOfString(text);
}

/**
 * Lays a paragraph out right to left: its lines (broken at spaces and between Chinese
 * characters, a word longer than the width broken anywhere), each as pieces in visual order.
 */
export function layoutRtl(doc: PdfDoc, text: string, size: number, maxWidth: number): Line[] {
  const algo = bidi;
  if (!algo) throw new Error('layoutRtl before loadBidi()');
  const paragraph = text.replace(/[\r\n]+/g, ' ');
  if (paragraph.length === 0) return [];
  const embedding = algo.getEmbeddingLevels(paragraph, 'rtl');
  const levels = embedding.levels;

  /** The width of the logical range [start, end), cut by font as it will be drawn. */
  const measure = (start: number, end: number): number => {
    let width = 0;
    let font: FontName | null = null;
    let run = '';
    const flush = () => {
      if (font && run) width += widthOf(doc, run, font, size, font === 'ar');
      run = '';
    };
    for (let i = start; i < end; i++) {
      const ch = paragraph[i] ?? '';
      if (CONTROL.test(ch)) continue;
      const f = fontOf(ch, levels[i] ?? 1);
      if (f !== font) {
        flush();
        font = f;
      }
      run += ch;
    }
    flush();
    return width;
  };

  // Break opportunities: after a space, and before and after a CJK character.
  const tokens: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i] ?? '';
    const next = paragraph[i + 1] ?? '';
    const breakAfter =
      (ch === ' ' && next !== ' ') || CJK.test(ch) || (CJK.test(next) && next !== '' && ch !== ' ');
    if (breakAfter || i === paragraph.length - 1) {
      tokens.push([start, i + 1]);
      start = i + 1;
    }
  }
  const trimmedEnd = (s: number, e: number) => {
    let end = e;
    while (end > s && paragraph[end - 1] === ' ') end--;
    return end;
  };

  const ranges: [number, number][] = [];
  let lineStart = -1;
  let lineEnd = -1;
  for (const [s, e] of tokens) {
    if (lineStart < 0) {
      lineStart = s;
      lineEnd = e;
    } else if (measure(lineStart, trimmedEnd(lineStart, e)) <= maxWidth) {
      lineEnd = e;
      continue;
    } else {
      ranges.push([lineStart, lineEnd]);
      lineStart = s;
      lineEnd = e;
    }
    // A token wider than the line on its own: cut it where it no longer fits.
    while (measure(lineStart, trimmedEnd(lineStart, lineEnd)) > maxWidth) {
      let cut = lineStart + 1;
      while (cut < lineEnd && measure(lineStart, cut + 1) <= maxWidth) cut++;
      if (cut >= lineEnd) break;
      ranges.push([lineStart, cut]);
      lineStart = cut;
    }
  }
  if (lineStart >= 0) ranges.push([lineStart, lineEnd]);

  return ranges.map(([s, e]) => {
    const end = trimmedEnd(s, e);
    if (end <= s) return { pieces: [], width: 0 };
    const order = algo.getReorderedIndices(paragraph, embedding, s, end - 1).slice(s, end);
    const mirrored = algo.getMirroredCharactersMap(paragraph, levels, s, end - 1);
    const pieces: Piece[] = [];
    let chars: string[] = [];
    let font: FontName | null = null;
    let rtl = false;
    const flush = () => {
      if (font && chars.length > 0) {
        const logical = [...chars].reverse().join('');
        const shaped = rtl && font === 'ar' && ARABIC_LETTER.test(logical);
        const drawn = shaped ? logical : chars.join('');
        pieces.push({ text: drawn, font, shaped, width: widthOf(doc, drawn, font, size, shaped) });
      }
      chars = [];
    };
    for (const i of order) {
      const ch = paragraph[i] ?? '';
      if (CONTROL.test(ch)) continue;
      const level = levels[i] ?? 1;
      const f = fontOf(ch, level);
      const odd = (level & 1) === 1;
      if (f !== font || odd !== rtl) {
        flush();
        font = f;
        rtl = odd;
      }
      chars.push(mirrored.get(i) ?? ch);
    }
    flush();
    return { pieces, width: pieces.reduce((n, p) => n + p.width, 0) };
  });
}

/** Draws one laid-out line with its left end at x and its baseline at y. */
export function drawLine(doc: PdfDoc, line: Line, x: number, baseline: number, size: number) {
  let at = x;
  for (const p of line.pieces) {
    doc.font(p.font).fontSize(size);
    doc.text(p.text, at, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      ...(p.shaped ? { features: [] } : {}),
    });
    at += p.width;
  }
}
