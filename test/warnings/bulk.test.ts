import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { computeWarnings } from '../../src/modules/warnings/compute.js';
import { createTestUser, loginAs, sessionCookieFor } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { projectPerKind, shanghaiProject, system, TODAY, warningsOf } from './support.js';

describeEachDatabase('working warnings in bulk', (ctx) => {
  let app: App;
  let codes: string[];
  let shanghai: string;
  let shanghaiUserId: number;
  let beijingProject: string;
  const one = async (code: string) => {
    const [w] = await warningsOf(ctx.database, code);
    if (!w) throw new Error(`no warning on ${code}`);
    return w;
  };
  const bulk = (cookie: string, payload: object) =>
    app.inject({ method: 'POST', url: '/api/warnings/bulk', headers: { cookie }, payload });

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    codes = Object.values(await projectPerKind(ctx.database, true));
    // A Beijing project in the same area: visible (published) to Shanghai, not writable by it.
    beijingProject = await shanghaiProject(ctx.database, {
      donor: '110000',
      stage: 'approved',
      published: true,
      stageDates: { started: { planned: '2026-10-01' } },
    });
    await computeWarnings(system(ctx.database), TODAY);
    const sh = await createTestUser(ctx.database, { role: 'donor-editor', orgCode: '310000' });
    shanghaiUserId = sh.user.id;
    shanghai = await sessionCookieFor(app, sh.username, sh.password);
  });
  afterAll(async () => app.close());

  it('takes and then resolves several warnings at once', async () => {
    const before = await Promise.all(codes.slice(0, 3).map(one));
    const taken = await bulk(shanghai, {
      action: 'take',
      items: before.map((w) => ({ id: w.id, version: w.version })),
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().items).toHaveLength(3);
    for (const w of taken.json().items) {
      expect(w).toMatchObject({ owner: { id: shanghaiUserId }, status: 'open' });
    }
    const items = taken.json().items.map((w: { id: number; version: number }) => ({
      id: w.id,
      version: w.version,
    }));
    const noNote = await bulk(shanghai, { action: 'resolve', items });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json().errors[0]).toMatchObject({
      field: 'items.0',
      code: 'warning.bulkItemRefused',
      params: { index: 1, id: items[0].id },
    });
    const resolved = await bulk(shanghai, { action: 'resolve', items, resolutionNote: '已核实' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    for (const code of codes.slice(0, 3)) {
      expect(await one(code)).toMatchObject({ status: 'resolved', resolutionNote: '已核实' });
    }
  });

  it('changes nothing when one item is stale (409) or another donor’s (403)', async () => {
    const fresh = await one(codes[3] as string);
    const resolved = await one(codes[0] as string);
    const stale = await bulk(shanghai, {
      action: 'acknowledge',
      items: [
        { id: fresh.id, version: fresh.version },
        { id: resolved.id, version: resolved.version - 1 },
      ],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0]).toMatchObject({
      field: 'items.1',
      params: { index: 2, id: resolved.id },
    });
    expect(await one(codes[3] as string)).toMatchObject({ status: 'open', version: fresh.version });

    const other = await one(beijingProject);
    const refused = await bulk(shanghai, {
      action: 'acknowledge',
      items: [
        { id: fresh.id, version: fresh.version },
        { id: other.id, version: other.version },
      ],
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors[0]).toMatchObject({ field: 'items.1', params: { id: other.id } });
    expect(await one(codes[3] as string)).toMatchObject({ status: 'open', version: fresh.version });
    expect((await one(beijingProject)).status).toBe('open');

    const missing = await bulk(shanghai, {
      action: 'acknowledge',
      items: [{ id: 99999999, version: 1 }],
    });
    expect(missing.statusCode).toBe(404);
  });

  /** The history entries of warnings, oldest first. */
  const historyOf = async (ids: number[]) =>
    (
      await ctx.database.db
        .selectFrom('history')
        .select(['entityId', 'action', 'actor', 'before', 'after'])
        .where('entityType', '=', 'warning')
        .where(
          'entityId',
          'in',
          ids.map((id) => String(id)),
        )
        .orderBy('id')
        .execute()
    ).map((h) => ({
      ...h,
      before: JSON.parse(h.before ?? 'null'),
      after: JSON.parse(h.after ?? 'null'),
    }));

  it('answers and records each item as the single action would, for 200 at once', async () => {
    // 200 open warnings on one of Shanghai's projects (the daily job raises one per kind).
    const [w] = await warningsOf(ctx.database, codes[3] as string);
    const { projectId, kind, detail } = await ctx.database.db
      .selectFrom('warnings')
      .select(['projectId', 'kind', 'detail'])
      .where('id', '=', w?.id as number)
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await ctx.database.db
      .insertInto('warnings')
      .values(
        Array.from({ length: 199 }, (_, i) => ({
          projectId,
          subjectKind: 'project' as const,
          subjectId: projectId as number,
          kind,
          dedupeKey: `bulk-test:${i}`,
          detail,
          detectedAt: now,
          status: 'open',
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    const all = (await warningsOf(ctx.database, codes[3] as string)).filter(
      (x) => x.status === 'open',
    );
    expect(all).toHaveLength(200);
    // Newest id first: the answer and the history follow the items' order, not the ids'.
    const items = all.map((x) => ({ id: x.id, version: x.version })).reverse();
    const taken = await bulk(shanghai, { action: 'take', items });
    expect(taken.statusCode, taken.body).toBe(200);
    const answered = taken.json().items as Array<{
      id: number;
      version: number;
      owner: { id: number } | null;
      can: { work: boolean };
    }>;
    expect(answered.map((x) => x.id)).toEqual(items.map((i) => i.id));
    for (const [n, x] of answered.entries()) {
      expect(x).toMatchObject({
        version: (items[n]?.version ?? 0) + 1,
        owner: { id: shanghaiUserId },
        can: { work: true },
      });
    }
    const history = await historyOf(items.map((i) => i.id));
    expect(history.map((h) => Number(h.entityId))).toEqual(items.map((i) => i.id));
    for (const [n, h] of history.entries()) {
      expect(h.action).toBe('update');
      expect(h.before).toEqual({
        status: 'open',
        ownerUserId: null,
        resolutionNote: null,
        version: items[n]?.version,
      });
      expect(h.after).toEqual({
        ...h.before,
        ownerUserId: shanghaiUserId,
        version: answered[n]?.version,
      });
    }

    // A note the database must keep as written (quotes, commas, braces, a backslash); a second
    // resolution of a resolved warning keeps its resolution time, as the single action does.
    const note = 'checked: "paid", {in full} \\ 已核实';
    const some = answered.slice(0, 3).map((x) => ({ id: x.id, version: x.version }));
    const resolved = await bulk(shanghai, { action: 'resolve', items: some, resolutionNote: note });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const first = resolved.json().items as Array<{
      id: number;
      version: number;
      resolvedAt: string;
      resolutionNote: string;
    }>;
    expect(first.map((x) => x.resolutionNote)).toEqual([note, note, note]);
    const again = await bulk(shanghai, {
      action: 'resolve',
      items: first.map((x) => ({ id: x.id, version: x.version })),
      resolutionNote: note,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().items.map((x: { resolvedAt: string }) => x.resolvedAt)).toEqual(
      first.map((x) => x.resolvedAt),
    );
    const single = await app.inject({
      method: 'PATCH',
      url: `/api/warnings/${first[0]?.id}`,
      headers: { cookie: shanghai, 'if-match': `"${(first[0]?.version ?? 0) + 1}"` },
      payload: { resolutionNote: note },
    });
    expect(single.statusCode, single.body).toBe(200);
    expect(single.json().resolvedAt).toBe(first[0]?.resolvedAt);
  });

  it('works a warning named twice one item after the other, as if sent one by one', async () => {
    const [w] = (await warningsOf(ctx.database, codes[3] as string)).filter(
      (x) => x.status === 'open',
    );
    if (!w) throw new Error('no open warning');
    const twice = await bulk(shanghai, {
      action: 'acknowledge',
      items: [
        { id: w.id, version: w.version },
        { id: w.id, version: w.version + 1 },
      ],
    });
    expect(twice.statusCode, twice.body).toBe(200);
    expect(twice.json().items.map((x: { version: number }) => x.version)).toEqual([
      w.version + 1,
      w.version + 2,
    ]);
    expect((await historyOf([w.id])).slice(-2).map((h) => h.after.version)).toEqual([
      w.version + 1,
      w.version + 2,
    ]);
    const stale = await bulk(shanghai, {
      action: 'acknowledge',
      items: [
        { id: w.id, version: w.version + 2 },
        { id: w.id, version: w.version + 2 },
      ],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0]).toMatchObject({ field: 'items.1', params: { index: 2 } });
  });

  it('refuses more than 200 items (422) and anyone signed out (401)', async () => {
    const items = Array.from({ length: 201 }, (_, i) => ({ id: i + 1, version: 1 }));
    const tooMany = await bulk(shanghai, { action: 'take', items });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().code).toBe('warning.bulkTooMany');
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/warnings/bulk',
      payload: { action: 'take', items: [{ id: 1, version: 1 }] },
    });
    expect(anonymous.statusCode).toBe(401);
    const viewer = await loginAs(app, ctx.database, { role: 'viewer' });
    expect(
      (await bulk(viewer, { action: 'take', items: [{ id: 1, version: 1 }] })).statusCode,
    ).toBe(403);
  });
});
