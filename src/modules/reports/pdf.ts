/**
 * The annual report as a PDF (decision 0058), drawn by pdfkit in the server's process: A4, a
 * Chinese font embedded and subset (only the glyphs used), bar charts drawn as vector shapes.
 * The font is the system's (fonts-wqy-microhei on Debian, or SHANHAI_PDF_FONT): without one
 * the report cannot be drawn and the caller gets a problem naming what to install.
 */
import { existsSync } from 'node:fs';
import { UnavailableError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { isStage, type Stage } from '../../domain/stages.js';
import {
  fill,
  percent as percentText,
  type ReportLang,
  stageName,
  WORDS,
  type Words,
  wan as wanText,
  warningKindName,
} from './labels.js';
import { BLUE, drawingKit, INK, MUTED, PAGE, TEAL } from './pdf-draw.js';
import { rtlDrawingKit } from './pdf-draw-rtl.js';
import { pdfDocument } from './pdfkit-types.js';
import { isolate, loadBidi, ltr } from './rtl.js';
import type { ReportView } from './schema.js';

/** Where a Chinese font is looked for, in order (the first that exists is used). */
export const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
] as const;

/** The PostScript name to pick from a font collection (.ttc), by file. */
const FAMILY_IN_COLLECTION: Record<string, string> = {
  'wqy-microhei.ttc': 'WenQuanYiMicroHei',
  'wqy-zenhei.ttc': 'WenQuanYiZenHei',
  'NotoSansCJK-Regular.ttc': 'NotoSansCJKsc-Regular',
  'uming.ttc': 'AR-PLUMingCN-Light',
};

/**
 * The Chinese font file to embed: SHANHAI_PDF_FONT when set (it must exist), else the first
 * candidate present. @throws UnavailableError (503) naming what was looked for
 */
export function findFont(env: NodeJS.ProcessEnv = process.env): { path: string; family?: string } {
  const asked = env.SHANHAI_PDF_FONT;
  const paths = asked ? [asked] : [...FONT_CANDIDATES];
  for (const path of paths) {
    if (existsSync(path)) {
      const file = path.split('/').pop() ?? '';
      const family = FAMILY_IN_COLLECTION[file];
      return family ? { path, family } : { path };
    }
  }
  throw new UnavailableError(problem('report.fontMissing', { paths: paths.join(', ') }));
}

/**
 * Where a font with the Arabic script is looked for, for the Uyghur report (decision 0072):
 * Debian's fonts-noto-core (installed by .ci/run).
 */
export const ARABIC_FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf',
] as const;

/**
 * The Arabic-script font of the Uyghur report: SHANHAI_PDF_FONT_UG when set (it must exist),
 * else the first candidate present. @throws UnavailableError (503) naming what was looked for
 */
export function findArabicFont(env: NodeJS.ProcessEnv = process.env): string {
  const asked = env.SHANHAI_PDF_FONT_UG;
  const paths = asked ? [asked] : [...ARABIC_FONT_CANDIDATES];
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  throw new UnavailableError(problem('report.uyghurFontMissing', { paths: paths.join(', ') }));
}

/** Draws the report into a PDF and returns its bytes. @throws UnavailableError without a font */
export async function renderReportPdf(report: ReportView, lang: ReportLang): Promise<Buffer> {
  const font = findFont();
  const arabic = lang === 'ug' ? findArabicFont() : null;
  if (lang === 'ug') await loadBidi();
  const w: Words = WORDS[lang];
  /** A record's own words (Chinese names, codes): an isolated run inside Uyghur lines. */
  const own = (text: string) => (lang === 'ug' ? isolate(text) : text);
  // Records have no Uyghur names: a Uyghur report shows the Chinese one (decision 0060).
  const nameOf = (x: { name: string; nameEn: string }) => (lang === 'en' ? x.nameEn : own(x.name));
  /** Amounts and rates: a left-to-right run inside Uyghur lines. */
  const wan = (fen: number | bigint) => (lang === 'ug' ? ltr(wanText(fen)) : wanText(fen));
  const percent = (bp: number) => (lang === 'ug' ? ltr(percentText(bp)) : percentText(bp));
  const PDFDocument = await pdfDocument();
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: fill(report.kind === 'donor' ? w.titleDonor : w.titleArea, {
        name: nameOf(report.subject),
        year: report.year,
      }),
      Author: 'Shanhai',
      Subject: `${report.kind} ${report.subject.code} ${report.year}`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.path, font.family);
  if (arabic) doc.registerFont('ar', arabic);
  doc.font('cjk').fillColor(INK);

  const { title, heading, caption, para, table, bars, footer } =
    lang === 'ug' ? rtlDrawingKit(doc) : drawingKit(doc);
  const hidden = () => para(w.hidden, MUTED);
  const wanNumber = (fen: number | bigint) => Number(BigInt(fen) / 10_000n) / 100;

  // Title
  title(
    fill(report.kind === 'donor' ? w.titleDonor : w.titleArea, {
      name: nameOf(report.subject),
      year: report.year,
    }),
  );
  para(
    `${report.subject.code} · ${fill(w.generated, { date: report.generatedAt.slice(0, 10) })}`,
    MUTED,
  );

  // 1. Funds
  heading(w.funds);
  if (report.funds === null) hidden();
  else {
    const f = report.funds;
    table(
      [
        { label: w.committed, width: 1, align: 'right' },
        { label: w.arrived, width: 1, align: 'right' },
        { label: w.disbursed, width: 1, align: 'right' },
        { label: w.spent, width: 1, align: 'right' },
      ],
      [[wan(f.committedFen), wan(f.arrivedFen), wan(f.disbursedFen), wan(f.spentFen)]],
    );
  }
  if (report.fundsBy !== null && report.fundsBy.length > 0) {
    const lines = report.fundsBy.slice(0, 12);
    bars(
      `${report.kind === 'donor' ? w.fundsByArea : w.fundsByDonor} · ${w.chartFunds}`,
      lines.map(nameOf),
      [
        { name: w.committed, color: BLUE, values: lines.map((l) => wanNumber(l.committedFen)) },
        { name: w.disbursed, color: TEAL, values: lines.map((l) => wanNumber(l.disbursedFen)) },
      ],
      (v) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    );
  }

  // 2. The two rules
  heading(report.kind === 'donor' ? w.rules : w.rulesArea);
  if (report.rules === null) hidden();
  else if (report.rules.length === 0) para(w.none, MUTED);
  else {
    const verdict = (ok: boolean | null) => (ok === null ? w.na : ok ? w.pass : w.fail);
    const margin = (m: number | bigint | null) => (m === null ? w.na : wan(m));
    const rows = report.rules.map((r) => [
      report.kind === 'donor' ? nameOf(r.programme) : `${nameOf(r.donor)} · ${nameOf(r.programme)}`,
      r.basis === 'plan' ? w.plan : w.actual,
      wan(r.totalFen),
      `${percent(r.countyAndBelowBp)} / ${r.thresholds ? percent(r.thresholds.countyAndBelowBp) : w.na}`,
      `${margin(r.marginFen.countyAndBelow)} ${verdict(r.countyAndBelowOk)}`,
      `${percent(r.livelihoodBp)} / ${r.thresholds ? percent(r.thresholds.livelihoodBp) : w.na}`,
      `${margin(r.marginFen.livelihood)} ${verdict(r.livelihoodOk)}`,
    ]);
    table(
      [
        { label: w.programme, width: 2.1 },
        { label: w.basis, width: 0.8 },
        { label: w.total, width: 1.3, align: 'right' },
        { label: `${w.county} / ${w.threshold}`, width: 1.6, align: 'right' },
        { label: w.margin, width: 1.9, align: 'right' },
        { label: `${w.livelihood} / ${w.threshold}`, width: 1.6, align: 'right' },
        { label: w.margin, width: 1.9, align: 'right' },
      ],
      rows,
      (i, c) => {
        const r = report.rules?.[i];
        return (c === 4 && r?.countyAndBelowOk === false) || (c === 6 && r?.livelihoodOk === false);
      },
    );
  }

  // 3. Projects
  heading(w.projects);
  para(fill(w.projectCount, { n: report.projects.total, jobs: report.projects.jobsCreated }));
  bars(
    w.chartStages,
    report.projects.byStage.map((s) => (isStage(s.key) ? stageName(s.key as Stage, lang) : s.key)),
    [{ name: w.count, color: BLUE, values: report.projects.byStage.map((s) => s.projects) }],
    (v) => String(v),
  );
  if (report.projects.byType.length > 0) {
    table(
      [
        { label: w.type, width: 3 },
        { label: w.count, width: 1, align: 'right' },
      ],
      report.projects.byType.map((t) => [nameOf(t), String(t.projects)]),
    );
  }
  caption(fill(w.largest, { n: report.largestProjects.length }));
  if (report.largestProjects.length === 0) para(w.none, MUTED);
  else {
    table(
      [
        { label: w.code, width: 2 },
        { label: w.name, width: 2.8 },
        { label: w.donor, width: 1.3 },
        { label: w.stage, width: 1.1 },
        { label: w.areas, width: 1.6 },
        { label: w.budget, width: 1.2, align: 'right' },
      ],
      report.largestProjects.map((p) => [
        p.code,
        lang === 'en' ? (p.nameEn ?? p.name) : own(p.name),
        nameOf(p.donor),
        isStage(p.stage) ? stageName(p.stage, lang) : p.stage,
        p.areas.map(nameOf).join(lang === 'zh' ? '、' : lang === 'ug' ? '، ' : ', '),
        wan(p.budgetFen),
      ]),
    );
  }

  // 4. People
  heading(w.people);
  if (report.people === null) hidden();
  else {
    const p = report.people;
    para(
      fill(w.sent, {
        n: p.sent,
        flex: p.sentFlexible,
        now: p.servingNow,
        flexNow: p.servingFlexibleNow,
      }),
    );
    if (p.byCounterpart.length > 0) {
      const lines = p.byCounterpart.slice(0, 12);
      bars(
        `${report.kind === 'donor' ? w.fundsByArea : w.fundsByDonor} · ${w.sentBy}`,
        lines.map(nameOf),
        [{ name: w.sentBy, color: TEAL, values: lines.map((l) => l.sent) }],
        (v) => String(v),
      );
    }
    if (p.batches.length > 0) {
      table(
        [
          { label: w.batches, width: 1 },
          { label: w.name, width: 3 },
          { label: w.programme, width: 1.5 },
          { label: w.startsOn, width: 1.2 },
        ],
        p.batches.map((b) => [
          fill(w.batch, { n: b.number }),
          own(b.name ?? ''),
          own(b.programme),
          b.startsOn ?? '',
        ]),
      );
    }
  }

  // 5. Training, companies, sales
  heading(w.training);
  if (report.training === null) hidden();
  else {
    const t = report.training;
    para(fill(w.trainingLine, { n: t.peopleTrained, times: t.personTimes, jobs: t.jobsFound }));
  }
  if (report.companies !== null) {
    const c = report.companies;
    para(
      fill(w.companiesLine, {
        n: c.companies,
        inv: wan(c.investmentFen),
        jobs: c.jobs,
        open: c.casesOpen,
      }),
    );
  }
  if (report.sales !== null) para(fill(w.salesLine, { sales: wan(report.sales.salesFen) }));

  // 6. Indicators
  heading(w.indicators);
  if (report.indicators.length === 0) para(w.noIndicators, MUTED);
  else {
    table(
      [
        { label: w.indicator, width: 3 },
        { label: w.value, width: 1.5, align: 'right' },
      ],
      report.indicators.map((i) => [
        nameOf(i),
        i.value === null
          ? w.na
          : i.unit === 'fen'
            ? `${wan(i.value)} ${w.unitWan}`
            : Number(i.value).toLocaleString('en-US'),
      ]),
    );
  }

  // 7. Warnings
  heading(w.warnings);
  const ws = report.warnings;
  para(
    fill(w.warningsLine, {
      open: ws.open,
      ack: ws.acknowledged,
      resolved: ws.resolved,
      dismissed: ws.dismissed,
    }),
  );
  if (ws.openItems.length > 0) {
    table(
      [
        { label: w.kind, width: 1.5 },
        { label: w.subject, width: 3 },
        { label: w.detected, width: 1.2 },
      ],
      ws.openItems.map((i) => [
        warningKindName(i.kind, lang),
        own(i.subject),
        i.detectedAt.slice(0, 10),
      ]),
    );
  }

  // Page numbers
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer lies below the text area: no new page for it
    footer(`${report.subject.code} · ${report.year} · ${fill(w.page, { n: i + 1 })}`);
  }
  doc.end();
  return done;
}
