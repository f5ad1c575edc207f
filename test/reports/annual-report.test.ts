/**
 * The annual work reports (issue 11 point 4, decision 0058) on both engines: every figure equals
 * the one computed by hand from a small fixture; each caller sees only what it may (a donor's
 * editor never another donor's unpublished project); the PDF parses, has its pages, embeds a
 * subset Chinese font and holds the Chinese text (pdftotext, poppler-utils: under CI a missing
 * one fails); without a font the PDF route says what to install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { computeWarnings } from '../../src/modules/warnings/compute.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject, insertProject, insertTransaction } from '../support/factories.js';

function poppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('pdftotext is missing (install poppler-utils)');
    console.warn(
      'SKIPPED: reading the PDF’s text — pdftotext is missing (apt-get install poppler-utils)',
    );
    return false;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'shanhai-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF's text and page count, read by poppler. */
function readPdf(pdf: Buffer, name: string): { text: string; pages: number; fonts: string } {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), fonts };
}

/**
 * Beijing's two projects of 2025 in Hotan prefecture — BJ-A in Hotan city (a county, livelihood,
 * published, started), BJ-B placed at the prefecture itself (above county, industry,
 * unpublished) — and Shanghai's unpublished SH-U in Hotan city. Beijing disburses 4,500,000 +
 * 1,500,000 fen in 2025: 75.00% at county level and below and 75.00% livelihood, each 300,000
 * fen short of 80% of 6,000,000. A 2024 disbursement must not count.
 */
async function fixture(ctx: Parameters<Parameters<typeof describeEachDatabase>[1]>[0]) {
  const db = ctx.database;
  await insertProject(db, {
    code: 'RP-BJ-A',
    name: '和田市民生项目',
    donor: '110000',
    year: 2025,
    stage: 'started',
    budgetFen: 8_000_000,
    locations: [{ area: '653201', shareBp: 10000 }],
    published: true,
  });
  await insertProject(db, {
    code: 'RP-BJ-B',
    name: '和田地区产业项目',
    donor: '110000',
    year: 2025,
    livelihoodShareBp: 0,
    budgetFen: 3_000_000,
    locations: [{ area: '653200', shareBp: 10000 }],
  });
  await insertProject(db, {
    code: 'RP-SH-U',
    name: '上海未发布项目',
    donor: '310000',
    year: 2025,
    budgetFen: 5_000_000,
    locations: [{ area: '653201', shareBp: 10000 }],
  });
  const tx = (
    projectCode: string,
    type: 'commitment' | 'disbursement',
    valueFen: number,
    date: string,
  ) => insertTransaction(db, { projectCode, type, valueFen, date });
  await tx('RP-BJ-A', 'commitment', 6_000_000, '2025-02-01');
  await tx('RP-BJ-A', 'disbursement', 4_500_000, '2025-03-01');
  await tx('RP-BJ-A', 'disbursement', 999, '2024-12-31');
  await tx('RP-BJ-B', 'commitment', 2_000_000, '2025-02-01');
  await tx('RP-BJ-B', 'disbursement', 1_500_000, '2025-04-01');
  await tx('RP-SH-U', 'commitment', 500_000, '2025-02-01');
  await tx('RP-SH-U', 'disbursement', 300_000, '2025-05-01');
}

describeEachDatabase('the annual work reports', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const get = (who: string | null, url: string, lang = 'zh-CN') =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { ...(who ? { cookie: cookies[who] ?? '' } : {}), 'accept-language': lang },
    });
  const json = async (who: string, url: string) => {
    const res = await get(who, url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    await fixture(ctx);
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.shanghai = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.hotan = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
  });

  it('gives a donor’s figures as computed by hand', async () => {
    const r = await json('coordinator', '/api/reports/donor/110000?year=2025');
    expect(r.subject).toEqual({ code: '110000', name: '北京市', nameEn: 'Beijing', level: null });
    expect(r.funds).toEqual({
      committedFen: 8_000_000,
      arrivedFen: 0,
      disbursedFen: 6_000_000,
      spentFen: 0,
    });
    expect(r.fundsBy).toEqual([
      expect.objectContaining({ code: '653200', committedFen: 8_000_000, disbursedFen: 6_000_000 }),
    ]);
    const actual = r.rules.find((l: { basis: string }) => l.basis === 'actual');
    expect(actual).toMatchObject({
      programme: { code: 'xinjiang' },
      donor: { code: '110000' },
      totalFen: 6_000_000,
      countyAndBelowFen: 4_500_000,
      livelihoodFen: 4_500_000,
      countyAndBelowBp: 7500,
      livelihoodBp: 7500,
      thresholds: { countyAndBelowBp: 8000, livelihoodBp: 8000 },
      countyAndBelowOk: false,
      livelihoodOk: false,
      marginFen: { countyAndBelow: -300_000, livelihood: -300_000 },
    });
    const plan = r.rules.find((l: { basis: string }) => l.basis === 'plan');
    expect(plan).toMatchObject({ totalFen: 0, countyAndBelowOk: null });
    expect(r.projects).toEqual({
      total: 2,
      jobsCreated: 0,
      byStage: [
        { key: 'approved', name: '立项', nameEn: 'Approved', projects: 1 },
        { key: 'started', name: '开工', nameEn: 'Started', projects: 1 },
      ],
      byType: [
        expect.objectContaining({ key: 'industry', name: '产业', projects: 1 }),
        expect.objectContaining({ key: 'livelihood', name: '民生', projects: 1 }),
      ],
    });
    expect(
      r.largestProjects.map((p: { code: string; budgetFen: number }) => [p.code, p.budgetFen]),
    ).toEqual([
      ['RP-BJ-A', 8_000_000],
      ['RP-BJ-B', 3_000_000],
    ]);
    expect(r.largestProjects[0].areas).toEqual([
      { code: '653201', name: '和田市', nameEn: expect.any(String), nameUg: 'خوتەن شەھىرى' },
    ]);
    expect(r.warnings).toEqual({
      open: 0,
      acknowledged: 0,
      resolved: 0,
      dismissed: 0,
      openItems: [],
    });
    // The year before holds only the 2024 disbursement.
    const before = await json('coordinator', '/api/reports/donor/110000?year=2024');
    expect(before.funds.disbursedFen).toBe(999);
    expect(before.projects.total).toBe(0);
  });

  it('gives an area’s figures to each caller as it may see them', async () => {
    const all = await json('coordinator', '/api/reports/area/653200?year=2025');
    expect(all.subject).toMatchObject({ code: '653200', name: '和田地区', level: 'prefecture' });
    expect(all.funds).toMatchObject({ committedFen: 8_500_000, disbursedFen: 6_300_000 });
    expect(all.projects.total).toBe(3);
    expect(all.largestProjects.map((p: { code: string }) => p.code)).toEqual([
      'RP-BJ-A',
      'RP-SH-U',
      'RP-BJ-B',
    ]);
    expect(
      all.fundsBy.map((l: { code: string; disbursedFen: number }) => [l.code, l.disbursedFen]),
    ).toEqual([
      ['110000', 6_000_000],
      ['310000', 300_000],
    ]);
    expect(new Set(all.rules.map((l: { donor: { code: string } }) => l.donor.code))).toEqual(
      new Set(['110000', '310000']),
    );

    // Beijing's editor: Shanghai's unpublished project is in no figure, nor Shanghai's rules.
    const bj = await json('beijing', '/api/reports/area/653200?year=2025');
    expect(bj.funds).toMatchObject({ committedFen: 8_000_000, disbursedFen: 6_000_000 });
    expect(bj.projects.total).toBe(2);
    expect(bj.largestProjects.map((p: { code: string }) => p.code)).toEqual(['RP-BJ-A', 'RP-BJ-B']);
    expect(bj.fundsBy.map((l: { code: string }) => l.code)).toEqual(['110000']);
    expect(bj.rules.map((l: { donor: { code: string } }) => l.donor.code)).toEqual([
      '110000',
      '110000',
    ]);
    expect(JSON.stringify(bj)).not.toContain('RP-SH-U');

    // Shanghai's editor: its own unpublished project and Beijing's published one, not BJ-B.
    const sh = await json('shanghai', '/api/reports/area/653201?year=2025');
    expect(sh.largestProjects.map((p: { code: string }) => p.code)).toEqual(['RP-BJ-A', 'RP-SH-U']);
    expect(JSON.stringify(sh)).not.toContain('RP-BJ-B');

    // A viewer: published records only, and no rules at all.
    const viewer = await json('viewer', '/api/reports/area/653200?year=2025');
    expect(viewer.largestProjects.map((p: { code: string }) => p.code)).toEqual(['RP-BJ-A']);
    expect(viewer.rules).toBeNull();
  });

  it('refuses a donor’s report to those who may not read its rules', async () => {
    expect((await get(null, '/api/reports/donor/110000?year=2025')).statusCode).toBe(401);
    expect((await get(null, '/api/reports/area/653200?year=2025')).statusCode).toBe(401);
    for (const who of ['shanghai', 'hotan', 'viewer']) {
      const res = await get(who, '/api/reports/donor/110000?year=2025');
      expect(res.statusCode, who).toBe(403);
      const pdf = await get(who, '/api/reports/donor/110000/pdf?year=2025');
      expect(pdf.statusCode, who).toBe(403);
    }
    expect((await get('auditor', '/api/reports/donor/110000?year=2025')).statusCode).toBe(200);
    expect((await get('beijing', '/api/reports/donor/110000?year=2025')).statusCode).toBe(200);
  });

  it('refuses bad input naming the field, and unknown subjects', async () => {
    const noYear = await get('coordinator', '/api/reports/donor/110000');
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().errors[0].field).toBe('query.year');
    expect((await get('coordinator', '/api/reports/donor/110000?year=1800')).statusCode).toBe(400);
    expect((await get('coordinator', '/api/reports/donor/999999?year=2025')).statusCode).toBe(404);
    expect((await get('coordinator', '/api/reports/area/659999?year=2025')).statusCode).toBe(404);
    const lang = await get('coordinator', '/api/reports/area/653200/pdf?year=2025&lang=fr');
    expect(lang.statusCode).toBe(400);
    expect(lang.json().errors[0].field).toBe('query.lang');
  });

  it('draws the PDF: A4 pages, a subset Chinese font embedded, the Chinese text and charts', async () => {
    const res = await get('coordinator', '/api/reports/donor/110000/pdf?year=2025');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('shanhai-donor-110000-2025-zh.pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+\S+/); // a subset font …
    expect(raw).toContain('/FontFile2'); // … embedded
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]'); // A4
    if (!poppler()) return;
    const zh = readPdf(pdf, 'bj-zh.pdf');
    expect(zh.pages).toBeGreaterThanOrEqual(1);
    expect(zh.fonts).toMatch(/\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const text = zh.text.replace(/[ \t]+/g, ' ');
    for (const words of [
      '北京市 2025 年度对口支援工作报告',
      '一、资金',
      '二、两个80%',
      '和田市民生项目',
      '和田地区产业项目',
      '-0.30 未达标', // the shortfall, 300,000 fen = 0.30 万元
      '8.00', // committed 8,000,000 fen = 8.00 万元
      '七、预警',
    ]) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toContain('上海未发布项目');

    const en = await get('beijing', '/api/reports/area/653200/pdf?year=2025&lang=en');
    expect(en.statusCode).toBe(200);
    const area = readPdf(en.rawPayload, 'hotan-en.pdf');
    const enText = area.text.replace(/[ \t]+/g, ' ');
    expect(enText).toContain('Hotan Prefecture: annual report of assistance received, 2025');
    expect(enText).toContain('The two 80% rules of the donors with money here');
    expect(enText).not.toContain('RP-SH-U');
  });

  it('says what to install when the server has no Chinese font (503)', async () => {
    const before = process.env.SHANHAI_PDF_FONT;
    process.env.SHANHAI_PDF_FONT = join(dir, 'no-such-font.ttc');
    try {
      const res = await get('coordinator', '/api/reports/donor/110000/pdf?year=2025', 'en');
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code).toBe('report.fontMissing');
      expect(res.json().detail).toContain('fonts-wqy-microhei');
      // The JSON report does not need the font.
      expect((await get('coordinator', '/api/reports/donor/110000?year=2025')).statusCode).toBe(
        200,
      );
    } finally {
      if (before === undefined) delete process.env.SHANHAI_PDF_FONT;
      else process.env.SHANHAI_PDF_FONT = before;
    }
  });

  it('counts the warnings open and resolved, listing the open ones the caller may see', async () => {
    // Two projects in Hotan city that should have started on 2026-10-01: Beijing's (published)
    // and Shanghai's (unpublished); warnings computed as of 2026-11-28.
    const late = { stage: 'approved' as const, stageDates: { started: { planned: '2026-10-01' } } };
    await createTestProject(ctx.database, {
      code: 'RP-W-BJ',
      name: { zh: '北京逾期开工项目' },
      donor: '110000',
      published: true,
      locations: [{ area: '653201', shareBp: 10000 }],
      ...late,
    });
    await createTestProject(ctx.database, {
      code: 'RP-W-SH',
      name: { zh: '上海逾期开工项目' },
      donor: '310000',
      published: false,
      locations: [{ area: '653201', shareBp: 10000 }],
      ...late,
    });
    await computeWarnings({ actor: systemActor('test'), db: ctx.database.db }, '2026-11-28');
    const bj = await json('coordinator', '/api/reports/donor/110000?year=2025');
    // Beijing's: the late start, and RP-BJ-A's last disbursement (2025-03-01) months ago.
    expect(bj.warnings).toMatchObject({ open: 2, acknowledged: 0, resolved: 0, dismissed: 0 });
    const items = (list: { kind: string; subject: string }[]) =>
      list.map((w) => `${w.kind} ${w.subject}`).sort();
    expect(items(bj.warnings.openItems)).toEqual([
      'no-disbursement 和田市民生项目',
      'not-started 北京逾期开工项目',
    ]);
    const all = await json('coordinator', '/api/reports/area/653200?year=2025');
    expect(all.warnings.open).toBe(3);
    expect(items(all.warnings.openItems)).toContain('not-started 上海逾期开工项目');
    const mine = await json('beijing', '/api/reports/area/653200?year=2025');
    expect(mine.warnings.open).toBe(2);
    expect(JSON.stringify(mine.warnings)).not.toContain('上海逾期开工项目');

    // Resolving Beijing's late start: one resolved, one open.
    const w = bj.warnings.openItems.find((x: { kind: string }) => x.kind === 'not-started');
    const row = await ctx.database.db
      .selectFrom('warnings')
      .select('version')
      .where('id', '=', w.id)
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/warnings/${w.id}`,
      headers: { cookie: cookies.coordinator ?? '', 'if-match': `"${row.version}"` },
      payload: { status: 'resolved', resolutionNote: '已开工' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await json('coordinator', '/api/reports/donor/110000?year=2025');
    expect(after.warnings).toMatchObject({ open: 1, resolved: 1 });
    expect(items(after.warnings.openItems)).toEqual(['no-disbursement 和田市民生项目']);
  });
});
