/**
 * Training sessions as an import/export kind (decision 0056), on both engines: the round trip
 * (template → filled → dry run → commit → export equals the input → again changes nothing) and
 * the bad inputs (a funding project that does not exist, an organiser outside the caller's
 * grants, one session twice in the file), each naming sheet, row and column, nothing stored.
 */
import type ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/db.js';
import { kindHarness, plainRows } from './kinds-support.js';
import { filledTemplate } from './support.js';

const SHEET = '培训';

/** programme, organiser, topic, area, place, start, end, participants, person-times, jobs, certificates, training programme, project, note, published */
const session = (
  organiser: string,
  topic: string,
  start: string,
  extra: ExcelJS.CellValue[] = [],
) => [
  'xinjiang',
  organiser,
  topic,
  '653201',
  'xinjiang',
  start,
  '2026-04-05',
  40,
  120,
  3,
  5,
  ...extra,
];

describeEachDatabase('import and export: training sessions', (ctx) => {
  const h = kindHarness(ctx);
  const sessions = () =>
    ctx.database.db.selectFrom('trainingSessions').select(['topic', 'organiserCode']).execute();
  const fill = (rows: ExcelJS.CellValue[][]) => filledTemplate(ctx.database, 'training', rows);

  const ROWS: ExcelJS.CellValue[][] = [
    session('北京市 [110000]', '农业技术培训', '2026-04-01', [null, null, '第一期', '是']),
    session('110000', '教师培训', '2026-04-02', [null, null, null, '否']),
  ];

  it('round trip: dry run stores nothing, commit records the sessions, the export equals the input, again changes nothing', async () => {
    const file = await fill(ROWS);
    const head = await h.head();
    const dry = await h.run('training', file);
    expect(h.faults(dry)).toEqual([]);
    expect(dry).toMatchObject({ rows: 2, accepted: 2 });
    expect(await sessions()).toEqual([]);
    expect(await h.head()).toBe(head);

    const done = await h.run('training', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done.counts).toMatchObject({ created: 2 });
    expect((await sessions()).map((s) => s.topic).sort()).toEqual(
      ['农业技术培训', '教师培训'].sort(),
    );
    const imports = await ctx.database.db
      .selectFrom('history')
      .select('entityId')
      .where('id', '>', head)
      .where('entityType', '=', 'import')
      .execute();
    expect(imports).toEqual([{ entityId: `training:${done.sha256}` }]);

    const input = plainRows(ROWS);
    expect(await h.exportRows('training', 'xlsx')).toEqual(input);
    expect(await h.exportRows('training', 'csv')).toEqual(input);

    const after = await h.head();
    const again = await h.run('training', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 2 } });
    const exported = await h.run('training', await h.exportFile('training', 'xlsx'), {
      dryRun: false,
    });
    expect(exported).toMatchObject({ rows: 2, counts: { created: 0, existing: 2 } });
    expect(await h.head()).toBe(after);
  });

  it('bad input: a funding project that does not exist, one session twice, another donor’s session; nothing stored', async () => {
    const beijing = await h.actorAs('donor-editor', '110000');
    const head = await h.head();
    const file = await fill([
      session('110000', '项目不存在', '2026-05-01', [null, 'NO-SUCH-PROJECT']),
      session('110000', '重复', '2026-05-02'),
      session('110000', '重复', '2026-05-02'),
      session('310000', '上海的培训', '2026-05-03'),
    ]);
    const r = await h.run('training', file, { dryRun: false, actor: beijing });
    const faults = h.faults(r);
    expect(faults.map((f) => [f.sheet, f.row, f.column])).toEqual([
      [SHEET, 3, 'Funding project'],
      [SHEET, 4, 'Topic'],
      [SHEET, 5, 'Topic'],
      [SHEET, 6, 'Organiser'],
    ]);
    expect(faults[0]?.message).toContain('NO-SUCH-PROJECT');
    expect(faults[1]?.message).toContain('appears more than once');
    expect(faults[3]?.message).toBe(
      'you may not enter this row (310000): it is outside your grants',
    );
    expect(r).toMatchObject({ accepted: 0, skipped: 4 });
    expect((await sessions()).length).toBe(2);
    expect(await h.head()).toBe(head);
  });
});
