import { expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { caseIsLate, workingDaysTo } from '../../src/domain/company-cases.js';
import { caseTimes } from '../../src/modules/companies/case-times.js';
import { generateCompanies } from '../../src/seed/generate-companies.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('case times in SQL', (ctx) => {
  it('equal the domain working days, case by case, per officer, donor and area', {
    timeout: 120_000,
  }, async () => {
    // Opened up to the present, so that some are still open and late today.
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    await generateCompanies(ctx.database, {
      fromYear: year - 3,
      years: 4,
      companiesPerYear: 40,
      casesPerCompany: 6,
      seed: 5,
      today,
    });
    const db = ctx.database.db;
    const cases = await db
      .selectFrom('companyCases as k')
      .innerJoin('companies as c', 'c.id', 'k.companyId')
      .select([
        'k.officerId',
        'c.donorCode',
        'c.areaCode',
        'k.status',
        'k.openedAt',
        'k.firstResponseAt',
        'k.resolvedAt',
      ])
      .execute();
    expect(cases.length).toBeGreaterThan(300);
    const now = new Date();
    for (const by of ['officer', 'donor', 'area'] as const) {
      const expected = new Map<
        string,
        { cases: number; resp: number[]; res: number[]; late: number }
      >();
      for (const k of cases) {
        const key =
          by === 'officer' ? String(k.officerId ?? '') : by === 'donor' ? k.donorCode : k.areaCode;
        const g = expected.get(key) ?? { cases: 0, resp: [], res: [], late: 0 };
        g.cases++;
        const response = workingDaysTo(k.openedAt, k.firstResponseAt);
        if (response !== null) g.resp.push(response);
        const resolution = workingDaysTo(k.openedAt, k.resolvedAt);
        if (resolution !== null) g.res.push(resolution);
        if (caseIsLate(k, now, 3)) g.late++;
        expected.set(key, g);
      }
      const avg = (list: number[]) =>
        list.length === 0
          ? null
          : Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 10) / 10;
      const got = await caseTimes({ actor: systemActor('test'), db }, { by });
      expect(got.rows).toHaveLength(expected.size);
      for (const row of got.rows) {
        const g = expected.get(row.key);
        expect(g, `${by} ${row.key}`).toBeDefined();
        expect([
          row.cases,
          row.responded,
          row.avgResponseWorkingDays,
          row.resolved,
          row.avgResolutionWorkingDays,
          row.late,
        ]).toEqual([
          g?.cases,
          g?.resp.length,
          avg(g?.resp ?? []),
          g?.res.length,
          avg(g?.res ?? []),
          g?.late,
        ]);
      }
      if (by === 'donor') expect(got.rows.reduce((n, r) => n + r.late, 0)).toBeGreaterThan(0);
    }
  });
});
