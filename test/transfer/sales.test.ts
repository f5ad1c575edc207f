/**
 * Consumption-aid sales as an import/export kind (decision 0064), on both engines: the round
 * trip (template → filled → dry run → commit → export equals the input → again changes nothing,
 * the export re-imported reports every row as existing) and the bad inputs (a month that is not
 * one, a negative quantity, one sale twice, a Beijing editor's sale for Shanghai), each naming
 * sheet, row and column, nothing stored; a donor editor's export holds no other donor's
 * unpublished sale.
 */
import type ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/db.js';
import { kindHarness, plainRows } from './kinds-support.js';
import { filledTemplate } from './support.js';

const SHEET = '消费帮扶';

/** programme, donor, area, month, channel, category, product, yuan, quantity, unit, note, published */
const sale = (donor: string, product: string, month: string, extra: ExcelJS.CellValue[] = []) => [
  'xinjiang',
  donor,
  '653201',
  month,
  '线上平台 [online-platform]',
  '干果 [dried-fruit]',
  product,
  120_000.5,
  8,
  '吨',
  ...extra,
];

describeEachDatabase('import and export: consumption-aid sales', (ctx) => {
  const h = kindHarness(ctx);
  const sales = () =>
    ctx.database.db.selectFrom('consumptionSales').select(['product', 'amountFen']).execute();
  const fill = (rows: ExcelJS.CellValue[][]) => filledTemplate(ctx.database, 'sales', rows);

  const ROWS: ExcelJS.CellValue[][] = [
    sale('北京市 [110000]', '红枣', '2026-04', [null, '是']),
    sale('310000', '核桃', '2026-05', ['展销会', '否']),
  ];

  it('round trip: dry run stores nothing, commit records the sales, the export equals the input, again changes nothing', async () => {
    const file = await fill(ROWS);
    const head = await h.head();
    const dry = await h.run('sales', file);
    expect(h.faults(dry)).toEqual([]);
    expect(dry).toMatchObject({ rows: 2, accepted: 2 });
    expect(await sales()).toEqual([]);
    expect(await h.head()).toBe(head);

    const done = await h.run('sales', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done.counts).toMatchObject({ created: 2 });
    expect((await sales()).map((s) => Number(s.amountFen))).toEqual([12_000_050, 12_000_050]);
    const imports = await ctx.database.db
      .selectFrom('history')
      .select('entityId')
      .where('id', '>', head)
      .where('entityType', '=', 'import')
      .execute();
    expect(imports).toEqual([{ entityId: `sales:${done.sha256}` }]);

    const input = plainRows(ROWS);
    expect(await h.exportRows('sales', 'xlsx')).toEqual(input);
    expect(await h.exportRows('sales', 'csv')).toEqual(input);

    const after = await h.head();
    const again = await h.run('sales', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 2 } });
    for (const format of ['xlsx', 'csv'] as const) {
      const exported = await h.run('sales', await h.exportFile('sales', format), {
        dryRun: false,
      });
      expect(exported).toMatchObject({ rows: 2, counts: { created: 0, existing: 2 } });
    }
    expect(await h.head()).toBe(after);

    // Beijing's editor sees its own sale and none of Shanghai's unpublished one.
    const beijing = await h.actorAs('donor-editor', '110000');
    expect(await h.exportRows('sales', 'csv', beijing)).toEqual(plainRows([ROWS[0] ?? []]));
  });

  it('bad input: a month that is not one, a negative quantity, one sale twice, another donor’s sale; nothing stored', async () => {
    const beijing = await h.actorAs('donor-editor', '110000');
    const head = await h.head();
    const negative = sale('110000', '葡萄干', '2026-06');
    negative[8] = -3;
    const file = await fill([
      sale('110000', '杏干', '2026-13'),
      negative,
      sale('110000', '重复', '2026-06'),
      sale('110000', '重复', '2026-06'),
      sale('310000', '上海的销售', '2026-06'),
    ]);
    const r = await h.run('sales', file, { dryRun: false, actor: beijing });
    const faults = h.faults(r);
    expect(faults.map((f) => [f.sheet, f.row, f.column])).toEqual([
      [SHEET, 3, 'Month'],
      [SHEET, 4, 'Quantity'],
      [SHEET, 5, 'Product'],
      [SHEET, 6, 'Product'],
      [SHEET, 7, 'Donor'],
    ]);
    expect(faults[0]?.message).toContain('2026-13');
    expect(faults[2]?.message).toContain('appears more than once');
    expect(faults[4]?.message).toBe(
      'you may not enter this row (310000): it is outside your grants',
    );
    expect(r).toMatchObject({ accepted: 0, skipped: 5 });
    expect((await sales()).length).toBe(2);
    expect(await h.head()).toBe(head);
  });
});
