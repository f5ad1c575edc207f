/**
 * Annual plan items as an import/export kind (decision 0056), on both engines: the round trip
 * (template → filled → dry run → commit → export equals the input → the same file and the export
 * again change nothing) and the bad inputs (a project that does not exist, a donor outside the
 * caller's grants, a project twice in one plan, a new plan with no total), each a triaged problem
 * naming sheet, row and column, nothing stored.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { kindHarness, plainRows } from './kinds-support.js';
import { filledTemplate } from './support.js';

const SHEET = '年度计划';

describeEachDatabase('import and export: plan items', (ctx) => {
  const h = kindHarness(ctx);
  const plans = (year: number) =>
    ctx.database.db
      .selectFrom('plans')
      .select(['donorCode', 'totalFen', 'status'])
      .where('year', '=', year)
      .orderBy('donorCode')
      .execute();
  const fill = (rows: ExcelJS.CellValue[][]) => filledTemplate(ctx.database, 'plan-items', rows);

  beforeAll(async () => {
    await createTestProject(ctx.database, { code: 'PI-B1' });
    await createTestProject(ctx.database, { code: 'PI-B2' });
    await createTestProject(ctx.database, { code: 'PI-S1', donor: '310000' });
  });

  const ROWS: ExcelJS.CellValue[][] = [
    ['xinjiang', '北京市 [110000]', 2027, 5_000_000, 'PI-B1', 1_000_000],
    [null, '110000', 2027, 5_000_000, 'PI-B2', 2_000_000.5],
    ['新疆 [xinjiang]', '310000', 2027, 3_000_000, 'PI-S1', 3_000_000],
  ];

  it('round trip: dry run stores nothing, commit drafts the plans, the export equals the input, again changes nothing', async () => {
    const file = await fill(ROWS);
    const head = await h.head();
    const dry = await h.run('plan-items', file);
    expect(h.faults(dry)).toEqual([]);
    expect(dry).toMatchObject({ dryRun: true, rows: 3, accepted: 3, skipped: 0 });
    expect(await plans(2027)).toEqual([]);
    expect(await h.head()).toBe(head);

    const done = await h.run('plan-items', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done).toMatchObject({ accepted: 3, counts: { created: 3, existing: 0 } });
    expect((await plans(2027)).map((p) => [p.donorCode, Number(p.totalFen), p.status])).toEqual([
      ['110000', 500_000_000, 'draft'],
      ['310000', 300_000_000, 'draft'],
    ]);
    const history = await ctx.database.db
      .selectFrom('history')
      .select(['action', 'entityType', 'entityId'])
      .where('id', '>', head)
      .where('entityType', '=', 'import')
      .execute();
    expect(history).toEqual([
      { action: 'import', entityType: 'import', entityId: `plan-items:${done.sha256}` },
    ]);

    // The export equals the input (the blank programme is the one imported into).
    const input = plainRows(ROWS.map((r) => [r[0] ?? 'xinjiang', ...r.slice(1)]));
    expect(await h.exportRows('plan-items', 'xlsx')).toEqual(input);
    expect(await h.exportRows('plan-items', 'csv')).toEqual(input);

    const after = await h.head();
    const again = await h.run('plan-items', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 3 } });
    expect(again.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(again.problems[0]?.message).toMatch(/exists already/);
    const exported = await h.run('plan-items', await h.exportFile('plan-items', 'xlsx'), {
      dryRun: false,
    });
    expect(exported).toMatchObject({ rows: 3, counts: { created: 0, existing: 3 } });
    expect(await h.head()).toBe(after);
  });

  it('adds a project to an existing plan, keeping its total when the cell is blank', async () => {
    await createTestProject(ctx.database, { code: 'PI-B3' });
    const file = await fill([['xinjiang', '110000', 2027, null, 'PI-B3', 500_000]]);
    const done = await h.run('plan-items', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done.counts).toMatchObject({ created: 1 });
    const items = await ctx.database.db
      .selectFrom('planItems as i')
      .innerJoin('plans as pl', 'pl.id', 'i.planId')
      .innerJoin('projects as p', 'p.id', 'i.projectId')
      .select(['p.code', 'pl.totalFen'])
      .where('pl.year', '=', 2027)
      .where('pl.donorCode', '=', '110000')
      .orderBy('p.code')
      .execute();
    expect(items.map((i) => [i.code, Number(i.totalFen)])).toEqual([
      ['PI-B1', 500_000_000],
      ['PI-B2', 500_000_000],
      ['PI-B3', 500_000_000],
    ]);
  });

  it('bad input: a project that does not exist, a project twice, a new plan with no total', async () => {
    const head = await h.head();
    const file = await fill([
      ['xinjiang', '110000', 2028, 9_000_000, 'PI-NOPE', 1_000],
      ['xinjiang', '110000', 2028, 9_000_000, 'PI-B1', 1_000],
      ['xinjiang', '110000', 2028, 9_000_000, 'PI-B1', 2_000],
      ['xinjiang', '110000', 2029, null, 'PI-B2', 1_000],
    ]);
    const r = await h.run('plan-items', file, { dryRun: false });
    expect(h.faults(r)).toEqual([
      {
        severity: 'error',
        sheet: SHEET,
        row: 3,
        column: 'Project code',
        message: 'no project PI-NOPE',
      },
      {
        severity: 'error',
        sheet: SHEET,
        row: 4,
        column: 'Project code',
        message:
          'the code PI-B1 appears more than once in the file (rows 4, 5): none of them is imported',
      },
      {
        severity: 'error',
        sheet: SHEET,
        row: 5,
        column: 'Project code',
        message:
          'the code PI-B1 appears more than once in the file (rows 4, 5): none of them is imported',
      },
      {
        severity: 'error',
        sheet: SHEET,
        row: 6,
        column: 'Plan total (yuan)',
        message: '"Plan total (yuan)" is required',
      },
    ]);
    expect(r).toMatchObject({ accepted: 0, skipped: 4 });
    expect([...(await plans(2028)), ...(await plans(2029))]).toEqual([]);
    expect(await h.head()).toBe(head);
  });

  it("bad input: a donor editor's row of another donor is outside its grants; nothing stored", async () => {
    const beijing = await h.actorAs('donor-editor', '110000');
    const head = await h.head();
    const file = await fill([['xinjiang', '310000', 2030, 3_000_000, 'PI-S1', 1_000]]);
    const r = await h.run('plan-items', file, { dryRun: false, actor: beijing });
    expect(h.faults(r)).toEqual([
      {
        severity: 'error',
        sheet: SHEET,
        row: 3,
        column: 'Donor',
        message: 'you may not enter this row (310000): it is outside your grants',
      },
    ]);
    expect(await plans(2030)).toEqual([]);
    expect(await h.head()).toBe(head);
    // The export holds only the plans the caller may read: Beijing's, not Shanghai's.
    const rows = await h.exportRows('plan-items', 'csv', beijing);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => JSON.parse(r)[1] === '110000')).toBe(true);
  });
});
