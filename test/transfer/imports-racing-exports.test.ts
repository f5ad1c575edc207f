/**
 * Imports racing each other (each row stored once) and exports (only what the caller may see,
 * cells that could be formulas neutralised); split from imports.test.ts. Both engines.
 */
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.js';
import { actorOfUser } from '../../src/modules/accounts/authenticate.js';
import { writeExport } from '../../src/modules/transfer/export.js';
import { type ImportReport, runImport } from '../../src/modules/transfer/import.js';
import type { Kind } from '../../src/modules/transfer/kinds.js';
import { createTestUser } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { filledTemplate, SYSTEM, written } from './support.js';

describeEachDatabase('imports at once, and exports', (ctx) => {
  const run = (
    kind: Kind,
    file: Buffer,
    options: { dryRun?: boolean } = {},
  ): Promise<ImportReport> =>
    runImport({ actor: SYSTEM, db: ctx.database.db }, kind, file, {
      dryRun: options.dryRun ?? true,
      lang: 'en',
      programme: 'xinjiang',
    });
  const project = (code: string) =>
    ctx.database.db.selectFrom('projects').selectAll().where('code', '=', code).executeTakeFirst();
  const exportText = async (kind: Kind, format: 'csv' | 'xlsx', actor: Actor = SYSTEM) => {
    const { bytes } = await written((out) =>
      writeExport({ actor, db: ctx.database.db }, kind, format, 'zh', out),
    );
    return bytes;
  };

  it('two commits of one file at once create each project once; the second reports them as existing', async () => {
    const rows = [0, 1, 2, 3].map((i) => [
      `TR-R${i}`,
      '并发',
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
    ]);
    const file = await filledTemplate(ctx.database, 'projects', rows);
    const [a, b] = await Promise.all([
      run('projects', file, { dryRun: false }),
      run('projects', file, { dryRun: false }),
    ]);
    expect((a?.accepted ?? 0) + (b?.accepted ?? 0)).toBe(4);
    const n = await ctx.database.db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('code', 'like', 'TR-R%')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(4);
    const imports = await ctx.database.db
      .selectFrom('history')
      .select('entityId')
      .where('action', '=', 'import')
      .where('entityId', '=', `projects:${a?.sha256}`)
      .execute();
    expect(imports.length).toBeGreaterThanOrEqual(1);
  });

  it('two commits of one ledger file at once record each entry once', async () => {
    await createTestProject(ctx.database, { code: 'TR-LR', donor: '110000' });
    const file = await filledTemplate(ctx.database, 'ledger', [
      ['TR-LR', 'disbursement', 'actual', 1000, '2026-04-01'],
      ['TR-LR', 'disbursement', 'actual', 2000, '2026-04-02'],
    ]);
    const [a, b] = await Promise.all([
      run('ledger', file, { dryRun: false }),
      run('ledger', file, { dryRun: false }),
    ]);
    expect((a?.accepted ?? 0) + (b?.accepted ?? 0)).toBe(2);
    const n = await ctx.database.db
      .selectFrom('fundTransactions as t')
      .innerJoin('projects as p', 'p.id', 't.projectId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.code', '=', 'TR-LR')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
  });

  it('exports only what the caller may see, neutralising cells that could be formulas', async () => {
    await createTestProject(ctx.database, {
      code: 'TR-F1',
      donor: '310000',
      name: { zh: '=HYPERLINK("http://evil.example","点我")', en: '@SUM(1)' },
    });
    const { user } = await createTestUser(ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    const beijing = await actorOfUser(
      ctx.database.db,
      { id: user.id, username: user.username },
      'session',
    );
    const all = (await exportText('projects', 'csv')).toString('utf8');
    expect(all).toContain(`TR-F1,"'=HYPERLINK(""http://evil.example"",""点我"")",'@SUM(1)`);
    expect((await exportText('projects', 'csv', beijing)).toString('utf8')).not.toContain('TR-F1');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportText('projects', 'xlsx')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    let found: ExcelJS.Row | undefined;
    ws?.eachRow((row) => {
      if (row.getCell(1).value === 'TR-F1') found = row;
    });
    expect(found?.getCell(2).value).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(found?.getCell(2).formula).toBeFalsy();
    expect(ws?.getColumn(9).numFmt).toBe('#,##0.00');
    // Re-imported (as a new code), the apostrophe comes off again.
    await run('projects', Buffer.from(all.replace('TR-F1,', 'TR-F2,'), 'utf8'), { dryRun: false });
    expect(await project('TR-F2')).toMatchObject({
      nameZh: '=HYPERLINK("http://evil.example","点我")',
      nameEn: '@SUM(1)',
    });
  });
});
