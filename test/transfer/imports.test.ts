/**
 * Imports of filled templates and CSV (issue 11, decision 0050) on both engines: the round trip
 * (template → filled → dry run → commit → re-import changes nothing → export imports as
 * "existing"), the ledger, and each bad input the first slice handles.
 */

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.js';
import { InvalidInputError } from '../../src/domain/errors.js';
import { actorOfUser } from '../../src/modules/accounts/authenticate.js';
import { writeExport } from '../../src/modules/transfer/export.js';
import { type ImportReport, runImport } from '../../src/modules/transfer/import.js';
import type { Kind } from '../../src/modules/transfer/kinds.js';
import { createTestUser } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { encodeGb18030, filledTemplate, historyHead, makeZip, SYSTEM, written } from './support.js';

const PROJECT_ROWS: ExcelJS.CellValue[][] = [
  [
    'TR-0001',
    '和田市供水项目',
    'Hotan water supply',
    null,
    '北京市 [110000]',
    null,
    '民生 [livelihood]',
    '立项 [approved]',
    2_500_000.5,
    2026,
    new Date(Date.UTC(2026, 2, 1)),
    '和田市 [653201]',
    null,
    null,
    null,
    null,
    '是',
    '否',
    '是',
  ],
  [
    'TR-0002',
    '墨玉县产业园',
    null,
    'xinjiang',
    '110000',
    '110000=70%; 310000=30%',
    'livelihood',
    'started',
    8_000_000,
    2025,
    '2025-06-30',
    '653201=60%; 653222=40%',
  ],
];

describeEachDatabase('imports', (ctx) => {
  const run = (
    kind: Kind,
    file: Buffer,
    options: { dryRun?: boolean; lang?: 'zh' | 'en'; actor?: Actor; programme?: string } = {},
  ): Promise<ImportReport> =>
    runImport({ actor: options.actor ?? SYSTEM, db: ctx.database.db }, kind, file, {
      dryRun: options.dryRun ?? true,
      lang: options.lang ?? 'en',
      programme: options.programme ?? 'xinjiang',
    });
  const project = (code: string) =>
    ctx.database.db.selectFrom('projects').selectAll().where('code', '=', code).executeTakeFirst();
  const errorsOf = (r: ImportReport) => r.problems.filter((p) => p.severity !== 'warning');
  const exportText = async (kind: Kind, format: 'csv' | 'xlsx', actor: Actor = SYSTEM) => {
    const { bytes } = await written((out) =>
      writeExport({ actor, db: ctx.database.db }, kind, format, 'zh', out),
    );
    return bytes;
  };

  it('round trip: template → filled → dry run (nothing stored) → commit → again (nothing changes) → its export', async () => {
    const file = await filledTemplate(ctx.database, 'projects', PROJECT_ROWS);
    const head = await historyHead(ctx.database);
    const dry = await run('projects', file);
    expect(errorsOf(dry)).toEqual([]);
    expect(dry).toMatchObject({ dryRun: true, rows: 2, accepted: 2, skipped: 0 });
    expect(await project('TR-0001')).toBeUndefined();
    expect(await historyHead(ctx.database)).toBe(head);

    const done = await run('projects', file, { dryRun: false });
    expect(done).toMatchObject({ dryRun: false, rows: 2, accepted: 2, counts: { created: 2 } });
    const one = await project('TR-0001');
    expect(one).toMatchObject({
      nameZh: '和田市供水项目',
      nameEn: 'Hotan water supply',
      leadDonorCode: '110000',
      stage: 'approved',
      approvalDate: '2026-03-01',
      year: 2026,
    });
    expect(Number(one?.budgetFen)).toBe(250_000_050);
    expect(Number(one?.fixedAsset)).toBe(1);
    expect(one?.publishedAt).not.toBeNull();
    const two = await project('TR-0002');
    const places = await ctx.database.db
      .selectFrom('projectLocations')
      .select(['areaCode', 'shareBp'])
      .where('projectId', '=', Number(two?.id))
      .orderBy('areaCode')
      .execute();
    expect(places.map((p) => [p.areaCode, Number(p.shareBp)])).toEqual([
      ['653201', 6000],
      ['653222', 4000],
    ]);
    const history = await ctx.database.db
      .selectFrom('history')
      .select(['action', 'entityType', 'entityId'])
      .where('id', '>', head)
      .orderBy('id')
      .execute();
    expect(history.filter((h) => h.action === 'import')).toEqual([
      { action: 'import', entityType: 'import', entityId: `projects:${done.sha256}` },
    ]);
    expect(history.filter((h) => h.entityType === 'project').map((h) => h.entityId)).toEqual([
      'TR-0001',
      'TR-0002',
    ]);

    const after = await historyHead(ctx.database);
    const again = await run('projects', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, skipped: 2, counts: { created: 0, existing: 2 } });
    expect(errorsOf(again)).toEqual([]);
    expect(await historyHead(ctx.database)).toBe(after);

    // The export holds the input as entered, and imports again as "existing".
    const csv = parse((await exportText('projects', 'csv')).toString('utf8'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const row2 = csv.find((r) => r['项目编号 *'] === 'TR-0002');
    expect(row2).toMatchObject({
      '项目名称 *': '墨玉县产业园',
      援助方份额: '110000=70%; 310000=30%',
      '项目地点 *': '653201=60%; 653222=40%',
      '预算（元） *': '8000000.00',
      立项日期: '2025-06-30',
      阶段: '开工 [started]',
    });
    const xlsx = await exportText('projects', 'xlsx');
    const back = await run('projects', xlsx);
    expect(errorsOf(back)).toEqual([]);
    expect(back.counts).toMatchObject({ created: 0, existing: 2 });
  });

  it('imports ledger rows once: the same file again is recognised entry by entry', async () => {
    await createTestProject(ctx.database, { code: 'TR-L1', donor: '110000' });
    const file = await filledTemplate(ctx.database, 'ledger', [
      [
        'TR-L1',
        '拨付 [disbursement]',
        '实际 [actual]',
        '1,200,000.00',
        '2026-04-01',
        null,
        null,
        '首笔',
      ],
      ['TR-L1', 'commitment', 'planned', 2_500_000.5, new Date(Date.UTC(2026, 0, 5)), '110000'],
    ]);
    const done = await run('ledger', file, { dryRun: false });
    expect(errorsOf(done)).toEqual([]);
    expect(done).toMatchObject({ accepted: 2, counts: { created: 2 } });
    const rows = await ctx.database.db
      .selectFrom('fundTransactions as t')
      .innerJoin('projects as p', 'p.id', 't.projectId')
      .select(['t.type', 't.planned', 't.valueFen', 't.date', 't.providerOrgCode', 't.note'])
      .where('p.code', '=', 'TR-L1')
      .orderBy('t.id')
      .execute();
    expect(
      rows.map((r) => ({ ...r, planned: Number(r.planned), valueFen: Number(r.valueFen) })),
    ).toEqual([
      {
        type: 'disbursement',
        planned: 0,
        valueFen: 120_000_000,
        date: '2026-04-01',
        providerOrgCode: null,
        note: '首笔',
      },
      {
        type: 'commitment',
        planned: 1,
        valueFen: 250_000_050,
        date: '2026-01-05',
        providerOrgCode: '110000',
        note: null,
      },
    ]);
    const head = await historyHead(ctx.database);
    const again = await run('ledger', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 2 } });
    expect(await historyHead(ctx.database)).toBe(head);
    // A ledger row of another programme than the one imported into is refused.
    const other = await run('ledger', file, { programme: 'revolutionary-areas' });
    expect(errorsOf(other)).toMatchObject([
      {
        row: 3,
        message: 'project TR-L1 belongs to the programme xinjiang, not the one imported into',
      },
      {
        row: 4,
        message: 'project TR-L1 belongs to the programme xinjiang, not the one imported into',
      },
    ]);
  });

  it('triages the bad cells of a workbook, naming sheet, row, column and value', async () => {
    const base = (
      code: string,
      budget: ExcelJS.CellValue,
      extra: Partial<Record<number, ExcelJS.CellValue>> = {},
    ) => {
      const row: ExcelJS.CellValue[] = [
        code,
        '测试',
        null,
        null,
        '110000',
        null,
        'livelihood',
        'approved',
        budget,
        2026,
        '2026-03-01',
        '653201',
      ];
      for (const [i, v] of Object.entries(extra)) row[Number(i)] = v;
      return row;
    };
    const file = await filledTemplate(
      ctx.database,
      'projects',
      [
        base('TR-B1', { formula: 'J3*100', result: 202_600 } as ExcelJS.CellFormulaValue), // row 3
        base('TR-B2', '1,000,000'), // row 4: thousands separators
        base('TR-B3', '12.5万元'), // row 5: 万元 in a 元 column
        base('TR-B4', 100_000, { 6: 'no-such-type', 11: '659999' }), // row 6: unknown codes
        base('TR-DUP', 100_000), // row 7
        base('TR-DUP', 200_000), // row 8
        base('TR-B5', { formula: 'A1' } as ExcelJS.CellFormulaValue), // row 9: formula, no value
        base('TR-B6', 100_000, { 10: '2026年3月5日' }), // row 10: date as text
        base('TR-M1', 100_000), // row 11 and 12: merged cells
        base('TR-M2', 100_000),
      ],
      { edit: (wb) => wb.worksheets[0]?.mergeCells('B11:B12') },
    );
    const r = await run('projects', file, { lang: 'zh' });
    const at = (row: number) => r.problems.filter((p) => p.row === row);
    expect(at(3)).toEqual([
      {
        severity: 'warning',
        sheet: '项目',
        row: 3,
        column: '预算（元）',
        value: '=J3*100',
        message: '单元格是公式（=J3*100），已取其计算结果；请粘贴为数值',
      },
    ]);
    expect(at(4)).toMatchObject([
      { severity: 'warning', column: '预算（元）', value: '1,000,000' },
    ]);
    expect(at(5)).toMatchObject([
      {
        severity: 'error',
        value: '12.5万元',
        message: '「12.5万元」以万元填写，而本列单位是元：请改填 125,000.00（元）',
      },
    ]);
    expect(at(6).map((p) => [p.severity, p.column, p.value])).toEqual([
      ['error', '项目类型', 'no-such-type'],
      ['error', '项目地点', '659999'],
    ]);
    for (const row of [7, 8]) {
      expect(at(row)).toMatchObject([{ severity: 'error', column: '项目编号', value: 'TR-DUP' }]);
    }
    expect(at(9)).toMatchObject([{ severity: 'error', value: '=A1' }]);
    expect(at(10)).toMatchObject([
      {
        severity: 'warning',
        value: '2026年3月5日',
        message: '日期以文本「2026年3月5日」填写，已按 2026-03-05 读取',
      },
    ]);
    expect(at(11)).toMatchObject([
      { severity: 'error', message: expect.stringContaining('合并单元格') },
    ]);
    expect(at(12)).toMatchObject([
      { severity: 'error', message: expect.stringContaining('合并单元格') },
    ]);
    expect(r).toMatchObject({ rows: 10, accepted: 3, skipped: 7 });
    // Commit: the accepted rows only, in one go.
    const done = await run('projects', file, { dryRun: false });
    expect(done.accepted).toBe(3);
    expect(Number((await project('TR-B1'))?.budgetFen)).toBe(20_260_000);
    expect(Number((await project('TR-B2'))?.budgetFen)).toBe(100_000_000);
    expect(await project('TR-B3')).toBeUndefined();
    expect(await project('TR-DUP')).toBeUndefined();
    expect((await project('TR-B6'))?.approvalDate).toBe('2026-03-05');
  });

  it('refuses rows outside the caller’s grants, for projects and the ledger, storing nothing of them', async () => {
    const { user } = await createTestUser(ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    const beijing = await actorOfUser(
      ctx.database.db,
      { id: user.id, username: user.username },
      'session',
    );
    await createTestProject(ctx.database, { code: 'TR-SH', donor: '310000', published: false });
    const file = await filledTemplate(ctx.database, 'projects', [
      [
        'TR-S1',
        '北京的',
        null,
        null,
        '110000',
        null,
        'livelihood',
        'approved',
        100_000,
        2026,
        null,
        '653201',
      ],
      [
        'TR-S2',
        '上海的',
        null,
        null,
        '310000',
        null,
        'livelihood',
        'approved',
        100_000,
        2026,
        null,
        '653201',
      ],
    ]);
    const r = await run('projects', file, { dryRun: false, actor: beijing });
    expect(r).toMatchObject({ accepted: 1, skipped: 1 });
    expect(errorsOf(r)).toMatchObject([
      {
        severity: 'error',
        row: 4,
        column: 'Project code',
        value: 'TR-S2',
        message: 'you may not enter this row (TR-S2): it is outside your grants',
      },
    ]);
    expect(await project('TR-S2')).toBeUndefined();
    const ledger = await filledTemplate(ctx.database, 'ledger', [
      ['TR-SH', 'disbursement', 'actual', 100, '2026-04-01'],
      ['TR-S1', 'disbursement', 'actual', 100, '2026-04-01'],
    ]);
    const l = await run('ledger', ledger, { dryRun: false, actor: beijing });
    expect(l).toMatchObject({ accepted: 1 });
    // Shanghai's unpublished project is, to Beijing, a project that does not exist.
    expect(errorsOf(l)).toMatchObject([{ row: 3, value: 'TR-SH', message: 'no project TR-SH' }]);
  });

  it('says what is wrong with a workbook that is not this template, or not current (critical)', async () => {
    const ledger = await filledTemplate(ctx.database, 'ledger', []);
    const wrong = await run('projects', ledger, { lang: 'zh' });
    expect(wrong.problems).toMatchObject([
      { severity: 'critical', message: '该工作簿是「资金台账」模板，不能作为「项目」导入' },
    ]);
    const old = await filledTemplate(ctx.database, 'projects', PROJECT_ROWS, {
      edit: (wb) => {
        const meta = wb.getWorksheet('_shanhai');
        if (meta) meta.getCell('B2').value = 0;
      },
    });
    const r = await run('projects', old, { dryRun: false });
    expect(r).toMatchObject({
      accepted: 0,
      problems: [
        {
          severity: 'critical',
          message: expect.stringContaining('template version 0 is out of date'),
        },
      ],
    });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRow(['code', 'name']);
    const notTemplate = await run('projects', Buffer.from(await plain.xlsx.writeBuffer()));
    expect(notTemplate.problems).toMatchObject([
      { severity: 'critical', message: expect.stringContaining('not a Shanhai template') },
    ]);
  });

  it('refuses files it cannot read (422): a renamed binary, old .xls, and zip bombs before inflating them', async () => {
    const code = async (file: Buffer) => {
      try {
        await run('projects', file);
        return 'read';
      } catch (err) {
        expect(err).toBeInstanceOf(InvalidInputError);
        return (err as InvalidInputError).problem.code;
      }
    };
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(await code(binary)).toBe('import.unreadable');
    expect(await code(Buffer.from('PK\u0003\u0004 not really a zip'))).toBe('import.unreadable');
    const ole = Buffer.alloc(512);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    ole.writeUInt32BE(0xa1b11ae1, 4);
    expect(await code(ole)).toBe('import.oldExcel');
    // A directory that lies: 1 KB declared, 64 MB of zeros inside; inflation stops at the bound.
    const liar = makeZip([
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.alloc(64 * 1024 * 1024),
        declaredSize: 1024,
      },
    ]);
    expect(liar.length).toBeLessThan(200_000);
    expect(await code(liar)).toBe('import.tooLarge');
    // An honest directory declaring more than the bound is refused before anything inflates.
    const huge = makeZip([
      { name: 'a.xml', data: Buffer.from('x'), declaredSize: 400 * 1024 * 1024 },
      { name: 'b.xml', data: Buffer.from('y'), declaredSize: 400 * 1024 * 1024 },
    ]);
    expect(await code(huge)).toBe('import.tooLarge');
  });

  it('reads CSV in GB18030 (detected) and UTF-8 with a BOM, dates as text and Excel serials', async () => {
    const header =
      '项目编号,项目名称,牵头援助方,项目类型,阶段,预算（元）,计划年度,立项日期,项目地点';
    const gb = encodeGb18030(
      `${header}\r\nTR-G1,和田市职业学校,北京市 [110000],livelihood,立项,"1,500,000",2026,45717,和田市 [653201]\r\n`,
    );
    const r = await run('projects', gb, { dryRun: false, lang: 'zh' });
    expect(errorsOf(r)).toEqual([]);
    expect(r.accepted).toBe(1);
    expect(r.problems.map((p) => p.message)).toEqual([
      '「1,500,000」含千分位分隔符，已按 1500000 读取',
      '日期以 Excel 序列号 45717 填写，已按 2025-03-01 读取',
    ]);
    expect(await project('TR-G1')).toMatchObject({
      nameZh: '和田市职业学校',
      approvalDate: '2025-03-01',
    });
    const utf8 = Buffer.from(
      `\uFEFFProject code,Name (Chinese),Lead donor,Project type,Budget (yuan),Locations,Approval date\nTR-U1,墨玉县学校,110000,livelihood,300000,653222,2026.4.1\n`,
    );
    const u = await run('projects', utf8, { dryRun: false });
    expect(errorsOf(u)).toEqual([]);
    expect(await project('TR-U1')).toMatchObject({
      nameZh: '墨玉县学校',
      approvalDate: '2026-04-01',
    });
    const missing = await run('projects', Buffer.from('Project code,Name (Chinese)\nTR-X,x\n'));
    expect(missing.problems.filter((p) => p.severity === 'critical').map((p) => p.column)).toEqual([
      'Project type',
      'Budget (yuan)',
      'Locations',
    ]);
  });

  it('passes over a title row above the headers', async () => {
    const csv = Buffer.from(
      '2026年援疆项目计划表,,,,,\n项目编号,项目名称,牵头援助方,项目类型,预算（元）,项目地点\nTR-T1,标题行之后,110000,livelihood,500000,653201\n',
    );
    const r = await run('projects', csv, { dryRun: false });
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ rows: 1, accepted: 1 });
    expect(await project('TR-T1')).toMatchObject({ nameZh: '标题行之后' });
  });

  it('reads a percentage cell as the percentage shown (60% is 0.6 in the cell)', async () => {
    const file = await filledTemplate(
      ctx.database,
      'projects',
      [
        [
          'TR-P1',
          '百分比',
          null,
          null,
          '110000',
          null,
          'livelihood',
          'approved',
          100_000,
          2026,
          null,
          '653201',
          null,
          null,
          0.6,
          '按实际民生内容',
        ],
      ],
      {
        edit: (wb) => {
          const cell = wb.worksheets[0]?.getCell('O3');
          if (cell) cell.numFmt = '0%';
        },
      },
    );
    const r = await run('projects', file, { dryRun: false });
    expect(errorsOf(r)).toEqual([]);
    expect(Number((await project('TR-P1'))?.livelihoodShareBp)).toBe(6000);
  });
});
