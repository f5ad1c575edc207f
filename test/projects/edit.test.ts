/**
 * Editing a project through the API the edit screen uses: its fields (implementing organisation,
 * delivery mode), publishing it, and deleting a document — by whom, with which history, and
 * guarded by the version.
 */
import { beforeAll, expect, it } from 'vitest';
import { expectHistoryGrowth, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { projectHistory, projectTableCounts } from './support.js';

describeEachDatabase('projects: editing, publishing, deleting documents', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijing = '';
  let shanghai = '';

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
  });

  const patch = (cookie: string, code: string, payload: object, version?: number) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${code}`,
      headers: { cookie, ...(version ? { 'if-match': `"${version}"` } : {}) },
      payload,
    });

  const upload = (cookie: string, code: string, text: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/projects/${code}/documents`,
      headers: { cookie },
      payload: {
        filename: 'note.txt',
        mediaType: 'text/plain',
        contentBase64: Buffer.from(text).toString('base64'),
      },
    });

  const remove = (cookie: string, code: string, id: number, version?: number) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/projects/${code}/documents/${id}`,
      headers: { cookie, ...(version ? { 'if-match': `"${version}"` } : {}) },
    });

  it('sets the implementing organisation and delivery mode, shown by name', async () => {
    const p = await createTestProject(ctx.database, { donor: '110000' });
    const res = await patch(
      beijing,
      p.code,
      { implementingOrg: '110000-HQ', deliveryMode: 'turnkey' },
      p.version,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      implementingOrg: '110000-HQ',
      implementingOrgName: { zh: expect.stringContaining('北京') },
      deliveryMode: 'turnkey',
      version: p.version + 1,
    });
    expect((await projectHistory(ctx.database, p.code)).at(-1)?.action).toBe('update');
    const stale = await patch(beijing, p.code, { deliveryMode: 'cheque' }, p.version);
    expect(stale.statusCode, 'a stale If-Match').toBe(409);
    const other = await patch(shanghai, p.code, { deliveryMode: 'cheque' });
    expect([403, 404], "another donor's editor").toContain(other.statusCode);
  });

  it('publishes and unpublishes, each a history entry of its own name', async () => {
    const p = await createTestProject(ctx.database, { donor: '110000' });
    const anonymousBefore = await t.app.inject({ url: `/api/projects/${p.code}` });
    expect(anonymousBefore.statusCode, 'unpublished: hidden from the public').toBe(404);

    const refused = await patch(shanghai, p.code, { published: true });
    expect([403, 404], "another donor's editor may not publish").toContain(refused.statusCode);

    const published = await expectHistoryGrowth(ctx.database, 1, () =>
      patch(beijing, p.code, { published: true }, p.version),
    );
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ published: true, publishedAt: expect.any(String) });
    expect((await projectHistory(ctx.database, p.code)).at(-1)?.action).toBe('publish');
    const anonymous = await t.app.inject({ url: `/api/projects/${p.code}` });
    expect(anonymous.statusCode, 'published: everyone sees it').toBe(200);
    expect(anonymous.json().can.update).toBe(false);

    const stale = await patch(beijing, p.code, { published: false }, p.version);
    expect(stale.statusCode).toBe(409);
    const unpublished = await patch(coordinator, p.code, { published: false }, p.version + 1);
    expect(unpublished.statusCode, unpublished.body).toBe(200);
    expect(unpublished.json()).toMatchObject({ published: false, publishedAt: null });
    expect((await projectHistory(ctx.database, p.code)).at(-1)?.action).toBe('unpublish');
  });

  it('deletes a document: version-guarded, with history, content kept while shared', async () => {
    const p = await createTestProject(ctx.database, { donor: '110000' });
    const q = await createTestProject(ctx.database, { donor: '110000' });
    const shared = (await upload(beijing, p.code, '共享内容')).json();
    await upload(beijing, q.code, '共享内容');
    const own = (await upload(beijing, p.code, '仅此一份')).json();
    const version = (
      await t.app.inject({ url: `/api/projects/${p.code}`, headers: { cookie: beijing } })
    ).json().version;

    const before = await projectTableCounts(ctx.database);
    const other = await remove(shanghai, p.code, own.id, version);
    expect([403, 404], "another donor's editor").toContain(other.statusCode);
    const stale = await remove(beijing, p.code, own.id, version - 1);
    expect(stale.statusCode, 'a stale If-Match').toBe(409);
    const elsewhere = await remove(beijing, q.code, own.id);
    expect(elsewhere.statusCode, 'a document is reached through its own project only').toBe(404);
    expect(await projectTableCounts(ctx.database)).toEqual(before);

    const gone = await expectHistoryGrowth(ctx.database, 1, () =>
      remove(beijing, p.code, own.id, version),
    );
    expect(gone.statusCode, gone.body).toBe(204);
    expect(gone.headers.etag).toBe(`"${version + 1}"`);
    const history = (await projectHistory(ctx.database, p.code)).at(-1);
    expect(history?.action).toBe('document-delete');
    expect(JSON.parse(history?.before ?? '{}').documents).toHaveLength(2);
    expect(JSON.parse(history?.after ?? '{}').documents).toHaveLength(1);
    const after = await projectTableCounts(ctx.database);
    expect(after.documents).toBe(before.documents - 1);
    expect(after.blobs, 'content no document refers to is removed').toBe(before.blobs - 1);

    const again = await remove(beijing, p.code, own.id);
    expect(again.statusCode).toBe(404);
    const download = await t.app.inject({
      url: `/api/projects/${p.code}/documents/${own.id}`,
      headers: { cookie: beijing },
    });
    expect(download.statusCode).toBe(404);

    const sharedGone = await remove(coordinator, p.code, shared.id);
    expect(sharedGone.statusCode).toBe(204);
    const end = await projectTableCounts(ctx.database);
    expect(end.blobs, 'content another project still holds stays').toBe(after.blobs);
    const list = await t.app.inject({
      url: `/api/projects/${q.code}/documents`,
      headers: { cookie: beijing },
    });
    const kept = list.json().items[0];
    const download2 = await t.app.inject({
      url: `/api/projects/${q.code}/documents/${kept.id}`,
      headers: { cookie: beijing },
    });
    expect(download2.body).toBe('共享内容');
    const project = (
      await t.app.inject({ url: `/api/projects/${p.code}`, headers: { cookie: beijing } })
    ).json();
    expect(project.documentCount).toBe(0);
  });
});
