import { beforeAll, expect, it } from 'vitest';
import { historyHead, rowCount } from '../ledger/fixtures.js';
import { expectHistoryGrowth, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject } from '../support/factories.js';

describeEachDatabase('annual plans API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let shanghai = '';
  let beijing = '';
  const send = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    cookie: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, ...headers },
      ...(payload ? { payload } : {}),
    });
  const draft = {
    programme: 'xinjiang',
    donor: '310000',
    year: 2026,
    totalFen: 3_000_000,
    items: [
      { project: 'PL-BACHU', plannedFen: 2_000_000 },
      { project: 'PL-KASHGAR', plannedFen: 500_000 },
    ],
  };
  /** Runs the requests and checks each is refused with the status and field, changing nothing. */
  const expectRefusals = async (
    cases: Array<{ run: () => ReturnType<typeof send>; status: number; field?: string }>,
  ) => {
    const db = ctx.database.db;
    const before = [
      await rowCount(db, 'plans'),
      await rowCount(db, 'planItems'),
      await historyHead(db),
    ];
    for (const c of cases) {
      const res = await c.run();
      expect(res.statusCode, res.body).toBe(c.status);
      if (c.field)
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(c.field);
    }
    expect([
      await rowCount(db, 'plans'),
      await rowCount(db, 'planItems'),
      await historyHead(db),
    ]).toEqual(before);
  };

  beforeAll(async () => {
    const db = ctx.database.db;
    await insertProject(db, { code: 'PL-BACHU', year: 2026 });
    await insertProject(db, {
      code: 'PL-KASHGAR',
      year: 2026,
      livelihoodShareBp: 0,
      locations: [{ area: '653100', shareBp: 10000 }],
    });
    await insertProject(db, {
      code: 'PL-CROSS',
      year: 2026,
      locations: [{ area: '653201', shareBp: 10000 }],
    });
    await insertProject(db, {
      code: 'PL-BJ',
      year: 2026,
      donor: '110000',
      locations: [{ area: '653201', shareBp: 10000 }],
    });
    await insertProject(db, {
      code: 'PL-OTHER',
      year: 2026,
      programme: 'revolutionary-areas',
    });
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });

  it('runs the workflow: draft → edit → submit → return → edit → submit → approve, one history entry each', async () => {
    const created = await expectHistoryGrowth(ctx.database, 1, () =>
      send('POST', '/api/plans', shanghai, draft),
    );
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({
      programme: 'xinjiang',
      donor: { code: '310000', name: '上海市' },
      year: 2026,
      status: 'draft',
      totalFen: 3_000_000,
      itemsFen: 2_500_000,
      items: [
        { project: 'PL-BACHU', plannedFen: 2_000_000 },
        { project: 'PL-KASHGAR', plannedFen: 500_000 },
      ],
      version: 1,
    });
    const url = `/api/plans/${plan.id}`;
    expect((await send('GET', url, shanghai)).json()).toEqual(plan);

    const edited = await expectHistoryGrowth(ctx.database, 1, () =>
      send(
        'PUT',
        url,
        shanghai,
        { totalFen: 2_800_000, items: [{ project: 'PL-BACHU', plannedFen: 2_800_000 }] },
        { 'if-match': '"1"' },
      ),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    expect(edited.json()).toMatchObject({ totalFen: 2_800_000, itemsFen: 2_800_000, version: 2 });

    await expectRefusals([
      {
        run: () => send('PUT', url, shanghai, { totalFen: 1, items: [] }, { 'if-match': '"1"' }),
        status: 409,
        field: 'version',
      },
    ]);
    const submitted = await expectHistoryGrowth(ctx.database, 1, () =>
      send('POST', `${url}/submit`, shanghai),
    );
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 3 });
    expect(submitted.json().submittedAt).toBeTruthy();

    await expectRefusals([
      // A submitted plan is not edited, and its donor does not decide on it.
      {
        run: () => send('PUT', url, shanghai, { totalFen: 1, items: [] }),
        status: 409,
        field: 'status',
      },
      {
        run: () => send('PUT', url, coordinator, { totalFen: 1, items: [] }),
        status: 409,
        field: 'status',
      },
      { run: () => send('POST', `${url}/approve`, shanghai), status: 403 },
      { run: () => send('POST', `${url}/return`, shanghai, { reason: 'no' }), status: 403 },
      { run: () => send('POST', `${url}/submit`, shanghai), status: 409, field: 'status' },
      // Returning needs a reason.
      {
        run: () => send('POST', `${url}/return`, coordinator, {}),
        status: 400,
        field: 'body.reason',
      },
      {
        run: () => send('POST', `${url}/return`, coordinator, { reason: '   ' }),
        status: 400,
        field: 'body.reason',
      },
    ]);

    const returned = await expectHistoryGrowth(ctx.database, 1, () =>
      send('POST', `${url}/return`, coordinator, { reason: '喀什地区级项目过多' }),
    );
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReason: '喀什地区级项目过多',
    });
    expect(returned.json().decidedBy).toMatch(/^user:/);
    const fixed = await send('PUT', url, shanghai, {
      totalFen: 2_800_000,
      items: [{ project: 'PL-BACHU', plannedFen: 2_700_000 }],
    });
    expect(fixed.json()).toMatchObject({ status: 'returned', itemsFen: 2_700_000 });
    expect((await send('POST', `${url}/submit`, shanghai)).json().status).toBe('submitted');
    const approved = await expectHistoryGrowth(ctx.database, 1, () =>
      send('POST', `${url}/approve`, coordinator),
    );
    expect(approved.json()).toMatchObject({ status: 'approved', returnReason: null });

    await expectRefusals([
      { run: () => send('POST', `${url}/approve`, coordinator), status: 409, field: 'status' },
      { run: () => send('POST', `${url}/submit`, coordinator), status: 409, field: 'status' },
      {
        run: () => send('PUT', url, coordinator, { totalFen: 1, items: [] }),
        status: 409,
        field: 'status',
      },
    ]);
  });

  it('refuses bad plans, changing nothing', async () => {
    const body = (over: object) => ({ ...draft, year: 2027, ...over });
    await expectRefusals([
      { run: () => send('POST', '/api/plans', shanghai, draft), status: 409, field: 'year' }, // duplicate
      {
        run: () =>
          send(
            'POST',
            '/api/plans',
            shanghai,
            body({ items: [{ project: 'NOPE', plannedFen: 1 }] }),
          ),
        status: 422,
        field: 'items.0.project',
      },
      {
        run: () =>
          send(
            'POST',
            '/api/plans',
            shanghai,
            body({
              items: [
                { project: 'PL-BACHU', plannedFen: 1 },
                { project: 'PL-OTHER', plannedFen: 1 },
              ],
            }),
          ),
        status: 422,
        field: 'items.1.project',
      },
      {
        run: () =>
          send(
            'POST',
            '/api/plans',
            shanghai,
            body({ items: [{ project: 'PL-BJ', plannedFen: 1 }] }),
          ),
        status: 422,
        field: 'items.0.project',
      },
      {
        run: () =>
          send(
            'POST',
            '/api/plans',
            shanghai,
            body({
              items: [
                { project: 'PL-BACHU', plannedFen: 1 },
                { project: 'PL-BACHU', plannedFen: 2 },
              ],
            }),
          ),
        status: 422,
        field: 'items.1.project',
      },
      {
        run: () => send('POST', '/api/plans', shanghai, body({ totalFen: 2_499_999 })),
        status: 422,
        field: 'totalFen',
      },
      {
        run: () => send('POST', '/api/plans', shanghai, body({ totalFen: -1 })),
        status: 400,
        field: 'body.totalFen',
      },
      {
        run: () =>
          send(
            'POST',
            '/api/plans',
            shanghai,
            body({ items: [{ project: 'PL-BACHU', plannedFen: 0.5 }] }),
          ),
        status: 400,
        field: 'body.items.0.plannedFen',
      },
      {
        run: () => send('POST', '/api/plans', shanghai, body({ donor: '990000' })),
        status: 422,
        field: 'donor',
      },
      { run: () => send('POST', '/api/plans', beijing, body({})), status: 403 },
    ]);
    const other = (await send('POST', '/api/plans', coordinator, body({ items: [] }))).json();
    await expectRefusals([
      {
        run: () => send('POST', `/api/plans/${other.id}/approve`, coordinator),
        status: 409,
        field: 'status',
      },
      {
        run: () => send('POST', `/api/plans/${other.id}/return`, coordinator, { reason: 'x' }),
        status: 409,
        field: 'status',
      },
      // Shanghai's plan does not exist for Beijing's editor: the same 404 as a missing plan.
      { run: () => send('POST', `/api/plans/${other.id}/submit`, beijing), status: 404 },
      { run: () => send('POST', '/api/plans/999999/submit', beijing), status: 404 },
      {
        run: () => send('PUT', `/api/plans/${other.id}`, beijing, { totalFen: 0, items: [] }),
        status: 404,
      },
      // Approving is the office's alone: refused whether the plan exists or not.
      { run: () => send('POST', `/api/plans/${other.id}/approve`, beijing), status: 403 },
      { run: () => send('POST', '/api/plans/999999/approve', beijing), status: 403 },
      { run: () => send('POST', '/api/plans/999999/submit', coordinator), status: 404 },
    ]);
  });

  it('shows plans to their donor, coordinators and auditors only', async () => {
    const shPlans = (
      await send('GET', '/api/plans?programme=xinjiang&donor=310000', coordinator)
    ).json();
    expect(shPlans.total).toBeGreaterThanOrEqual(2);
    const id = shPlans.items[0].id;
    expect((await send('GET', `/api/plans/${id}`, beijing)).statusCode).toBe(404);
    expect((await send('GET', '/api/plans?donor=310000', beijing)).json().total).toBe(0);
    const auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    expect((await send('GET', `/api/plans/${id}`, auditor)).statusCode).toBe(200);
    const listed = (await send('GET', '/api/plans?year=2026', shanghai)).json();
    expect(listed.items.map((p: { donor: { code: string } }) => p.donor.code)).toEqual(['310000']);
    expect(listed.items[0]).not.toHaveProperty('items');
    const viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
    expect((await send('GET', '/api/plans', viewer)).statusCode).toBe(403);
  });

  it('answers "what if" with the saved plan’s own compliance numbers, saving nothing', async () => {
    const items = [
      { project: 'PL-BACHU', plannedFen: 1_000_000 },
      { project: 'PL-KASHGAR', plannedFen: 300_000 },
      { project: 'PL-CROSS', plannedFen: 200_000 },
    ];
    const plan = (
      await send('POST', '/api/plans', shanghai, {
        ...draft,
        year: 2028,
        totalFen: 1_500_000,
        items,
      })
    ).json();
    const saved = await send(
      'GET',
      '/api/compliance/310000?programme=xinjiang&year=2028&basis=plan',
      shanghai,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });

    const head = await historyHead(ctx.database.db);
    const counts = [
      await rowCount(ctx.database.db, 'plans'),
      await rowCount(ctx.database.db, 'planItems'),
    ];
    const res = await send('POST', '/api/plans/what-if', shanghai, {
      programme: 'xinjiang',
      donor: '310000',
      year: 2028,
      items,
    });
    expect(res.statusCode, res.body).toBe(200);
    const whatIf = res.json();
    expect(whatIf).toEqual(saved.json());
    // The saved plan's own figures: the same, for the donor and for an auditor; not for Beijing.
    for (const who of [shanghai, auditor]) {
      const own = await send('GET', `/api/plans/${plan.id}/compliance`, who);
      expect(own.statusCode, own.body).toBe(200);
      expect(own.json()).toEqual(whatIf);
    }
    expect((await send('GET', `/api/plans/${plan.id}/compliance`, beijing)).statusCode).toBe(404);
    expect(whatIf).toMatchObject({
      totalFen: 1_500_000,
      countyAndBelowFen: 1_200_000,
      livelihoodFen: 1_200_000,
      crossPairFen: 200_000, // Hotan city only: Kashgar prefecture as a whole is in-pair, Shanghai being paired with four of its counties
      countyAndBelowBp: 8000,
      countyAndBelowOk: true,
      livelihoodOk: true,
      plan: { id: plan.id, status: 'draft' },
    });

    // A different draft gives different numbers, and still nothing is saved.
    const worse = (
      await send('POST', '/api/plans/what-if', shanghai, {
        programme: 'xinjiang',
        donor: '310000',
        year: 2028,
        items: [{ project: 'PL-KASHGAR', plannedFen: 1_000_000 }],
      })
    ).json();
    expect(worse).toMatchObject({
      countyAndBelowBp: 0,
      countyAndBelowOk: false,
      livelihoodOk: false,
    });
    expect(worse.culprits.countyAndBelow[0]).toMatchObject({
      code: 'PL-KASHGAR',
      fixesAlone: true,
    });
    expect(await historyHead(ctx.database.db)).toEqual(head);
    expect([
      await rowCount(ctx.database.db, 'plans'),
      await rowCount(ctx.database.db, 'planItems'),
    ]).toEqual(counts);

    await expectRefusals([
      {
        run: () =>
          send('POST', '/api/plans/what-if', beijing, {
            programme: 'xinjiang',
            donor: '310000',
            year: 2028,
            items,
          }),
        status: 403,
      },
      {
        run: () =>
          send('POST', '/api/plans/what-if', shanghai, {
            programme: 'xinjiang',
            donor: '310000',
            year: 2028,
            items: [{ project: 'PL-BJ', plannedFen: 1 }],
          }),
        status: 422,
        field: 'items.0.project',
      },
    ]);
  });
});
