import { expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { type CaseStatus, caseIsLate, chinaDate } from '../../src/domain/company-cases.js';
import { creditCodeCheckChar, creditCodeProblem } from '../../src/domain/credit-code.js';
import { createCompany } from '../../src/modules/companies/service.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { generateDataSet } from '../../src/seed/generate.js';
import { generateCompanies } from '../../src/seed/generate-companies.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

const TODAY = '2033-07-01';

describeEachDatabase('generated companies and cases', (ctx) => {
  // A generous timeout: four years of projects and companies on a shared, busy machine.
  it('keep the companies and case rules, and the measures count them', {
    timeout: 180_000,
  }, async () => {
    const totals = await generateDataSet(ctx.database, {
      fromYear: 2030,
      years: 4,
      projectsPerYear: 19,
      companiesPerYear: 76,
      casesPerCompany: 5,
      seed: 13,
      today: TODAY,
    });
    const db = ctx.database.db;
    const companies = await db.selectFrom('companies').selectAll().orderBy('id').execute();
    expect(totals.companies).toBe(companies.length);
    // Every year's: 2033 is generated up to 1 July.
    expect(companies.length).toBe(4 * 76);
    expect(new Set(companies.map((c) => c.donorCode)).size).toBe(19);
    for (const c of companies) {
      expect(creditCodeProblem(c.creditCode), c.creditCode).toBeNull();
      expect(c.creditCode.slice(2, 8)).toBe(c.areaCode);
      expect(c.signedOn <= TODAY).toBe(true);
      expect(c.localHires).toBeLessThanOrEqual(c.jobsActual);
      expect(Number(c.investmentArrivedFen)).toBeLessThanOrEqual(Number(c.investmentPlannedFen));
      expect(Number(c.investmentPlannedFen) % 100).toBe(0);
    }
    expect(new Set(companies.map((c) => c.creditCode)).size).toBe(companies.length);

    // Officers one after another from the signing date; the serving one is the last.
    const officers = await db
      .selectFrom('companyOfficers')
      .selectAll()
      .orderBy('companyId')
      .orderBy('startOn')
      .execute();
    const byCompany = new Map<number, typeof officers>();
    for (const o of officers)
      byCompany.set(o.companyId, [...(byCompany.get(o.companyId) ?? []), o]);
    for (const c of companies) {
      const list = byCompany.get(c.id) ?? [];
      expect(list.length, `company ${c.id}`).toBeGreaterThan(0);
      expect(list[0]?.startOn).toBe(c.signedOn);
      list.forEach((o, i) => {
        const next = list[i + 1];
        if (next) {
          expect(o.startOn < next.startOn).toBe(true);
          expect(o.endOn).not.toBeNull();
          expect(Date.parse(`${next.startOn}T00:00:00Z`) - Date.parse(`${o.endOn}T00:00:00Z`)).toBe(
            86_400_000,
          );
        } else expect(o.endOn).toBeNull();
        expect(o.startOn <= TODAY).toBe(true);
      });
    }
    expect(officers.length).toBeGreaterThan(companies.length);

    // Cases: the officer serving on the opening day, statuses the machine reaches, nothing later
    // than today, the first response the earliest.
    const cases = await db.selectFrom('companyCases').selectAll().execute();
    expect(totals.cases).toBe(cases.length);
    expect(cases.length).toBeGreaterThan(companies.length * 3);
    const responses = await db.selectFrom('companyCaseResponses').selectAll().execute();
    const answers = new Map<number, string[]>();
    for (const r of responses)
      answers.set(r.caseId, [...(answers.get(r.caseId) ?? []), r.respondedAt]);
    const signed = new Map(companies.map((c) => [c.id, c.signedOn]));
    const statuses = new Set<CaseStatus>();
    const end = `${TODAY}T23:59:59.999Z`;
    let late = 0;
    for (const k of cases) {
      statuses.add(k.status);
      const opened = k.openedAt.slice(0, 10);
      expect(opened >= (signed.get(k.companyId) ?? '') && k.openedAt <= end).toBe(true);
      expect(chinaDate(k.openedAt)).toBe(opened);
      const serving = (byCompany.get(k.companyId) ?? []).find(
        (o) => o.startOn <= opened && (o.endOn === null || opened <= o.endOn),
      );
      expect(k.officerId).toBe(serving?.id ?? null);
      const times = (answers.get(k.id) ?? []).sort();
      expect(k.firstResponseAt).toBe(times[0] ?? null);
      for (const t of times) expect(t >= k.openedAt && t <= end, `case ${k.id}`).toBe(true);
      if (k.status === 'open') expect(times).toEqual([]);
      if (['in_progress', 'resolved', 'closed'].includes(k.status)) {
        expect(times.length).toBeGreaterThan(0);
      }
      expect(k.resolvedAt !== null).toBe(k.status === 'resolved' || k.status === 'closed');
      expect(k.closedAt !== null).toBe(k.status === 'closed');
      if (k.resolvedAt)
        expect(k.resolvedAt >= (times[times.length - 1] ?? '') && k.resolvedAt <= end).toBe(true);
      if (k.closedAt && k.resolvedAt)
        expect(k.closedAt >= k.resolvedAt && k.closedAt <= end).toBe(true);
      expect(k.rejectionReason !== null).toBe(k.status === 'rejected');
      if (caseIsLate(k, end, 3)) late++;
    }
    expect(statuses).toEqual(new Set(['open', 'in_progress', 'resolved', 'closed', 'rejected']));
    expect(late).toBeGreaterThan(0);
    expect((await verifyHistory(db)).ok).toBe(true);

    // The measures count them (the coordinator sees unpublished ones too).
    const app = await buildTestApp(ctx.database);
    try {
      const cookie = await loginAs(app, ctx.database, { role: 'coordinator' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/analytics/query',
        headers: { cookie },
        payload: {
          measures: ['companies', 'company_jobs', 'cases_open'],
          dimensions: [],
          filters: {},
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const row = res.json().rows[0];
      expect(Number(row.companies)).toBe(companies.length);
      expect(Number(row.company_jobs)).toBe(companies.reduce((n, c) => n + c.jobsActual, 0));
      expect(Number(row.cases_open)).toBe(
        cases.filter((k) => k.status === 'open' || k.status === 'in_progress').length,
      );
    } finally {
      await app.close();
    }

    // A second pass over the same years refuses and writes nothing; a new year adds to them.
    await expect(
      generateCompanies(ctx.database, {
        fromYear: 2031,
        years: 1,
        companiesPerYear: 10,
        today: TODAY,
        seed: 13,
      }),
    ).rejects.toThrow(/companies of 2031 were generated already/);
    expect((await db.selectFrom('companies').select('id').execute()).length).toBe(companies.length);
    const more = await generateCompanies(ctx.database, {
      fromYear: 2028,
      years: 1,
      companiesPerYear: 20,
      today: TODAY,
      seed: 13,
    });
    expect(more.companies).toBe(20);
    // PostgreSQL's sequences follow the bulk ids: a company entered afterwards gets a new id.
    const maxId = Math.max(...companies.map((c) => c.id)) + 20;
    expect((await db.selectFrom('companies').select('id').execute()).length).toBe(maxId);
    const entered = await createCompany(
      { actor: systemActor('test'), db },
      {
        name: '手工录入企业',
        creditCode: `91653201MA0DEM099${creditCodeCheckChar('91653201MA0DEM099')}`,
        industry: '纺织服装',
        programme: 'xinjiang',
        donor: '110000',
        area: '653201',
        signedOn: '2033-06-01',
        investmentPlannedFen: 0,
        investmentArrivedFen: 0,
        jobsPlanned: 0,
        jobsActual: 0,
        localHires: 0,
        published: true,
      },
    );
    expect(entered.id).toBe(maxId + 1);
  });
});
