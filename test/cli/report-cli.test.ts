/**
 * `shanhai report donor|area CODE --year YYYY --out FILE.pdf` (decision 0058) as an operator
 * runs it, on both engines: a PDF for a donor, the figures as JSON (the same as the API's), a
 * user's view with --as, and refusals for a bad kind or year.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTestUser } from '../support/accounts.js';
import { shanhai } from '../support/cli.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

const dir = mkdtempSync(join(tmpdir(), 'shanhai-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('CLI: shanhai report', (ctx) => {
  vi.setConfig({ testTimeout: 120_000 });
  let shanghaiEditor = '';
  beforeAll(async () => {
    await insertProject(ctx.database, {
      code: 'CLI-BJ',
      donor: '110000',
      year: 2025,
      budgetFen: 4_000_000,
      locations: [{ area: '653201', shareBp: 10000 }],
    });
    await insertTransaction(ctx.database, {
      projectCode: 'CLI-BJ',
      type: 'disbursement',
      valueFen: 1_234_500,
      date: '2025-06-01',
    });
    shanghaiEditor = (
      await createTestUser(ctx.database, { role: 'donor-editor', orgCode: '310000' })
    ).username;
  });

  it('writes a donor’s PDF and its figures as JSON', async () => {
    const pdf = join(dir, `bj-${ctx.engine}.pdf`);
    const r = await shanhai(ctx.url, ['report', 'donor', '110000', '--year', '2025', '--out', pdf]);
    expect(r, r.out).toMatchObject({ code: 0 });
    expect(r.out).toContain(`written to ${pdf}`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const json = join(dir, `bj-${ctx.engine}.json`);
    const j = await shanhai(ctx.url, [
      'report',
      'donor',
      '110000',
      '--year',
      '2025',
      '--json',
      '--out',
      json,
    ]);
    expect(j, j.out).toMatchObject({ code: 0 });
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.funds.disbursedFen).toBe(1_234_500);
    expect(report.largestProjects.map((p: { code: string }) => p.code)).toEqual(['CLI-BJ']);
  });

  it('shows a user only what it may see (--as), and refuses what it may not', async () => {
    const json = join(dir, `hotan-${ctx.engine}.json`);
    const r = await shanhai(ctx.url, [
      'report',
      'area',
      '653200',
      '--year',
      '2025',
      '--json',
      '--as',
      shanghaiEditor,
      '--out',
      json,
    ]);
    expect(r, r.out).toMatchObject({ code: 0 });
    expect(readFileSync(json, 'utf8')).not.toContain('CLI-BJ'); // Beijing's, unpublished
    const refused = await shanhai(ctx.url, [
      'report',
      'donor',
      '110000',
      '--year',
      '2025',
      '--as',
      shanghaiEditor,
      '--out',
      join(dir, 'refused.pdf'),
    ]);
    expect(refused.code, refused.out).not.toBe(0);
  });

  it('refuses a bad kind or year naming it', async () => {
    const out = join(dir, 'x.pdf');
    const kind = await shanhai(ctx.url, [
      'report',
      'city',
      '110000',
      '--year',
      '2025',
      '--out',
      out,
    ]);
    expect(kind.code).not.toBe(0);
    expect(kind.out).toContain('KIND must be donor or area');
    const year = await shanhai(ctx.url, [
      'report',
      'donor',
      '110000',
      '--year',
      '25',
      '--out',
      out,
    ]);
    expect(year.code).not.toBe(0);
    expect(year.out).toContain('--year');
  });
});
