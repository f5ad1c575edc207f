import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { createUser } from '../../src/modules/accounts/service.js';
import { useApp } from '../modules/support.js';
import { loginAs, sessionCookieFor, TEST_PASSWORD } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';
import { BEIJING, hotanLedger, openWarning, SHANGHAI, TIANJIN } from './support.js';

interface Summary {
  year: number;
  years: number[];
  scope: string;
  donors: Array<{ code: string }>;
  areas: Array<{ code: string }>;
  rules: {
    items: Array<{ donor: { code: string }; totalFen: number; countyAndBelowBp: number }>;
    totals: { totalFen: number };
    thresholds: { countyAndBelowBp: number } | null;
  } | null;
  progress: {
    amounts: { disbursedFen: number; budgetFen: number };
    counts: { projects: number };
  } | null;
  warnings: { open: number; byKind: Array<{ kind: string; count: number }> } | null;
  counts: { projects: number; projectsInYear: number };
}

/** The home page's figures: each role sees its own, never another donor's unpublished data. */
describeEachDatabase('home summary', (ctx) => {
  const t = useApp(ctx);
  const get = async (cookie: string, query = '') => {
    const res = await t.app.inject({ url: `/api/summary${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Summary;
  };
  const kind = (s: Summary, k: string) => s.warnings?.byKind.find((x) => x.kind === k)?.count;

  beforeAll(async () => {
    const ids = await hotanLedger(ctx.database);
    await openWarning(ctx.database, ids['HF-BJ'] as number, 'not-started');
    await openWarning(ctx.database, ids['HF-SH'] as number, 'no-disbursement');
    await openWarning(ctx.database, ids['HF-BACHU'] as number, 'no-disbursement');
    await openWarning(ctx.database, ids['HF-TJ'] as number, 'stage-overdue');
  });

  it('asks anonymous callers to sign in', async () => {
    expect((await t.app.inject({ url: '/api/summary' })).statusCode).toBe(401);
  });

  it('gives the programme office the whole programme, on the latest year with money', async () => {
    const s = await get(await loginAs(t.app, ctx.database, { role: 'coordinator' }));
    expect(s.scope).toBe('programme');
    expect(s.year).toBe(2025);
    expect(s.years).toEqual([2025, 2024]);
    expect(s.rules?.items).toHaveLength(19);
    expect(s.rules?.totals.totalFen).toBe(30_000);
    const y2024 = await get(await loginAs(t.app, ctx.database, { role: 'auditor' }), '?year=2024');
    expect(y2024.rules?.totals.totalFen).toBe(24_000_000);
    expect(y2024.rules?.thresholds?.countyAndBelowBp).toBe(8000);
    expect(y2024.progress?.amounts.disbursedFen).toBe(24_000_000);
    expect(y2024.progress?.counts.projects).toBe(4);
    expect(y2024.warnings?.open).toBe(4);
    expect(kind(y2024, 'no-disbursement')).toBe(2);
    expect(y2024.counts).toEqual({ projects: 5, projectsInYear: 4 });
  });

  it('gives a donor editor its own donor only: no other donor’s figures', async () => {
    const cookie = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: BEIJING });
    const s = await get(cookie, '?year=2024');
    expect(s.scope).toBe('donor');
    expect(s.donors.map((d) => d.code)).toEqual([BEIJING]);
    expect(s.rules?.items.map((i) => i.donor.code)).toEqual([BEIJING]);
    expect(s.rules?.totals.totalFen).toBe(10_000_000);
    expect(s.progress?.amounts.disbursedFen).toBe(10_000_000);
    expect(s.progress?.counts.projects).toBe(1);
    expect(s.warnings?.open).toBe(1);
    expect(kind(s, 'not-started')).toBe(1);
    expect(kind(s, 'no-disbursement')).toBe(0);
    expect(s.counts).toEqual({ projects: 2, projectsInYear: 1 });
    const text = JSON.stringify(s);
    expect(text).not.toContain(SHANGHAI);
    expect(text).not.toContain('5000000');
    expect(text).not.toContain(TIANJIN);
  });

  it('gives a recipient editor its area’s figures, without the donors’ rules', async () => {
    const cookie = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    const s = await get(cookie, '?year=2024');
    expect(s.scope).toBe('area');
    expect(s.areas.map((a) => a.code)).toEqual(['653200']);
    expect(s.rules).toBeNull();
    // Hotan's 2024 projects: HF-BJ, HF-SH, HF-TJ (Bachu's is Kashgar's).
    expect(s.progress?.amounts.disbursedFen).toBe(17_000_000);
    expect(s.warnings?.open).toBe(3);
    expect(kind(s, 'no-disbursement')).toBe(1);
    expect(s.counts).toEqual({ projects: 4, projectsInYear: 3 });
  });

  it('gives a viewer the published projects’ counts only', async () => {
    const s = await get(await loginAs(t.app, ctx.database, { role: 'viewer' }), '?year=2024');
    expect(s.scope).toBe('public');
    expect(s.rules).toBeNull();
    expect(s.progress).toBeNull();
    expect(s.warnings).toBeNull();
    expect(s.counts).toEqual({ projects: 1, projectsInYear: 1 });
  });
});

/**
 * A user with several grants gets one progress over all of them, each project once: a project
 * of two granted donors, or located in two granted areas, is not counted twice.
 */
describeEachDatabase('home summary over several grants', (ctx) => {
  const t = useApp(ctx);
  const get = async (cookie: string) => {
    const res = await t.app.inject({ url: '/api/summary?year=2024', headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Summary;
  };
  let n = 0;
  const userWith = async (
    grants: { role: 'donor-editor' | 'recipient-editor'; orgCode?: string; areaCode?: string }[],
  ) => {
    const username = `t-multi-${++n}`;
    await createUser(
      { actor: systemActor('test'), db: ctx.database.db },
      {
        username,
        password: TEST_PASSWORD,
        origin: 'cli',
        grants: [{ role: 'viewer' }, ...grants],
      },
    );
    return sessionCookieFor(t.app, username, TEST_PASSWORD);
  };

  beforeAll(async () => {
    const db = ctx.database.db;
    // Beijing 60% and Shanghai 40%, half in Hotan city and half in Bachu: 4,000.00 yuan paid.
    await insertProject(db, {
      code: 'MG-JOINT',
      donor: [
        { org: BEIJING, shareBp: 6000 },
        { org: SHANGHAI, shareBp: 4000 },
      ],
      locations: [
        { area: '653201', shareBp: 5000 },
        { area: '653130', shareBp: 5000 },
      ],
      year: 2024,
    });
    await insertProject(db, {
      code: 'MG-BJ',
      donor: BEIJING,
      locations: [{ area: '653201', shareBp: 10000 }],
      year: 2024,
    });
    await insertProject(db, {
      code: 'MG-TJ',
      donor: TIANJIN,
      locations: [{ area: '653225', shareBp: 10000 }],
      year: 2024,
    });
    for (const [code, fen] of [
      ['MG-JOINT', 400_000],
      ['MG-BJ', 100_000],
      ['MG-TJ', 200_000],
    ] as const) {
      await insertTransaction(db, {
        projectCode: code,
        type: 'disbursement',
        valueFen: fen,
        date: '2024-05-05',
      });
    }
  });

  it('weighs a project of two granted donors once, by the sum of their shares', async () => {
    const one = await get(await userWith([{ role: 'donor-editor', orgCode: BEIJING }]));
    expect(one.progress?.amounts.disbursedFen).toBe(240_000 + 100_000);
    const both = await get(
      await userWith([
        { role: 'donor-editor', orgCode: BEIJING },
        { role: 'donor-editor', orgCode: SHANGHAI },
      ]),
    );
    expect(both.scope).toBe('donor');
    expect(both.donors.map((d) => d.code)).toEqual([BEIJING, SHANGHAI]);
    expect(both.progress?.amounts.disbursedFen).toBe(400_000 + 100_000);
    expect(both.progress?.counts.projects).toBe(2);
    expect(JSON.stringify(both)).not.toContain(TIANJIN);
  });

  it('weighs a project located in two granted areas once, and a nested grant adds nothing', async () => {
    const hotanCity = await get(await userWith([{ role: 'recipient-editor', areaCode: '653201' }]));
    expect(hotanCity.progress?.amounts.disbursedFen).toBe(200_000 + 100_000);
    const two = await get(
      await userWith([
        { role: 'recipient-editor', areaCode: '653201' },
        { role: 'recipient-editor', areaCode: '653130' },
        // Hotan prefecture holds Hotan city: its projects are not counted again.
        { role: 'recipient-editor', areaCode: '653200' },
      ]),
    );
    expect(two.scope).toBe('area');
    expect(two.progress?.amounts.disbursedFen).toBe(400_000 + 100_000 + 200_000);
    expect(two.progress?.counts.projects).toBe(3);
  });
});
