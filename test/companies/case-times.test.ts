import { expect, it } from 'vitest';
import { fillCaseWorkingDays } from '../../src/db/migrations/0023_case_working_days.js';
import { addHolidayAdjustments } from '../../src/db/migrations/0038_case_holidays.js';
import { systemActor } from '../../src/domain/access.js';
import { caseIsLate, workingDaysTo } from '../../src/domain/company-cases.js';
import { caseTimes } from '../../src/modules/companies/case-times.js';
import { generateCompanies } from '../../src/seed/generate-companies.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('case times in SQL', (ctx) => {
  it('equal the domain working days, case by case, per officer, donor and area (stored by SQL)', {
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
    // The stored working days as migration 0023 fills them (SQL over the dates), not as the
    // generator wrote them (the domain function): the sums below must still equal the domain's.
    await db
      .updateTable('companyCases')
      .set({ responseWorkingDays: null, resolutionWorkingDays: null })
      .execute();
    await fillCaseWorkingDays(db, ctx.database.engine);
    // …and as 0038 then adds China's public holidays and 调休 days to them.
    await addHolidayAdjustments(db, ctx.database.engine);
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
      const got = await caseTimes(
        { actor: systemActor('test'), db },
        { by, limit: 500, offset: 0 },
      );
      expect(got.total).toBe(expected.size);
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

  it('answer one page of groups, most cases first, with the number of groups', {
    timeout: 120_000,
  }, async () => {
    const today = new Date().toISOString().slice(0, 10);
    await generateCompanies(ctx.database, {
      // Years of their own (the first test's are generated already in this database).
      fromYear: Number(today.slice(0, 4)) - 10,
      years: 2,
      companiesPerYear: 30,
      casesPerCompany: 4,
      seed: 11,
      today,
    });
    const db = ctx.database.db;
    const actor = systemActor('test');
    const all = await caseTimes({ actor, db }, { by: 'officer', limit: 500, offset: 0 });
    expect(all.total).toBeGreaterThan(12);
    expect(all.rows).toHaveLength(all.total);
    for (let i = 1; i < all.rows.length; i++) {
      expect((all.rows[i - 1]?.cases ?? 0) >= (all.rows[i]?.cases ?? 0)).toBe(true);
    }
    // Named officers (one group may be the unassigned cases, named '').
    expect(all.rows.filter((r) => r.key !== '' && r.name === '')).toEqual([]);
    const pages = [];
    for (let offset = 0; offset < all.total; offset += 5) {
      const page = await caseTimes({ actor, db }, { by: 'officer', limit: 5, offset });
      expect(page.total).toBe(all.total);
      pages.push(...page.rows);
    }
    expect(pages).toEqual(all.rows);
    const past = await caseTimes({ actor, db }, { by: 'officer', limit: 5, offset: all.total + 5 });
    expect(past).toEqual({ by: 'officer', total: all.total, rows: [] });
    const donors = await caseTimes({ actor, db }, { by: 'donor', limit: 2, offset: 0 });
    expect(donors.rows).toHaveLength(2);
    expect(donors.rows.every((r) => r.name !== '' && r.nameEn !== '')).toBe(true);
  });
});
