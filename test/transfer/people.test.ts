/**
 * People and postings as an import/export kind (decision 0056), on both engines: the round trip
 * (template → filled → dry run → commit → export equals the input → again changes nothing), the
 * ID card masked in another caller's export, and the bad inputs (an ID card failing GB 11643, an
 * area that does not exist, a donor outside the caller's grants, one person's posting twice),
 * each a triaged problem naming sheet, row and column, nothing stored.
 */
import type ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { idCardCheckCharacter } from '../../src/domain/id-card.js';
import { describeEachDatabase } from '../support/db.js';
import { kindHarness, plainRows } from './kinds-support.js';
import { filledTemplate } from './support.js';

const SHEET = '人员派驻';

/** A valid ID-card number from its first 17 characters. */
const idCard = (first17: string) => `${first17}${idCardCheckCharacter(first17)}`;
const A = idCard('11010519800101002');
const B = idCard('31010419750505003');

/** Person fields, then posting fields (the template's column order). */
const person = (id: string, name: string, donor: string, published = '否') => [
  id,
  name,
  null,
  '男 [male]',
  '汉族',
  1980,
  donor,
  null,
  '原单位',
  '13800000000',
  published,
];
const posting = (start: string, end: string, role: string) => [
  'xinjiang',
  'cadre',
  null,
  '和田市发改委',
  '和田市 [653201]',
  role,
  'long-term',
  '否',
  start,
  end,
];

describeEachDatabase('import and export: people and postings', (ctx) => {
  const h = kindHarness(ctx);
  const persons = () =>
    ctx.database.db.selectFrom('persons').select(['id', 'idCardNumber', 'donorCode']).execute();
  const postings = () =>
    ctx.database.db.selectFrom('postings').select(['personId', 'termStart']).execute();
  const fill = (rows: ExcelJS.CellValue[][]) => filledTemplate(ctx.database, 'people', rows);

  const ROWS: ExcelJS.CellValue[][] = [
    [...person(A, '张三', '110000'), ...posting('2023-01-01', '2025-12-31', '副主任')],
    [...person(A, '张三', '110000'), ...posting('2026-03-01', '2029-02-28', '主任')],
    person(B, '李四', '310000', '是'),
  ];

  it('round trip: dry run stores nothing, commit registers persons and postings, the export equals the input, again changes nothing', async () => {
    const file = await fill(ROWS);
    const head = await h.head();
    const dry = await h.run('people', file);
    expect(h.faults(dry)).toEqual([]);
    expect(dry).toMatchObject({ rows: 3, accepted: 3 });
    expect(await persons()).toEqual([]);
    expect(await h.head()).toBe(head);

    const done = await h.run('people', file, { dryRun: false });
    expect(h.faults(done)).toEqual([]);
    expect(done.counts).toMatchObject({ created: 3, existing: 0 });
    expect((await persons()).map((p) => [p.idCardNumber, p.donorCode]).sort()).toEqual(
      [
        [A, '110000'],
        [B, '310000'],
      ].sort(),
    );
    expect((await postings()).map((p) => p.termStart).sort()).toEqual(['2023-01-01', '2026-03-01']);
    const imports = await ctx.database.db
      .selectFrom('history')
      .select('entityId')
      .where('id', '>', head)
      .where('entityType', '=', 'import')
      .execute();
    expect(imports).toEqual([{ entityId: `people:${done.sha256}` }]);

    // The operator sees personal data unmasked: the export equals the input.
    const input = plainRows(ROWS);
    expect(await h.exportRows('people', 'xlsx')).toEqual(input);
    expect(await h.exportRows('people', 'csv')).toEqual(input);

    const after = await h.head();
    const again = await h.run('people', file, { dryRun: false });
    expect(again).toMatchObject({ accepted: 0, counts: { created: 0, existing: 3 } });
    expect(await h.head()).toBe(after);
    expect((await postings()).length).toBe(2);
  });

  it('masks the ID card, phone and birth year for a caller who may not see them, and logs unmasked reads', async () => {
    const shanghai = await h.actorAs('donor-editor', '310000');
    const rows = (await h.exportRows('people', 'csv', shanghai)).map((r) => JSON.parse(r));
    // Shanghai sees its own (published) person unmasked and no one else's unpublished person.
    expect(rows.map((r) => r[0])).toEqual([B]);
    const coordinator = await h.actorAs('coordinator');
    const logBefore = await ctx.database.db
      .selectFrom('personAccessLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const all = (await h.exportRows('people', 'csv', coordinator)).map((r) => JSON.parse(r));
    expect(all.map((r) => r[0]).sort()).toEqual([A, A, B].sort());
    const logAfter = await ctx.database.db
      .selectFrom('personAccessLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(logAfter.n) - Number(logBefore.n)).toBe(2);
    const beijing = await h.actorAs('donor-editor', '110000');
    const seen = (await h.exportRows('people', 'csv', beijing)).map((r) => JSON.parse(r));
    const shanghaiRow = seen.find((r) => r[1] === '李四');
    expect(shanghaiRow?.[0]).not.toBe(B);
    expect(shanghaiRow?.[0]).toMatch(/\*/);
    expect(shanghaiRow?.[5]).toBe('');
  });

  it('bad input: an ID card failing GB 11643, an unknown area, one posting twice; nothing stored', async () => {
    const head = await h.head();
    const bad = `${A.slice(0, 17)}${A.endsWith('0') ? '1' : '0'}`;
    const C = idCard('11010519900101004');
    const file = await fill([
      [...person(bad, '王五', '110000'), ...posting('2026-01-01', '2028-12-31', '科长')],
      [
        ...person(idCard('11010519900101012'), '赵六', '110000'),
        ...posting('2026-01-01', '2028-12-31', '科长').map((v) =>
          v === '和田市 [653201]' ? '999999' : v,
        ),
      ],
      [...person(C, '钱七', '110000'), ...posting('2026-01-01', '2028-12-31', '科长')],
      [...person(C, '钱七', '110000'), ...posting('2026-01-01', '2028-12-31', '科长')],
    ]);
    const r = await h.run('people', file, { dryRun: false });
    const faults = h.faults(r);
    expect(faults.map((f) => [f.sheet, f.row, f.column])).toEqual([
      [SHEET, 3, 'ID card number'],
      [SHEET, 4, 'Area'],
      [SHEET, 5, 'ID card number'],
      [SHEET, 6, 'ID card number'],
    ]);
    expect(faults[0]?.message).toMatch(/check/i);
    expect(faults[1]?.message).toContain('999999');
    expect(faults[2]?.message).toContain('appears more than once');
    expect(r).toMatchObject({ accepted: 0, skipped: 4 });
    expect((await persons()).length).toBe(2);
    expect(await h.head()).toBe(head);
  });

  it("bad input: a donor editor's person of another donor is outside its grants; nothing stored", async () => {
    const beijing = await h.actorAs('donor-editor', '110000');
    const head = await h.head();
    const file = await fill([person(idCard('31010419800101005'), '孙八', '310000')]);
    const r = await h.run('people', file, { dryRun: false, actor: beijing });
    expect(h.faults(r)).toEqual([
      {
        severity: 'error',
        sheet: SHEET,
        row: 3,
        column: 'Donor',
        message: 'you may not enter this row (310000): it is outside your grants',
      },
    ]);
    expect((await persons()).length).toBe(2);
    expect(await h.head()).toBe(head);
  });
});
