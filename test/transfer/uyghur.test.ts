/**
 * Uyghur templates, imports and exports (issue 13 point 1, decision 0060) on both engines: every
 * column's header and comment and every sheet name has a Uyghur text; a template asked for in
 * Uyghur has right-to-left sheets, Uyghur headers, comments, drop-down entries and yes/no; the
 * filled Uyghur template imports (dry run, commit, again: nothing twice) with its problems in
 * Uyghur; its Uyghur export imports again as "existing"; the API takes lang=ug and
 * Accept-Language: ug.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { writeExport } from '../../src/modules/transfer/export.js';
import { type ImportReport, runImport } from '../../src/modules/transfer/import.js';
import { KINDS, SPECS } from '../../src/modules/transfer/kinds.js';
import { markedReport } from '../../src/modules/transfer/marked.js';
import { buildTemplate, type Lang } from '../../src/modules/transfer/template.js';
import { signInCallers } from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { filledTemplate, SYSTEM, written } from './support.js';

const ARABIC = /[\u0600-\u06ff]/;
const HAN = /[\u4e00-\u9fff]/;

it('has a Uyghur header, comment and sheet name for every column of every kind', () => {
  for (const kind of KINDS) {
    const spec = SPECS[kind];
    expect(spec.sheet.ug, kind).toMatch(ARABIC);
    expect(spec.sheet.ug.length, kind).toBeLessThanOrEqual(31);
    for (const c of spec.columns) {
      for (const text of [c.header, c.comment]) {
        expect(text.ug, `${kind} ${c.field}`).toMatch(ARABIC);
        expect(text.ug, `${kind} ${c.field}`).not.toMatch(HAN);
        expect([text.zh, text.en], `${kind} ${c.field}`).not.toContain(text.ug);
      }
    }
    // a header names one column only, or reading it back would take the wrong one
    const headers = spec.columns.map((c) => c.header.ug);
    expect(new Set(headers).size, kind).toBe(headers.length);
  }
});

const cellText = (cell: ExcelJS.Cell) => {
  const note = cell.note;
  return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
};

async function workbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Two projects as a Uyghur user fills the Uyghur template: drop-down entries, ھەئە / ياق. */
const UG_ROWS: ExcelJS.CellValue[][] = [
  [
    'UG-0001',
    'خوتەن شەھىرى سۇ تەمىناتى',
    'Hotan water supply',
    null,
    '北京市 [110000]',
    null,
    'livelihood',
    'قۇرۇلۇش باشلاندى [started]',
    1_200_000,
    2026,
    new Date(Date.UTC(2026, 2, 1)),
    '653201',
    null,
    'ھەمكارلىشىپ قۇرۇش [joint]',
    null,
    null,
    'ھەئە',
    'ياق',
    'ياق',
  ],
  [
    'UG-0002',
    'قاراقاش ناھىيەسى سانائەت باغچىسى',
    null,
    'xinjiang',
    '110000',
    null,
    'livelihood',
    'تۈر تەستىقلاندى [approved]',
    500_000,
    2025,
    '2025-06-30',
    '653222',
  ],
];

describeEachDatabase('Uyghur templates and imports', (ctx) => {
  let app: App;
  let cookie = '';
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    const callers = await signInCallers(app, ctx.database);
    cookie = callers.cookies.get('coordinator') ?? '';
  });
  afterAll(async () => app.close());

  const run = (
    file: Buffer,
    options: { dryRun?: boolean; lang?: Lang } = {},
  ): Promise<ImportReport> =>
    runImport({ actor: SYSTEM, db: ctx.database.db }, 'projects', file, {
      dryRun: options.dryRun ?? true,
      lang: options.lang ?? 'ug',
      programme: 'xinjiang',
    });
  const errorsOf = (r: ImportReport) => r.problems.filter((p) => p.severity !== 'warning');

  it('writes a right-to-left template with Uyghur headers, comments, lists and yes/no', async () => {
    const bytes = await buildTemplate({ actor: SYSTEM, db: ctx.database.db }, 'projects', 'ug');
    const wb = await workbook(bytes);
    const ws = wb.getWorksheet('تۈرلەر');
    if (!ws) throw new Error('no Uyghur projects sheet');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
    expect(ws.getCell('A1').value).toBe('تۈر نومۇرى *');
    expect(ws.getCell('I1').value).toBe('خامچوت (يۈەن) *');
    // the comment in Uyghur, then the Chinese header and comment (the working language)
    const note = cellText(ws.getCell('I1'));
    expect(note).toContain('بىرلىكى: يۈەن (تۈمەن يۈەن ئەمەس)');
    expect(note).toContain('预算（元）: 单位：元（不是万元）');
    // the example row: fixed lists in Uyghur, donors and areas (no Uyghur names) in Chinese
    expect(ws.getCell('H2').value).toBe('تۈر تەستىقلاندى [approved]');
    expect(ws.getCell('E2').value).toBe('北京市 [110000]');
    expect(ws.getCell('Q2').value).toBe('ھەئە');
    expect(ws.getCell('Q10').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"ھەئە,ياق"'],
    });
    const lists = wb.getWorksheet('_lists');
    const stages: string[] = [];
    lists?.getColumn(6).eachCell((c, row) => {
      if (row > 1) stages.push(String(c.value));
    });
    expect(lists?.getCell('F1').value).toBe('stages');
    expect(stages).toContain('قۇرۇلۇش باشلاندى [started]');
    expect(wb.getWorksheet('_shanhai')?.getCell('B3').value).toBe('ug');
  });

  it('imports the filled Uyghur template: dry run, commit, again nothing twice; its export imports back', async () => {
    const file = await filledTemplate(ctx.database, 'projects', UG_ROWS, { lang: 'ug' });
    const dry = await run(file);
    expect(errorsOf(dry)).toEqual([]);
    expect(dry).toMatchObject({ rows: 2, accepted: 2, skipped: 0 });
    expect(
      await ctx.database.db
        .selectFrom('projects')
        .select('id')
        .where('code', '=', 'UG-0001')
        .executeTakeFirst(),
    ).toBeUndefined();

    const done = await run(file, { dryRun: false });
    expect(done).toMatchObject({ accepted: 2, counts: { created: 2 } });
    const one = await ctx.database.db
      .selectFrom('projects')
      .selectAll()
      .where('code', '=', 'UG-0001')
      .executeTakeFirstOrThrow();
    expect(one).toMatchObject({
      nameZh: 'خوتەن شەھىرى سۇ تەمىناتى',
      stage: 'started',
      deliveryMode: 'joint',
      approvalDate: '2026-03-01',
    });
    expect(Number(one.budgetFen)).toBe(120_000_000);
    expect(Number(one.fixedAsset)).toBe(1);
    expect(Number(one.continuing)).toBe(0);
    expect(one.publishedAt).toBeNull();

    const again = await run(file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 2 } });

    // the Uyghur export: right to left, Uyghur headers and entries, imports as "existing"
    const { bytes } = await written((out) =>
      writeExport({ actor: SYSTEM, db: ctx.database.db }, 'projects', 'xlsx', 'ug', out),
    );
    const wb = await workbook(bytes);
    const ws = wb.getWorksheet('تۈرلەر');
    expect(ws?.views[0]).toMatchObject({ rightToLeft: true });
    expect(ws?.getCell('A1').value).toBe('تۈر نومۇرى *');
    const values: unknown[] = [];
    ws?.eachRow((row) => {
      if (row.getCell(1).value === 'UG-0001')
        values.push(row.getCell(8).value, row.getCell(17).value);
    });
    expect(values).toEqual(['قۇرۇلۇش باشلاندى [started]', 'ھەئە']);
    const back = await run(Buffer.from(bytes));
    expect(errorsOf(back)).toEqual([]);
    expect(back.counts).toMatchObject({ created: 0, existing: 2 });
  });

  it('names the problems of a Uyghur template in Uyghur, and marks them in a right-to-left report', async () => {
    const row = [...(UG_ROWS[1] ?? [])];
    row[0] = 'UG-0003';
    row[7] = 'يوق باسقۇچ';
    row[16] = 'بەلكىم';
    const file = await filledTemplate(ctx.database, 'projects', [row], { lang: 'ug' });
    const report = await run(file);
    expect(report).toMatchObject({ accepted: 0, skipped: 1 });
    const byColumn = new Map(errorsOf(report).map((p) => [p.column, p]));
    expect(byColumn.get('باسقۇچ')).toMatchObject({ sheet: 'تۈرلەر', value: 'يوق باسقۇچ' });
    expect(byColumn.get('باسقۇچ')?.message).toMatch(ARABIC);
    expect(byColumn.get('باسقۇچ')?.message).not.toMatch(HAN);
    expect(byColumn.get('مۇقىم مۈلۈك مەبلىغى')?.message).toMatch(ARABIC);

    const { workbook: markedBytes } = await markedReport(
      { actor: SYSTEM, db: ctx.database.db },
      'projects',
      file,
      { programme: 'xinjiang', lang: 'ug' },
    );
    const marked = await workbook(markedBytes);
    const list = marked.getWorksheet('مەسىلە تىزىملىكى');
    expect(list?.views[0]).toMatchObject({ rightToLeft: true });
    expect(list?.getCell('A1').value).toBe('ئېغىرلىق دەرىجىسى');
    expect(marked.getWorksheet('تۈرلەر')?.views[0]).toMatchObject({ rightToLeft: true });
  });

  it('answers lang=ug and Accept-Language: ug with the Uyghur template and export', async () => {
    for (const [url, headers] of [
      ['/api/templates/ledger?lang=ug', {}],
      ['/api/templates/ledger', { 'accept-language': 'ug-CN,zh;q=0.8' }],
    ] as const) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie, ...headers } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-disposition']).toContain('shanhai-ledger-ug.xlsx');
      const wb = await workbook(res.rawPayload);
      const ws = wb.getWorksheet('مەبلەغ ھېسابات دەپتىرى');
      expect(ws?.getCell('A1').value).toBe('تۈر نومۇرى *');
      expect(ws?.views[0]).toMatchObject({ rightToLeft: true });
    }
    const csv = await app.inject({
      method: 'GET',
      url: '/api/exports/projects?format=csv&lang=ug',
      headers: { cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('تۈر نومۇرى *');
    const bad = await app.inject({
      method: 'GET',
      url: '/api/templates/ledger?lang=uy',
      headers: { cookie },
    });
    expect(bad.statusCode).toBe(400);
  });
});
