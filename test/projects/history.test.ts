/**
 * A project's own change history (GET /api/projects/{code}/history): the office, auditors and
 * the project's own donor editors read it; people by name, actions as codes, changed fields as
 * paths; never another donor's.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeChange, namer } from '../../src/modules/history/project-changes.js';
import { changedFields } from '../../src/modules/history/project-history.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject } from '../support/factories.js';

describeEachDatabase('project history', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const as = (who: string) => ({ cookie: cookies[who] ?? '' });
  const history = (code: string, who: string, query = '') =>
    t.app.inject({ url: `/api/projects/${code}/history${query}`, headers: as(who) });

  beforeAll(async () => {
    await insertProject(ctx.database, { code: 'HIS-BJ', donor: '110000' });
    await insertProject(ctx.database, { code: 'HIS-BJ-PUB', donor: '110000', published: true });
    await insertProject(ctx.database, { code: 'HIS-OTHER', donor: '310000' });
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
      displayName: '北京前指·李四',
    });
    cookies.shanghai = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.hotan = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
  });

  it('shows the own donor editor its project’s entries and its ledger’s, newest first, by name', async () => {
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/projects/HIS-BJ',
      headers: as('beijing'),
      payload: {
        implementingOrg: '110000-HQ',
        stageDates: { tendering: { planned: '2025-05-01' } },
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const tx = await t.app.inject({
      method: 'POST',
      url: '/api/projects/HIS-BJ/transactions',
      headers: as('beijing'),
      payload: { type: 'disbursement', valueFen: 12_300, date: '2025-03-01', planned: false },
    });
    expect(tx.statusCode, tx.body).toBe(201);
    const reversal = await t.app.inject({
      method: 'POST',
      url: `/api/projects/HIS-BJ/transactions/${tx.json().id}/reversal`,
      headers: as('beijing'),
      payload: { date: '2025-03-02', reason: '录错' },
    });
    expect(reversal.statusCode, reversal.body).toBe(201);

    const res = await history('HIS-BJ', 'beijing');
    expect(res.statusCode, res.body).toBe(200);
    const { items, more } = res.json();
    expect(more).toBe(false);
    expect(
      items.map((e: { entityType: string; action: string }) => `${e.entityType}.${e.action}`),
    ).toEqual([
      'fund-transaction.reverse',
      'fund-transaction.create',
      'project.update',
      'project.create',
    ]);
    const [rev, created, update, creation] = items;
    expect(rev).toMatchObject({
      actorName: '北京前指·李四',
      fields: [],
      transaction: {
        id: reversal.json().id,
        type: 'disbursement',
        planned: false,
        valueFen: -12_300,
        date: '2025-03-02',
        reverses: tx.json().id,
      },
    });
    expect(rev.actor).toMatch(/^user:/);
    expect(created.transaction).toMatchObject({ valueFen: 12_300, reverses: null });
    expect(update.fields.sort()).toEqual(['implementingOrgCode', 'stageDates.tendering.planned']);
    // Created by the test's system actor: no person's name (the screen says 系统 / System).
    expect(creation).toMatchObject({ actor: 'system:test', actorName: null, fields: [] });

    const page = await history('HIS-BJ', 'beijing', '?limit=2');
    expect(page.json().items).toHaveLength(2);
    expect(page.json().more).toBe(true);
    const rest = await history('HIS-BJ', 'beijing', `?limit=2&beforeId=${page.json().items[1].id}`);
    expect(rest.json().items.map((e: { id: number }) => e.id)).toEqual([update.id, creation.id]);
  });

  it('gives each changed field its value before and after, typed, with names for codes', async () => {
    await insertProject(ctx.database, {
      code: 'HIS-VALUES',
      donor: '110000',
      budgetFen: 1_000_000,
    });
    const change = {
      budgetFen: 123_456_789,
      donors: [
        { org: '110000', shareBp: 6000 },
        { org: '310000', shareBp: 4000 },
      ],
      locations: [{ area: '653221', shareBp: 10000 }],
      implementingOrg: '110000-HQ',
      deliveryMode: 'turnkey',
      fixedAsset: true,
      year: 2026,
      stageDates: { approved: { planned: '2025-02-01' } },
      published: true,
    };
    const patch = (who: string) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/projects/HIS-VALUES',
        headers: as(who),
        payload: change,
      });
    // Shanghai's share needs an editor covering Shanghai too: the coordinator.
    expect((await patch('beijing')).statusCode).toBe(403);
    const ok = await patch('coordinator');
    expect(ok.statusCode, ok.body).toBe(200);
    // The project's own donor editor reads it (Beijing is still a donor).
    const res = await history('HIS-VALUES', 'beijing');
    expect(res.statusCode, res.body).toBe(200);
    const [update] = res.json().items;
    expect(update.action).toBe('update');
    const byField = Object.fromEntries(update.changes.map((c: { field: string }) => [c.field, c]));
    expect(update.changes.map((c: { field: string }) => c.field)).toEqual(update.fields);
    expect(byField.budgetFen).toEqual({
      field: 'budgetFen',
      kind: 'money',
      before: 1_000_000,
      after: 123_456_789,
    });
    expect(byField.donors.kind).toBe('shares');
    expect(byField.donors.before).toEqual([
      { name: { zh: expect.any(String), en: expect.anything() }, shareBp: 10000 },
    ]);
    expect(byField.donors.after.map((d: { shareBp: number }) => d.shareBp)).toEqual([6000, 4000]);
    const names = byField.donors.after.map((d: { name: { zh: string } }) => d.name.zh);
    expect(names.join()).not.toMatch(/\d{6}/);
    expect(byField.locations.after[0].name.zh).toMatch(/和田县/);
    expect(byField.locations.before[0].name.zh).not.toMatch(/\d/);
    expect(byField.implementingOrgCode).toMatchObject({ kind: 'name', before: null });
    expect(byField.implementingOrgCode.after.zh).not.toBe('110000-HQ');
    expect(byField.leadDonorCode).toBeUndefined();
    expect(byField.deliveryMode).toEqual({
      field: 'deliveryMode',
      kind: 'deliveryMode',
      before: null,
      after: 'turnkey',
    });
    expect(byField.fixedAsset).toMatchObject({ kind: 'flag', before: false, after: true });
    expect(byField.year).toMatchObject({ kind: 'year', before: 2025, after: 2026 });
    expect(byField['stageDates.approved.planned']).toEqual({
      field: 'stageDates.approved.planned',
      kind: 'date',
      before: null,
      after: '2025-02-01',
    });
    expect(byField.publishedAt).toMatchObject({ kind: 'published', before: null });
    expect(byField.publishedAt.after).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // A creation lists no change.
    expect(res.json().items.at(-1)).toMatchObject({ action: 'create', fields: [], changes: [] });
  });

  it('lets the office and auditors read it, and no one else (404 when unseen, 403 when seen)', async () => {
    for (const who of ['coordinator', 'auditor', 'beijing']) {
      expect((await history('HIS-BJ', who)).statusCode, who).toBe(200);
    }
    // Another donor's unpublished project does not exist for Shanghai.
    expect((await history('HIS-BJ', 'shanghai')).statusCode).toBe(404);
    // A published one exists, but its history is Beijing's own.
    expect((await history('HIS-BJ-PUB', 'shanghai')).statusCode).toBe(403);
    expect((await history('HIS-BJ-PUB', 'viewer')).statusCode).toBe(403);
    expect((await history('HIS-BJ-PUB', 'hotan')).statusCode).toBe(403);
    expect((await history('HIS-BJ-PUB', 'anonymous')).statusCode).toBe(401);
    expect((await history('HIS-OTHER', 'beijing')).statusCode).toBe(404);
    expect((await history('NO-SUCH', 'coordinator')).statusCode).toBe(404);
    // The project says who may read it.
    const can = async (code: string, who: string) =>
      (await t.app.inject({ url: `/api/projects/${code}`, headers: as(who) })).json().can
        .readHistory;
    expect(await can('HIS-BJ-PUB', 'beijing')).toBe(true);
    expect(await can('HIS-BJ-PUB', 'shanghai')).toBe(false);
    expect(await can('HIS-BJ-PUB', 'auditor')).toBe(true);
  });
});

it('names the fields a change touched: stage dates by stage and kind, bookkeeping left out', () => {
  expect(
    changedFields(
      {
        budgetFen: 1,
        version: 1,
        updatedAt: 'a',
        donors: [{ org: '1', shareBp: 10000 }],
        stageDates: { started: { planned: '2025-01-01', actual: null } },
      },
      {
        budgetFen: 2,
        version: 2,
        updatedAt: 'b',
        donors: [{ org: '1', shareBp: 10000 }],
        stageDates: {
          started: { planned: '2025-01-01', actual: '2025-02-01' },
          tendering: { planned: null, actual: null },
        },
      },
    ),
  ).toEqual(['budgetFen', 'stageDates.started.actual']);
  expect(changedFields(null, { budgetFen: 1 })).toEqual([]);
});

it('describes each kind of change without codes: stages, results, documents, an unknown field', () => {
  const ref = {
    orgs: {
      get: (c: string) => (c === '110000' ? { name: '北京市', nameEn: 'Beijing' } : undefined),
    },
    areas: { chainOf: () => [] },
    programmes: { get: () => undefined },
    projectTypes: { get: () => ({ name: '民生', nameEn: 'Livelihood' }) },
  } as unknown as Parameters<typeof namer>[0];
  const names = namer(ref);
  const before = {
    stage: 'approved',
    results: [{ metric: 'jobs', planned: 1, value: 10 }],
    documents: [],
    leadDonorCode: '110000',
    typeCode: 'industry',
    oddity: { nested: true },
    continuing: 0,
  };
  const after = {
    stage: 'tendering',
    results: [{ metric: 'jobs', planned: 0, value: 12 }],
    documents: [{ id: 1, filename: '验收报告.pdf', sha256: 'x' }],
    leadDonorCode: '999999',
    typeCode: 'livelihood',
    oddity: 'plain',
    continuing: 1,
  };
  const change = (field: string) => describeChange(names, field, before, after);
  expect(change('stage')).toEqual({
    field: 'stage',
    kind: 'stage',
    before: 'approved',
    after: 'tendering',
  });
  expect(change('results')).toMatchObject({
    kind: 'results',
    before: [{ metric: 'jobs', planned: true, value: 10 }],
    after: [{ metric: 'jobs', planned: false, value: 12 }],
  });
  expect(change('documents')).toMatchObject({
    kind: 'documents',
    before: [],
    after: ['验收报告.pdf'],
  });
  // A code the reference no longer knows stays itself rather than vanish.
  expect(change('leadDonorCode')).toMatchObject({
    kind: 'name',
    before: { zh: '北京市', en: 'Beijing' },
    after: { zh: '999999', en: null },
  });
  expect(change('typeCode')).toMatchObject({ kind: 'name', after: { en: 'Livelihood' } });
  expect(change('continuing')).toMatchObject({ kind: 'flag', before: false, after: true });
  // A field this list does not know: text, never JSON.
  expect(change('oddity')).toEqual({ field: 'oddity', kind: 'text', before: null, after: 'plain' });
});
