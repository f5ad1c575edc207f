/**
 * Indicator values as an import/export kind (decision 0064), on both engines, over the
 * revolutionary-areas model: the round trip (template → filled → dry run → commit → the export
 * holds the seeded values and the imported ones → again changes nothing, the export re-imported
 * reports every row as existing) and the bad inputs (an area outside a recipient editor's
 * grants, a value that is not a number for a number element, a period of another type than the
 * set's; a donor editor's value for another donor), each naming sheet, row and column, nothing
 * stored.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import {
  ANNUAL,
  PANSHI,
  seedIndicators,
  valueCount,
  WUCHUAN,
  XING,
} from '../indicators/support.js';
import { describeEachDatabase } from '../support/db.js';
import { kindHarness, plainRows } from './kinds-support.js';
import { filledTemplate } from './support.js';

const SHEET = '指标数值';

/** set, area, period, donor, element, value, note */
const value = (
  area: string,
  period: ExcelJS.CellValue,
  element: string,
  v: ExcelJS.CellValue,
  extra: ExcelJS.CellValue[] = [],
): ExcelJS.CellValue[] => [ANNUAL, area, period, null, element, v, ...extra];

describeEachDatabase('import and export: indicator values', (ctx) => {
  const h = kindHarness(ctx);
  const fill = (rows: ExcelJS.CellValue[][]) =>
    filledTemplate(ctx.database, 'indicator-values', rows);
  beforeAll(async () => {
    await seedIndicators(ctx.database);
  });

  const ROWS: ExcelJS.CellValue[][] = [
    value(PANSHI, '2025', 'visitors', '1800000'),
    value(WUCHUAN, 2025, 'tourism_revenue_fen', 14_000_000_000, ['财政口径']),
    value(XING, '2025', 'red_tourism_share', '6500'),
  ];

  it('round trip: dry run stores nothing, commit saves the values, the export holds them, again changes nothing', async () => {
    const seeded = await h.exportRows('indicator-values', 'csv');
    expect(seeded.length).toBe(7);
    const file = await fill(ROWS);
    const head = await h.head();
    const dry = await h.run('indicator-values', file);
    expect(h.faults(dry)).toEqual([]);
    expect(dry).toMatchObject({ rows: 3, accepted: 3 });
    expect(await valueCount(ctx.database)).toBe(7);
    expect(await h.head()).toBe(head);

    const done = await h.run('indicator-values', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done.counts).toMatchObject({ created: 3 });
    expect(await valueCount(ctx.database)).toBe(10);
    const imports = await ctx.database.db
      .selectFrom('history')
      .select('entityId')
      .where('id', '>', head)
      .where('entityType', '=', 'import')
      .execute();
    expect(imports).toEqual([{ entityId: `indicator-values:${done.sha256}` }]);

    const expected = [...seeded, ...plainRows(ROWS)].sort();
    expect(await h.exportRows('indicator-values', 'xlsx')).toEqual(expected);
    expect(await h.exportRows('indicator-values', 'csv')).toEqual(expected);

    const after = await h.head();
    const again = await h.run('indicator-values', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 3 } });
    for (const format of ['xlsx', 'csv'] as const) {
      const exported = await h.run(
        'indicator-values',
        await h.exportFile('indicator-values', format),
        { dryRun: false },
      );
      expect(h.faults(exported)).toEqual([]);
      expect(exported).toMatchObject({ rows: 10, counts: { created: 0, existing: 10 } });
    }
    expect(await h.head()).toBe(after);
  });

  it('bad input: an area outside the grants, a value that is not a number, a period of another type, another donor’s value; nothing stored', async () => {
    // Jilin city's prefecture (220200) holds Panshi, not Xing.
    const jilin = await h.actorAs('recipient-editor', undefined, '220200');
    const beijing = await h.actorAs('donor-editor', '110000');
    const head = await h.head();
    const count = await valueCount(ctx.database);
    const file = await fill([
      value(XING, '2026', 'visitors', '5'),
      value(PANSHI, '2026', 'visitors', '很多'),
      value(PANSHI, '2026-H1', 'relocated_households', '12'),
    ]);
    const r = await h.run('indicator-values', file, { dryRun: false, actor: jilin });
    const faults = h.faults(r);
    expect(faults.map((f) => [f.sheet, f.row, f.column])).toEqual([
      [SHEET, 3, 'Area'],
      [SHEET, 4, 'Value'],
      [SHEET, 5, 'Period'],
    ]);
    expect(faults[0]?.message).toBe(
      `you may not enter this row (${XING}): it is outside your grants`,
    );
    expect(faults[1]?.message).toContain('很多');
    expect(r).toMatchObject({ accepted: 0, skipped: 3 });

    const other = await h.run(
      'indicator-values',
      await fill([[ANNUAL, PANSHI, '2026', '上海市 [310000]', 'visitors', '5']]),
      { dryRun: false, actor: beijing },
    );
    expect(h.faults(other).map((f) => [f.sheet, f.row, f.column, f.message])).toEqual([
      [SHEET, 3, 'Donor', 'you may not enter this row (310000): it is outside your grants'],
    ]);
    expect(await valueCount(ctx.database)).toBe(count);
    expect(await h.head()).toBe(head);
  });
});
