/**
 * `shanhai export iati|iati-organisations --programme CODE --out FILE.xml` (decisions 0052,
 * 0067) as an operator runs them, on both engines: the published project and its donor in the
 * files, the unpublished one in neither, and a programme with nothing published refused (an
 * empty IATI file is not schema-valid) with exit code 1.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { shanhai } from '../support/cli.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

const dir = mkdtempSync(join(tmpdir(), 'shanhai-iati-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('CLI: shanhai export iati and iati-organisations', (ctx) => {
  vi.setConfig({ testTimeout: 120_000 });
  beforeAll(async () => {
    await insertProject(ctx.database, {
      code: 'CLI-IATI-SH',
      donor: '310000',
      year: 2025,
      budgetFen: 4_000_000,
      published: true,
    });
    await insertTransaction(ctx.database, {
      projectCode: 'CLI-IATI-SH',
      type: 'disbursement',
      valueFen: 1_234_500,
      date: '2025-06-01',
    });
    await insertProject(ctx.database, {
      code: 'CLI-IATI-GD',
      donor: '440000',
      year: 2025,
      published: false,
    });
  });

  it('writes the activities and the organisations of the published projects', async () => {
    const activities = join(dir, `activities-${ctx.engine}.xml`);
    const a = await shanhai(ctx.url, [
      'export',
      'iati',
      '--programme',
      'xinjiang',
      '--out',
      activities,
    ]);
    expect(a, a.out).toMatchObject({ code: 0 });
    expect(a.out).toContain('1 published projects of xinjiang exported');
    const activitiesXml = readFileSync(activities, 'utf8');
    expect(activitiesXml).toContain('CLI-IATI-SH');
    expect(activitiesXml).not.toContain('CLI-IATI-GD');

    const organisations = join(dir, `organisations-${ctx.engine}.xml`);
    const o = await shanhai(ctx.url, [
      'export',
      'iati-organisations',
      '--programme',
      'xinjiang',
      '--out',
      organisations,
    ]);
    expect(o, o.out).toMatchObject({ code: 0 });
    expect(o.out).toContain('1 donors of xinjiang');
    const xml = readFileSync(organisations, 'utf8');
    expect(xml).toContain('<organisation-identifier>310000</organisation-identifier>');
    expect(xml).toMatch(/<total-expenditure>[\s\S]*?>12345<\/value>/);
    expect(xml).not.toContain('440000');
  });

  it('refuses a programme with nothing published, and one that does not exist', async () => {
    const out = join(dir, `empty-${ctx.engine}.xml`);
    const empty = await shanhai(ctx.url, [
      'export',
      'iati-organisations',
      '--programme',
      'revolutionary-areas',
      '--out',
      out,
    ]);
    expect(empty.code).toBe(1);
    expect(empty.out).toContain('no published project');
    const missing = await shanhai(ctx.url, [
      'export',
      'iati-organisations',
      '--programme',
      'nowhere',
      '--out',
      out,
    ]);
    expect(missing.code).not.toBe(0);
    expect(missing.out).toContain('no programme nowhere');
  });
});
