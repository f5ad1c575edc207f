/**
 * The people workbook's ID-card column is text (decision 0074), on both engines: the template
 * and the export format it `@` (an 18-digit number keeps only 15–16 digits and cannot hold the
 * X check character), and an ID card given as a number cell — or as a CSV's 1.10105E+17, what
 * Excel saves of one — is refused with `import.numberNotText` on its row and column, nothing
 * stored, while the same ID card as text is read as it is.
 */
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { idCardCheckCharacter } from '../../src/domain/id-card.js';
import { buildTemplate } from '../../src/modules/transfer/template.js';
import { describeEachDatabase } from '../support/db.js';
import { kindHarness } from './kinds-support.js';
import { filledTemplate, SYSTEM } from './support.js';

/** An ID card ending in the X check character (the 17 digits are chosen so). */
function idCardWithX(): string {
  for (let n = 0; n < 1000; n++) {
    const first17 = `11010519800101${String(n).padStart(3, '0')}`;
    if (idCardCheckCharacter(first17) === 'X') return `${first17}X`;
  }
  throw new Error('no X');
}
const DIGITS = (() => {
  for (let n = 0; n < 1000; n++) {
    const first17 = `31010419750505${String(n).padStart(3, '0')}`;
    const check = idCardCheckCharacter(first17);
    if (check !== 'X') return `${first17}${check}`;
  }
  throw new Error('no digit');
})();

const person = (id: ExcelJS.CellValue, name: string) => [
  id,
  name,
  null,
  '男 [male]',
  '汉族',
  1980,
  '110000',
  null,
  '原单位',
  '13800000000',
  '否',
];

describeEachDatabase('the people workbook’s ID-card column is text', (ctx) => {
  const h = kindHarness(ctx);
  const persons = () => ctx.database.db.selectFrom('persons').select(['idCardNumber']).execute();

  const firstSheet = async (file: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    return ws;
  };

  it('formats the ID-card column as text in the template and in the export', async () => {
    for (const lang of ['zh', 'en', 'ug'] as const) {
      const ws = await firstSheet(
        await buildTemplate({ actor: SYSTEM, db: ctx.database.db }, 'people', lang),
      );
      expect(ws.getColumn(1).numFmt, lang).toBe('@');
      // The other columns keep their own formats: the birth year is a number.
      expect(ws.getColumn(6).numFmt, lang).toBe('0');
    }
    const file = await h.exportFile('people', 'xlsx');
    expect((await firstSheet(file)).getColumn(1).numFmt).toBe('@');
  });

  it('refuses an ID card given as a number (a cell or a CSV’s 1.10105E+17), storing nothing; as text it is read', async () => {
    const x = idCardWithX();
    const file = await filledTemplate(ctx.database, 'people', [
      person(Number(DIGITS), '数字'),
      person(x, '文本'),
    ]);
    const r = await h.run('people', file);
    const faults = h.faults(r);
    expect(faults).toMatchObject([
      {
        severity: 'error',
        row: 3,
        column: 'ID card number',
      },
    ]);
    // The value as read: the digits a double kept, so the user sees what was lost.
    expect(faults[0]?.message).toContain(
      `"${String(Number(DIGITS))}" is a number cell but this column must be text`,
    );
    expect(r).toMatchObject({ rows: 2, accepted: 1, skipped: 1 });

    const header = (await firstSheet(file)).getRow(1).values as ExcelJS.CellValue[];
    const csv = [
      header.slice(1).map(String).join(','),
      [
        '1.10105E+17',
        ...person(null, '科学计数')
          .slice(1)
          .map((v) => v ?? ''),
      ].join(','),
    ].join('\r\n');
    const fromCsv = await h.run('people', Buffer.from(csv, 'utf8'), { lang: 'zh' });
    expect(h.faults(fromCsv)).toMatchObject([{ severity: 'error', row: 2, column: '身份证号' }]);
    expect(h.faults(fromCsv)[0]?.message).toContain('「1.10105E+17」是数字单元格，本列须为文本');

    const done = await h.run('people', file, { dryRun: false });
    expect(done.counts).toMatchObject({ created: 1 });
    expect((await persons()).map((p) => p.idCardNumber)).toEqual([x]);
  });
});
