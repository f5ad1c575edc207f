/**
 * Companies and their cases as two import/export kinds (decision 0064), on both engines: the
 * round trips (template → filled → dry run → commit → export equals the input → again changes
 * nothing, the export re-imported reports every row as existing) and the bad inputs (a credit
 * code failing its check character, local hires above the actual jobs, one company twice, a
 * Beijing editor's company of Shanghai; a case of a company that does not exist, one of
 * Shanghai's unpublished company for Beijing's editor, one case twice), each naming sheet, row
 * and column, nothing stored.
 */
import type ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/domain/credit-code.js';
import { describeEachDatabase } from '../support/db.js';
import { kindHarness, plainRows } from './kinds-support.js';
import { filledTemplate } from './support.js';

const code = (n: number) => {
  const stem = `91653200MA${String(n).padStart(7, '0')}`;
  return `${stem}${creditCodeCheckChar(stem)}`;
};

/** credit code, name, industry, programme, donor, area, signed, planned, arrived, jobs planned, actual, local, note, published */
const company = (credit: string, donor: string, extra: ExcelJS.CellValue[] = []) => [
  credit,
  `企业 ${credit.slice(-4)}`,
  '食品加工',
  'xinjiang',
  donor,
  '653201',
  '2026-03-01',
  5_000_000,
  2_000_000,
  100,
  60,
  50,
  ...extra,
];

describeEachDatabase('import and export: companies and cases', (ctx) => {
  const h = kindHarness(ctx);
  const companies = () => ctx.database.db.selectFrom('companies').select(['creditCode']).execute();
  const cases = () => ctx.database.db.selectFrom('companyCases').select(['description']).execute();

  const COMPANIES: ExcelJS.CellValue[][] = [
    company(code(1), '北京市 [110000]', [null, '是']),
    company(code(2), '310000', ['上海引进', '否']),
  ];
  const CASES: ExcelJS.CellValue[][] = [
    [code(1), '用地 [land]', '厂房用地手续', '2026-04-01'],
    [code(2), 'financing', '流动资金贷款', '2026-04-02'],
  ];

  it('round trip: companies, then their cases; the exports equal the input; again changes nothing', async () => {
    const file = await filledTemplate(ctx.database, 'companies', COMPANIES);
    const head = await h.head();
    const dry = await h.run('companies', file);
    expect(h.faults(dry)).toEqual([]);
    expect(dry).toMatchObject({ rows: 2, accepted: 2 });
    expect(await companies()).toEqual([]);
    expect(await h.head()).toBe(head);

    const done = await h.run('companies', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done.counts).toMatchObject({ created: 2 });
    const imports = await ctx.database.db
      .selectFrom('history')
      .select('entityId')
      .where('id', '>', head)
      .where('entityType', '=', 'import')
      .execute();
    expect(imports).toEqual([{ entityId: `companies:${done.sha256}` }]);
    const input = plainRows(COMPANIES);
    expect(await h.exportRows('companies', 'xlsx')).toEqual(input);
    expect(await h.exportRows('companies', 'csv')).toEqual(input);

    const caseFile = await filledTemplate(ctx.database, 'company-cases', CASES);
    const opened = await h.run('company-cases', caseFile, { dryRun: false });
    expect(h.faults(opened)).toEqual([]);
    expect(opened.counts).toMatchObject({ created: 2 });
    const caseInput = plainRows(
      CASES.map((r) => r.map((v) => (v === 'financing' ? '[financing]' : v))),
    );
    expect(await h.exportRows('company-cases', 'xlsx')).toEqual(caseInput);
    expect(await h.exportRows('company-cases', 'csv')).toEqual(caseInput);

    const after = await h.head();
    for (const [kind, again] of [
      ['companies', file],
      ['company-cases', caseFile],
    ] as const) {
      expect(await h.run(kind, again, { dryRun: false })).toMatchObject({
        accepted: 0,
        counts: { created: 0, existing: 2 },
      });
      for (const format of ['xlsx', 'csv'] as const) {
        const exported = await h.run(kind, await h.exportFile(kind, format), { dryRun: false });
        expect(exported).toMatchObject({ rows: 2, counts: { created: 0, existing: 2 } });
      }
    }
    expect(await h.head()).toBe(after);

    // Beijing's editor exports its company and its case, nothing of Shanghai's unpublished one.
    const beijing = await h.actorAs('donor-editor', '110000');
    expect(await h.exportRows('companies', 'csv', beijing)).toEqual(
      plainRows([COMPANIES[0] ?? []]),
    );
    expect(await h.exportRows('company-cases', 'csv', beijing)).toEqual(
      plainRows([CASES[0] ?? []]),
    );
  });

  it('bad input: companies and cases refused on their cells; nothing stored', async () => {
    const beijing = await h.actorAs('donor-editor', '110000');
    const head = await h.head();
    const badCheck = company(`${code(3).slice(0, 17)}0`, '110000');
    const tooMany = company(code(4), '110000');
    tooMany[11] = 61;
    const file = await filledTemplate(ctx.database, 'companies', [
      badCheck,
      tooMany,
      company(code(5), '110000'),
      company(code(5), '110000'),
      company(code(6), '310000'),
    ]);
    const r = await h.run('companies', file, { dryRun: false, actor: beijing });
    const faults = h.faults(r);
    expect(faults.map((f) => [f.sheet, f.row, f.column])).toEqual([
      ['企业', 3, 'Credit code'],
      ['企业', 4, 'Local hires'],
      ['企业', 5, 'Credit code'],
      ['企业', 6, 'Credit code'],
      ['企业', 7, 'Donor'],
    ]);
    expect(faults[0]?.message).toContain('GB 32100');
    expect(faults[2]?.message).toContain('appears more than once');
    expect(faults[4]?.message).toBe(
      'you may not enter this row (310000): it is outside your grants',
    );
    expect(r).toMatchObject({ accepted: 0, skipped: 5 });

    const caseFile = await filledTemplate(ctx.database, 'company-cases', [
      [code(9), 'land', '不存在的企业', '2026-05-01'],
      [code(2), 'land', '上海企业的诉求', '2026-05-01'],
      [code(1), 'labour', '重复', '2026-05-02'],
      [code(1), 'labour', '重复', '2026-05-02'],
      [code(1), 'labour', '没有日期'],
    ]);
    const c = await h.run('company-cases', caseFile, { dryRun: false, actor: beijing });
    const caseFaults = h.faults(c);
    expect(caseFaults.map((f) => [f.sheet, f.row, f.column])).toEqual([
      ['企业诉求', 3, 'Company credit code'],
      ['企业诉求', 4, 'Company credit code'],
      ['企业诉求', 5, 'Company credit code'],
      ['企业诉求', 6, 'Company credit code'],
      ['企业诉求', 7, 'Opened on'],
    ]);
    expect(caseFaults[0]?.message).toContain(code(9));
    // Shanghai's unpublished company is, for Beijing's editor, one that does not exist.
    expect(caseFaults[1]?.message).toBe(caseFaults[0]?.message.replace(code(9), code(2)));
    expect(c).toMatchObject({ accepted: 0, skipped: 5 });
    expect((await companies()).length).toBe(2);
    expect((await cases()).length).toBe(2);
    expect(await h.head()).toBe(head);
  });
});
