/**
 * The part of pdfkit's document the reports use, typed here, and pdfkit loaded when a PDF is
 * first drawn: the server (and every test that builds the app) starts without loading it.
 */
export interface TextOptions {
  width?: number;
  height?: number;
  align?: 'left' | 'right' | 'center';
  lineBreak?: boolean;
  ellipsis?: boolean;
  /** Where y is: the top of the line (pdfkit's default) or the alphabetic baseline. */
  baseline?: 'alphabetic' | 'top';
  /** OpenType features; given (even empty), the whole string is shaped as one run. */
  features?: string[];
}

export interface PdfDoc {
  x: number;
  y: number;
  page: { margins: { bottom: number } };
  text(text: string, options?: TextOptions): this;
  text(text: string, x: number, y: number, options?: TextOptions): this;
  fontSize(size: number): this;
  font(name: string): this;
  registerFont(name: string, path: string, family?: string): this;
  fillColor(color: string): this;
  strokeColor(color: string): this;
  lineWidth(width: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  stroke(): this;
  rect(x: number, y: number, w: number, h: number): this;
  fill(color?: string): this;
  moveDown(lines?: number): this;
  addPage(): this;
  switchToPage(n: number): this;
  bufferedPageRange(): { start: number; count: number };
  heightOfString(text: string, options?: TextOptions): number;
  widthOfString(text: string, options?: TextOptions): number;
  on(event: 'data', fn: (chunk: Buffer) => void): this;
  on(event: 'end', fn: () => void): this;
  on(event: 'error', fn: (err: Error) => void): this;
  end(): void;
}

export interface PdfOptions {
  size: string;
  margin: number;
  bufferPages: boolean;
  info: Record<string, string>;
}

type PdfConstructor = new (options: PdfOptions) => PdfDoc;

let loaded: Promise<PdfConstructor> | null = null;

/** pdfkit's document class, imported once on first use. */
export function pdfDocument(): Promise<PdfConstructor> {
  // Named through a variable: typed by PdfDoc above, not by a declaration package.
  const name = 'pdfkit';
  loaded ??= import(name).then(
    (m: { default?: unknown }) => (m.default ?? m) as unknown as PdfConstructor,
  );
  return loaded;
}
