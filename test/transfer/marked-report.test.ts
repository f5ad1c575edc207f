/**
 * The dry run's marked workbook (decision 0057) on both engines: each problem's cell filled by
 * severity with the message in its note, a sheet listing the problems with links to their cells,
 * nothing stored; the marked workbook, once its cells are fixed, imports as it is; a CSV's report
 * becomes a workbook of the kind.
 */
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { runImport } from '../../src/modules/transfer/import.js';
import { markedReport } from '../../src/modules/transfer/marked.js';
import { describeEachDatabase } from '../support/db.js';
import { filledTemplate, SYSTEM } from './support.js';

const row = (code: string, area: string, budget: ExcelJS.CellValue): ExcelJS.CellValue[] => [
  code,
  `标记测试 ${code}`,
  null,
  'xinjiang',
  '110000',
  null,
  'livelihood',
  'approved',
  budget,
  2026,
  null,
  area,
];

const load = async (buf: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
};

describeEachDatabase('marked import report', (ctx) => {
  const ctxOf = () => ({ actor: SYSTEM, db: ctx.database.db });

  it('marks each problem in its cell, lists them, stores nothing; fixed, it imports as it is', async () => {
    const file = await filledTemplate(ctx.database, 'projects', [
      row('MK-0001', '999999', 100_000),
      row('MK-0002', '653201', '1,200,000'),
      row('MK-0002', '653201', 50_000),
    ]);
    const { report, workbook } = await markedReport(ctxOf(), 'projects', file, {
      lang: 'zh',
      programme: 'xinjiang',
    });
    expect(report.dryRun).toBe(true);
    const wb = await load(workbook);
    const data = wb.getWorksheet('项目');
    const list = wb.getWorksheet('问题清单');
    if (!data || !list) throw new Error('sheets missing');
    // The unknown area (L3) is an error, the thousands separators (I4) a warning.
    const area = data.getCell('L3');
    expect(area.value).toBe('999999');
    expect((area.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(String(area.note)).toMatch(/^错误: /);
    const amount = data.getCell('I4');
    expect((amount.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(String(amount.note)).toMatch(/^警告: /);
    // Both rows of the duplicate code are marked on the code's cell.
    for (const address of ['A4', 'A5']) {
      expect(String(data.getCell(address).note), address).toMatch(/MK-0002/);
    }
    // The list: one line per problem, in Chinese, each row a link to its cell.
    const lines = list.getSheetValues().slice(2) as ExcelJS.CellValue[][];
    expect(lines.length).toBe(report.problems.length);
    expect(list.getRow(1).values).toEqual([
      undefined,
      '严重程度',
      '工作表',
      '行',
      '列',
      '单元格内容',
      '说明',
    ]);
    const severities = lines.map((l) => l[1]);
    expect(severities).toContain('错误');
    expect(severities).toContain('警告');
    const link = list.getCell('C2').value as { hyperlink: string };
    expect(link.hyperlink).toMatch(/^#'项目'!/);
    expect(
      await ctx.database.db
        .selectFrom('projects')
        .select('code')
        .where('code', 'like', 'MK-%')
        .execute(),
    ).toEqual([]);

    // Fix the marked cells in the marked workbook and upload it as it is.
    data.getCell('L3').value = '653201';
    data.getCell('A5').value = 'MK-0003';
    const fixed = Buffer.from(await wb.xlsx.writeBuffer());
    const done = await runImport(ctxOf(), 'projects', fixed, {
      dryRun: false,
      lang: 'zh',
      programme: 'xinjiang',
    });
    expect(done.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(done).toMatchObject({ rows: 3, accepted: 3 });
  });

  it('turns a CSV’s report into a workbook of the kind, in English when asked', async () => {
    const csv = Buffer.from(
      '\uFEFFProject code *,Name (Chinese) *,Programme,Lead donor *,Type *,Stage *,Budget (yuan) *,Year *,Locations *\r\n' +
        'MK-CSV-1,csv项目,xinjiang,110000,livelihood,approved,12.5万,2026,653201\r\n',
    );
    const { report, workbook } = await markedReport(ctxOf(), 'projects', csv, { lang: 'en' });
    const wb = await load(workbook);
    const data = wb.getWorksheet('Projects');
    const list = wb.getWorksheet('Problems');
    if (!data || !list) throw new Error('sheets missing');
    const wan = report.problems.find((p) => p.value === '12.5万');
    expect(wan?.severity, JSON.stringify(report.problems)).toBe('error');
    const budget = data.getCell('G2');
    expect(budget.value).toBe('12.5万');
    expect(String(budget.note)).toMatch(/^Error: /);
    expect(wb.getWorksheet('_shanhai')?.state).toBe('hidden');
  });
});
