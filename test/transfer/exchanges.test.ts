/**
 * Exchange activities as an import/export kind (decision 0064), on both engines: the round trip
 * (template → filled → dry run → commit → export equals the input → again changes nothing, and
 * the export re-imported reports every row as existing) and the bad inputs (an area that does
 * not exist, an end before the start, one activity twice, a Beijing editor's activity organised
 * by Shanghai), each naming sheet, row and column, nothing stored.
 */
import type ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/db.js';
import { kindHarness, plainRows } from './kinds-support.js';
import { filledTemplate } from './support.js';

const SHEET = '交流活动';

/** programme, kind, title, organisers, areas, start, end, place, local, donor side, note, published */
const activity = (
  organisers: string,
  title: string,
  start: string,
  extra: ExcelJS.CellValue[] = [],
) => [
  'xinjiang',
  '研学考察 [study-tour]',
  title,
  organisers,
  '653201',
  start,
  '2026-07-20',
  null,
  30,
  10,
  ...extra,
];

describeEachDatabase('import and export: exchange activities', (ctx) => {
  const h = kindHarness(ctx);
  const activities = () =>
    ctx.database.db.selectFrom('exchangeActivities').select(['title']).execute();
  const fill = (rows: ExcelJS.CellValue[][]) => filledTemplate(ctx.database, 'exchanges', rows);

  const ROWS: ExcelJS.CellValue[][] = [
    activity('北京市 [110000]', '少年研学营', '2026-07-10', [null, '是']),
    activity('110000; 310000', '京沪联合演出', '2026-07-11', [null, '否']),
  ];
  // The export writes list entries; the input's codes compare as codes.
  const EXPECTED = plainRows(
    ROWS.map((r) =>
      r.map((v) => (v === '110000; 310000' ? '北京市 [110000]; 上海市 [310000]' : v)),
    ),
  );

  it('round trip: dry run stores nothing, commit records the activities, the export equals the input, again changes nothing', async () => {
    const file = await fill(ROWS);
    const head = await h.head();
    const dry = await h.run('exchanges', file);
    expect(h.faults(dry)).toEqual([]);
    expect(dry).toMatchObject({ rows: 2, accepted: 2 });
    expect(await activities()).toEqual([]);
    expect(await h.head()).toBe(head);

    const done = await h.run('exchanges', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done.counts).toMatchObject({ created: 2 });
    const organisers = await ctx.database.db
      .selectFrom('exchangeOrganisers')
      .select('orgCode')
      .orderBy('orgCode')
      .execute();
    expect(organisers.map((o) => o.orgCode)).toEqual(['110000', '110000', '310000']);
    const imports = await ctx.database.db
      .selectFrom('history')
      .select('entityId')
      .where('id', '>', head)
      .where('entityType', '=', 'import')
      .execute();
    expect(imports).toEqual([{ entityId: `exchanges:${done.sha256}` }]);

    expect(await h.exportRows('exchanges', 'xlsx')).toEqual(EXPECTED);
    expect(await h.exportRows('exchanges', 'csv')).toEqual(EXPECTED);

    const after = await h.head();
    const again = await h.run('exchanges', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 2 } });
    for (const format of ['xlsx', 'csv'] as const) {
      const exported = await h.run('exchanges', await h.exportFile('exchanges', format), {
        dryRun: false,
      });
      expect(exported).toMatchObject({ rows: 2, counts: { created: 0, existing: 2 } });
    }
    expect(await h.head()).toBe(after);
  });

  it('bad input: an unknown area, an end before the start, one activity twice, an activity another donor organises; nothing stored', async () => {
    const beijing = await h.actorAs('donor-editor', '110000');
    const head = await h.head();
    const unknownArea = activity('110000', '地区不存在', '2026-08-01');
    unknownArea[4] = '659999';
    const endFirst = activity('110000', '日期颠倒', '2026-08-30');
    const file = await fill([
      unknownArea,
      endFirst,
      activity('110000', '重复', '2026-08-02'),
      activity('110000', '重复', '2026-08-02'),
      activity('110000; 310000', '京沪活动', '2026-08-03'),
    ]);
    const r = await h.run('exchanges', file, { dryRun: false, actor: beijing });
    const faults = h.faults(r);
    expect(faults.map((f) => [f.sheet, f.row, f.column])).toEqual([
      [SHEET, 3, 'Areas'],
      [SHEET, 4, 'End date'],
      [SHEET, 5, 'Title'],
      [SHEET, 6, 'Title'],
      [SHEET, 7, 'Organisers'],
    ]);
    expect(faults[0]?.message).toContain('659999');
    expect(faults[2]?.message).toContain('appears more than once');
    expect(faults[4]?.message).toBe(
      'you may not enter this row (110000; 310000): it is outside your grants',
    );
    expect(r).toMatchObject({ accepted: 0, skipped: 5 });
    expect((await activities()).length).toBe(2);
    expect(await h.head()).toBe(head);
  });
});
