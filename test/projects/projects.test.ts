import { beforeAll, describe, expect, it } from 'vitest';
import { expectHistoryGrowth, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { buildProjectInput, createTestProject } from '../support/factories.js';
import { projectHistory, projectTableCounts } from './support.js';

describeEachDatabase('projects: create, read, change', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijing = '';
  let shanghai = '';

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
  });

  const post = (cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/projects', headers: { cookie }, payload });

  it('creates a project with defaults, returns it with its ETag, and records history', async () => {
    const input = buildProjectInput({
      name: { zh: '和田市安居房', en: 'Hotan housing', ug: 'خوتەن' },
    });
    const res = await expectHistoryGrowth(ctx.database, 1, () => post(beijing, input));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const body = res.json();
    expect(body).toMatchObject({
      code: input.code,
      name: { zh: '和田市安居房', en: 'Hotan housing', ug: 'خوتەن' },
      programme: 'xinjiang',
      donor: '110000',
      donors: [{ org: '110000', shareBp: 10000 }],
      type: 'livelihood',
      livelihoodShareBp: 10000,
      livelihoodReason: null,
      fixedAsset: false,
      continuing: false,
      deliveryMode: null,
      stage: 'approved',
      nextStages: ['tendering', 'started', 'suspended', 'cancelled'],
      budgetFen: 100_000_000,
      year: 2024,
      approvalDate: '2024-03-01',
      published: false,
      version: 1,
      locations: [
        {
          area: { code: '653201', level: 'county' },
          shareBp: 10000,
          classification: 'in-pair',
          crossPair: false,
        },
      ],
    });
    const history = await projectHistory(ctx.database, input.code as string);
    expect(history.map((h) => h.action)).toEqual(['create']);
    expect(JSON.parse(history[0]?.after ?? '{}')).toMatchObject({ budgetFen: 100_000_000 });
    const read = await t.app.inject({
      url: `/api/projects/${input.code}`,
      headers: { cookie: beijing },
    });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toEqual(body);
  });

  it('creates a project mid-way, with several donors, locations and stage dates', async () => {
    const res = await post(
      coordinator,
      buildProjectInput({
        donors: [
          { org: '310000', shareBp: 3000 },
          { org: '110000', shareBp: 7000 },
        ],
        type: 'industry',
        stage: 'completed',
        approvalDate: undefined,
        year: 2023,
        fixedAsset: true,
        continuing: true,
        deliveryMode: 'turnkey',
        implementingOrg: '110000-HQ',
        stageDates: {
          approved: { actual: '2023-02-01' },
          started: { planned: '2023-04-01', actual: '2023-05-02' },
          completed: { actual: '2024-10-01' },
        },
        locations: [
          { area: '6532', shareBp: 2500 },
          { area: '653201', shareBp: 7500 },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      donor: '110000',
      donors: [
        { org: '110000', shareBp: 7000 },
        { org: '310000', shareBp: 3000 },
      ],
      livelihoodShareBp: 0,
      stage: 'completed',
      year: 2023,
      approvalDate: '2023-02-01',
      fixedAsset: true,
      continuing: true,
      deliveryMode: 'turnkey',
      implementingOrg: '110000-HQ',
      stageDates: {
        approved: { planned: null, actual: '2023-02-01' },
        started: { planned: '2023-04-01', actual: '2023-05-02' },
        completed: { planned: null, actual: '2024-10-01' },
      },
      locations: [
        { area: { code: '653200', level: 'prefecture' }, shareBp: 2500 },
        { area: { code: '653201' }, shareBp: 7500 },
      ],
    });
  });

  it('can be created suspended or cancelled, with the stage reached and a reason', async () => {
    const noReason = await post(
      coordinator,
      buildProjectInput({ stage: 'suspended', stageBeforeSuspension: 'started' }),
    );
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].field).toBe('stageReason');
    const ok = await post(
      coordinator,
      buildProjectInput({
        stage: 'suspended',
        stageBeforeSuspension: 'started',
        stageReason: '资金未到位',
      }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      stage: 'suspended',
      stageBeforeSuspension: 'started',
      nextStages: ['started', 'cancelled'],
    });
  });

  describe('refuses bad input with a specific 4xx naming the field, changing nothing', () => {
    const cases: { label: string; body: object; status: number; field: string }[] = [
      {
        label: 'location shares not summing to 10000',
        body: {
          locations: [
            { area: '653201', shareBp: 6000 },
            { area: '653202', shareBp: 3000 },
          ],
        },
        status: 422,
        field: 'locations',
      },
      {
        label: 'an unknown area',
        body: { locations: [{ area: '659999', shareBp: 10000 }] },
        status: 422,
        field: 'locations.0.area',
      },
      {
        label: 'an area listed twice',
        body: {
          locations: [
            { area: '653201', shareBp: 5000 },
            { area: '653201', shareBp: 5000 },
          ],
        },
        status: 422,
        field: 'locations.1.area',
      },
      { label: 'an unknown donor', body: { donor: '999999' }, status: 422, field: 'donor' },
      {
        label: 'an unknown donor in a list',
        body: {
          donor: undefined,
          donors: [
            { org: '110000', shareBp: 5000 },
            { org: 'NOPE', shareBp: 5000 },
          ],
        },
        status: 422,
        field: 'donors.1.org',
      },
      {
        label: 'donor shares not summing to 10000',
        body: { donor: undefined, donors: [{ org: '110000', shareBp: 5000 }] },
        status: 422,
        field: 'donors',
      },
      {
        label: 'a lead donor without the largest share',
        body: {
          donor: '310000',
          donors: [
            { org: '110000', shareBp: 6000 },
            { org: '310000', shareBp: 4000 },
          ],
        },
        status: 422,
        field: 'donor',
      },
      { label: 'an unknown type', body: { type: 'palaces' }, status: 422, field: 'type' },
      { label: 'a malformed type', body: { type: 'Not A Type' }, status: 400, field: 'body.type' },
      {
        label: 'a fractional budget',
        body: { budgetFen: 10.5 },
        status: 400,
        field: 'body.budgetFen',
      },
      { label: 'a negative budget', body: { budgetFen: -1 }, status: 400, field: 'body.budgetFen' },
      {
        label: 'a livelihood override without a reason',
        body: { livelihoodShareBp: 5000 },
        status: 422,
        field: 'livelihoodReason',
      },
      {
        label: 'an unknown programme',
        body: { programme: 'mars' },
        status: 422,
        field: 'programme',
      },
      {
        label: 'an unknown implementing organisation',
        body: { implementingOrg: 'NOPE' },
        status: 422,
        field: 'implementingOrg',
      },
      { label: 'an unknown stage', body: { stage: 'dreaming' }, status: 400, field: 'body.stage' },
      { label: 'no name', body: { name: { en: 'x' } }, status: 400, field: 'body.name.zh' },
    ];
    for (const c of cases) {
      it(c.label, async () => {
        const before = await projectTableCounts(ctx.database);
        const res = await post(coordinator, buildProjectInput(c.body));
        expect(res.statusCode, res.body).toBe(c.status);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(c.field);
        expect(await projectTableCounts(ctx.database)).toEqual(before);
      });
    }

    it('a duplicate code (409)', async () => {
      const p = await createTestProject(ctx.database);
      const before = await projectTableCounts(ctx.database);
      const res = await post(coordinator, buildProjectInput({ code: p.code }));
      expect(res.statusCode).toBe(409);
      expect(res.json().errors[0].field).toBe('code');
      expect(await projectTableCounts(ctx.database)).toEqual(before);
    });
  });

  it('accepts a livelihood override with a reason', async () => {
    const res = await post(
      coordinator,
      buildProjectInput({
        type: 'industry',
        livelihoodShareBp: 4000,
        livelihoodReason: '产业园配套职工宿舍',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      livelihoodShareBp: 4000,
      livelihoodReason: '产业园配套职工宿舍',
    });
  });

  it("refuses a donor editor creating or changing another donor's project (403), changing nothing", async () => {
    const before = await projectTableCounts(ctx.database);
    const created = await post(
      beijing,
      buildProjectInput({ donor: '310000', locations: [{ area: '653130', shareBp: 10000 }] }),
    );
    expect(created.statusCode).toBe(403);
    const joint = await post(
      beijing,
      buildProjectInput({
        donor: undefined,
        donors: [
          { org: '110000', shareBp: 5000 },
          { org: '310000', shareBp: 5000 },
        ],
      }),
    );
    expect(joint.statusCode).toBe(403);
    expect(await projectTableCounts(ctx.database)).toEqual(before);

    const sh = await createTestProject(ctx.database, {
      donor: '310000',
      locations: [{ area: '653130', shareBp: 10000 }],
      published: true, // seen by Beijing: refused by policy (unseen, it would be 404)
    });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${sh.code}`,
      headers: { cookie: beijing },
      payload: { budgetFen: 1 },
    });
    expect(patched.statusCode).toBe(403);
    const takeOver = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${(await createTestProject(ctx.database)).code}`,
      headers: { cookie: beijing },
      payload: { donor: '310000' },
    });
    expect(takeOver.statusCode, 'giving a project away needs the new donor too').toBe(403);
    const own = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${sh.code}`,
      headers: { cookie: shanghai },
      payload: { budgetFen: 1 },
    });
    expect(own.statusCode, own.body).toBe(200);
  });

  it('changes fields with PATCH: version, ETag, history before and after', async () => {
    const p = await createTestProject(ctx.database, {
      stageDates: { started: { planned: '2024-05-01' } },
    });
    const res = await expectHistoryGrowth(ctx.database, 1, () =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/projects/${p.code}`,
        headers: { cookie: beijing, 'if-match': '"1"' },
        payload: {
          budgetFen: 250_000_000,
          name: { zh: '和田市安居房二期' },
          published: true,
          stage: 'approved',
          stageDates: { started: { actual: null }, completed: { planned: '2025-10-01' } },
          locations: [
            { area: '653201', shareBp: 5000 },
            { area: '653221', shareBp: 5000 },
          ],
          type: 'industry',
          livelihoodShareBp: 10000,
          livelihoodReason: '职业技能培训基地',
        },
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({
      budgetFen: 250_000_000,
      name: { zh: '和田市安居房二期', en: 'Hotan housing project' },
      published: true,
      version: 2,
      type: 'industry',
      livelihoodShareBp: 10000,
      livelihoodReason: '职业技能培训基地',
      stageDates: {
        started: { planned: '2024-05-01', actual: null },
        completed: { planned: '2025-10-01', actual: null },
      },
    });
    expect(res.json().locations).toHaveLength(2);
    const [, update] = await projectHistory(ctx.database, p.code);
    expect(update?.action).toBe('update');
    expect(JSON.parse(update?.before ?? '{}')).toMatchObject({
      budgetFen: 100_000_000,
      version: 1,
    });
    expect(JSON.parse(update?.after ?? '{}')).toMatchObject({ budgetFen: 250_000_000, version: 2 });
  });

  it('re-types a project: the livelihood share follows the type unless overridden', async () => {
    const p = await createTestProject(ctx.database);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${p.code}`,
      headers: { cookie: coordinator },
      payload: { type: 'exchange' },
    });
    expect(res.json()).toMatchObject({
      type: 'exchange',
      livelihoodShareBp: 0,
      livelihoodReason: null,
    });
  });

  it('refuses a stale If-Match (409) and a stage change through PATCH (422), changing nothing', async () => {
    const p = await createTestProject(ctx.database);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${p.code}`,
      headers: { cookie: coordinator },
      payload: { budgetFen: 5 },
    });
    const before = await projectTableCounts(ctx.database);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${p.code}`,
      headers: { cookie: coordinator, 'if-match': '"1"' },
      payload: { budgetFen: 7 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].field).toBe('version');
    const staleBody = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${p.code}`,
      headers: { cookie: coordinator },
      payload: { budgetFen: 7, version: 1 },
    });
    expect(staleBody.statusCode).toBe(409);
    const stage = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${p.code}`,
      headers: { cookie: coordinator },
      payload: { stage: 'started', budgetFen: 7 },
    });
    expect(stage.statusCode).toBe(422);
    expect(stage.json().errors[0]).toMatchObject({ field: 'stage' });
    expect(stage.json().detail).toMatch(/transitions/);
    const shares = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${p.code}`,
      headers: { cookie: coordinator },
      payload: { budgetFen: 7, locations: [{ area: '653201', shareBp: 9999 }] },
    });
    expect(shares.statusCode).toBe(422);
    expect(await projectTableCounts(ctx.database)).toEqual(before);
    const read = await t.app.inject({
      url: `/api/projects/${p.code}`,
      headers: { cookie: coordinator },
    });
    expect(read.json()).toMatchObject({ budgetFen: 5, version: 2 });
  });

  it('classes locations in-pair or cross-pair on the approval date', async () => {
    const shandong = await createTestProject(ctx.database, {
      donor: '370000',
      locations: [{ area: '653130', shareBp: 10000 }],
    });
    expect(shandong.locations[0]).toMatchObject({ classification: 'cross-pair', crossPair: true });
    expect(shandong.classifiedOn).toBe('2024-03-01');
    const beijingInHotan = await createTestProject(ctx.database, { donor: '110000' });
    expect(beijingInHotan.locations[0]).toMatchObject({
      classification: 'in-pair',
      crossPair: false,
    });
    const mixed = await createTestProject(ctx.database, {
      donor: '310000',
      approvalDate: null,
      locations: [
        { area: '653130', shareBp: 5000 },
        { area: '653201', shareBp: 5000 },
      ],
    });
    expect(mixed.locations.map((l) => [l.area.code, l.classification])).toEqual([
      ['653130', 'in-pair'],
      ['653201', 'cross-pair'],
    ]);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    for (const [path, method] of [
      ['/api/projects', 'get'],
      ['/api/projects', 'post'],
      ['/api/projects/{code}', 'get'],
      ['/api/projects/{code}', 'patch'],
      ['/api/projects/{code}/transitions', 'post'],
      ['/api/projects/{code}/results', 'put'],
      ['/api/projects/{code}/documents', 'post'],
      ['/api/projects/{code}/documents', 'get'],
      ['/api/projects/{code}/documents/{id}', 'get'],
      ['/api/project-types', 'get'],
      ['/api/project-types', 'put'],
    ] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const body = doc.paths['/api/projects'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'donor',
        'donors',
        'locations',
        'budgetFen',
        'livelihoodShareBp',
      ]),
    );
  });
});
