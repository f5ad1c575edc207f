/**
 * `shanhai template | import | export` as an operator runs them (child processes): the exit codes
 * (0 nothing critical, 1 critical, 2 unreadable) and the exact shape of `--json`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { createTestUser } from '../support/accounts.js';
import { shanhai } from '../support/cli.js';
import { describeEachDatabase } from '../support/db.js';
import { filledTemplate } from './support.js';

// Each test starts several `shanhai` processes (a few seconds each on a busy machine).

describeEachDatabase('transfer CLI', (ctx) => {
  const dir = mkdtempSync(join(tmpdir(), 'shanhai-transfer-'));

  it('writes a template, dry-runs and imports a filled one (exit 0), prints the --json object', {
    timeout: 120_000,
  }, async () => {
    const template = join(dir, 'ledger.xlsx');
    const t = await shanhai(ctx.url, ['template', 'ledger', '--lang', 'en', '--out', template]);
    expect(t, t.stderr).toMatchObject({ code: 0 });
    expect(readFileSync(template).subarray(0, 2).toString()).toBe('PK');
    // the Uyghur template (decision 0060) from the command line too, and no other language
    const ug = join(dir, 'projects-ug.xlsx');
    const u = await shanhai(ctx.url, ['template', 'projects', '--lang', 'ug', '--out', ug]);
    expect(u, u.stderr).toMatchObject({ code: 0 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(ug) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('تۈرلەر');
    expect(sheet?.views[0]).toMatchObject({ rightToLeft: true });
    expect(sheet?.getCell('A1').value).toBe('تۈر نومۇرى *');
    const fr = await shanhai(ctx.url, ['template', 'projects', '--lang', 'fr', '--out', ug]);
    expect(fr.code).not.toBe(0);
    expect(fr.stderr).toContain('--lang must be zh, en or ug');

    const file = join(dir, 'projects.xlsx');
    writeFileSync(
      file,
      await filledTemplate(ctx.database, 'projects', [
        [
          'CLI-1',
          '命令行项目',
          null,
          null,
          '110000',
          null,
          'livelihood',
          'approved',
          '2,000,000',
          2026,
          '2026-05-01',
          '653201',
        ],
        [
          'CLI-2',
          '错误的行',
          null,
          null,
          '110000',
          null,
          'livelihood',
          'approved',
          100_000,
          2026,
          null,
          '999999',
        ],
      ]),
    );
    const dry = await shanhai(ctx.url, [
      'import',
      'projects',
      file,
      '--programme',
      'xinjiang',
      '--dry-run',
      '--json',
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    const report = JSON.parse(dry.stdout);
    expect(Object.keys(report)).toEqual([
      'dryRun',
      'kind',
      'rows',
      'accepted',
      'skipped',
      'problems',
      'counts',
      'sha256',
    ]);
    expect(report).toMatchObject({
      dryRun: true,
      kind: 'projects',
      rows: 2,
      accepted: 1,
      skipped: 1,
    });
    for (const p of report.problems) {
      expect(Object.keys(p)).toEqual(['severity', 'sheet', 'row', 'column', 'value', 'message']);
    }
    expect(report.problems).toContainEqual({
      severity: 'error',
      sheet: '项目',
      row: 4,
      column: 'Locations',
      value: '999999',
      message: '"999999" is not a known area',
    });
    const done = await shanhai(ctx.url, [
      'import',
      'projects',
      file,
      '--programme',
      'xinjiang',
      '--json',
    ]);
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ dryRun: false, accepted: 1 });

    const csv = join(dir, 'projects.csv');
    const e = await shanhai(ctx.url, ['export', 'projects', '--out', csv, '--lang', 'en']);
    expect(e, e.stderr).toMatchObject({ code: 0 });
    expect(readFileSync(csv, 'utf8')).toMatch(/\nCLI-1,命令行项目,/);
  });

  it('exits 1 on a critical problem and 2 on a file it cannot read at all', {
    timeout: 120_000,
  }, async () => {
    const ledger = join(dir, 'wrong.xlsx');
    writeFileSync(ledger, await filledTemplate(ctx.database, 'ledger', []));
    const wrong = await shanhai(ctx.url, ['import', 'projects', ledger, '--json']);
    expect(wrong.code, wrong.stderr).toBe(1);
    expect(JSON.parse(wrong.stdout).problems[0]).toMatchObject({ severity: 'critical' });

    const binary = join(dir, 'renamed.xlsx');
    writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
    const bad = await shanhai(ctx.url, ['import', 'projects', binary, '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      rows: 0,
      problems: [{ severity: 'critical', message: expect.stringContaining('cannot be read') }],
    });
    const missing = await shanhai(ctx.url, ['import', 'projects', join(dir, 'none.csv')]);
    expect(missing.code).toBe(2);
  });

  it('acts with a user’s grants under --as: another donor’s row is refused, in Chinese if asked', {
    timeout: 120_000,
  }, async () => {
    const { username } = await createTestUser(ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    const file = join(dir, 'shanghai.xlsx');
    writeFileSync(
      file,
      await filledTemplate(ctx.database, 'projects', [
        [
          'CLI-SH',
          '上海的',
          null,
          'xinjiang',
          '310000',
          null,
          'livelihood',
          'approved',
          100_000,
          2026,
          null,
          '653201',
        ],
      ]),
    );
    const r = await shanhai(ctx.url, [
      'import',
      'projects',
      file,
      '--as',
      username,
      '--lang',
      'zh',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      accepted: 0,
      problems: [
        { severity: 'error', row: 3, message: '您无权录入该行（CLI-SH）：不在您的授权范围内' },
      ],
    });
  });
});
