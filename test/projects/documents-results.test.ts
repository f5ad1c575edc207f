import { beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFilename } from '../../src/modules/projects/files.js';
import { expectHistoryGrowth, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { projectHistory, projectTableCounts } from './support.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('document filenames', () => {
  it('keeps the last path component, strips control and reserved characters', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\x\\验收报告.pdf')).toBe('验收报告.pdf');
    expect(sanitizeFilename('a\u0000b<c>:"d|e?*.pdf')).toBe('a_b_c___d_e__.pdf');
    expect(sanitizeFilename('evil\u202Efdp.exe')).toBe('evil_fdp.exe');
    expect(sanitizeFilename('...hidden')).toBe('hidden');
    expect(sanitizeFilename('  ')).toBe('document');
    const long = sanitizeFilename(`${'长'.repeat(400)}.docx`);
    expect([...long]).toHaveLength(180);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('writes an RFC 6266 Content-Disposition with an ASCII fallback', () => {
    expect(contentDisposition('验收 报告(1).pdf')).toBe(
      `attachment; filename="__ __(1).pdf"; filename*=UTF-8''%E9%AA%8C%E6%94%B6%20%E6%8A%A5%E5%91%8A%281%29.pdf`,
    );
  });
});

describeEachDatabase('projects: documents, results, types', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijing = '';
  let shanghai = '';
  let hotan = '';

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
      displayName: '北京前指·王五',
    });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    hotan = await loginAs(t.app, ctx.database, { role: 'recipient-editor', areaCode: '653200' });
  });

  const upload = (
    cookie: string,
    code: string,
    payload: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/projects/${code}/documents`,
      headers: { cookie, ...headers },
      payload,
    });

  it('uploads and downloads a document, storing each content once', async () => {
    const p = await createTestProject(ctx.database);
    const q = await createTestProject(ctx.database);
    const before = await projectTableCounts(ctx.database);
    const first = await expectHistoryGrowth(ctx.database, 1, () =>
      upload(
        beijing,
        p.code,
        {
          filename: '../验收报告.pdf',
          mediaType: 'application/pdf',
          contentBase64: PDF.toString('base64'),
        },
        { 'if-match': '"1"' },
      ),
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers.etag).toBe('"2"');
    const doc = first.json();
    expect(doc).toMatchObject({
      filename: '验收报告.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      uploadedBy: expect.stringMatching(/^user:/),
      // Who uploaded it, by display name (the screen never shows `user:…`).
      uploadedByName: '北京前指·王五',
      uploadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const again = await upload(coordinator, q.code, {
      filename: 'copy.pdf',
      mediaType: 'Application/PDF',
      contentBase64: PDF.toString('base64'),
    });
    expect(again.statusCode).toBe(201);
    expect(again.json().sha256).toBe(doc.sha256);
    const after = await projectTableCounts(ctx.database);
    expect(after.documents - before.documents).toBe(2);
    expect(after.blobs - before.blobs).toBe(1);

    const list = await t.app.inject({
      url: `/api/projects/${p.code}/documents`,
      headers: { cookie: hotan },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([doc]);
    const download = await t.app.inject({
      url: `/api/projects/${p.code}/documents/${doc.id}`,
      headers: { cookie: hotan },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename=".*\.pdf"; filename\*=UTF-8''/,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const elsewhere = await t.app.inject({
      url: `/api/projects/${q.code}/documents/${doc.id}`,
      headers: { cookie: coordinator },
    });
    expect(elsewhere.statusCode, 'a document is reached through its own project only').toBe(404);
    const project = (
      await t.app.inject({ url: `/api/projects/${p.code}`, headers: { cookie: beijing } })
    ).json();
    expect(project.documentCount).toBe(1);
    const history = await projectHistory(ctx.database, p.code);
    expect(history.at(-1)?.action).toBe('document-add');
    expect(JSON.parse(history.at(-1)?.after ?? '{}').documents).toHaveLength(1);
  });

  it('keeps documents from anonymous callers and from donors who may not see the project', async () => {
    const p = await createTestProject(ctx.database, { published: true });
    const res = await upload(beijing, p.code, {
      filename: 'a.txt',
      mediaType: 'text/plain',
      contentBase64: Buffer.from('验收意见：合格').toString('base64'),
    });
    expect(res.statusCode).toBe(201);
    const anonymous = await t.app.inject({ url: `/api/projects/${p.code}/documents` });
    expect(anonymous.statusCode).toBe(401);
    const text = await t.app.inject({
      url: `/api/projects/${p.code}/documents/${res.json().id}`,
      headers: { cookie: shanghai },
    });
    expect(text.statusCode, 'published: other donors may read it').toBe(200);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toBe('验收意见：合格');
    const hidden = await createTestProject(ctx.database);
    const doc = await upload(coordinator, hidden.code, {
      filename: 'b.txt',
      mediaType: 'text/plain',
      contentBase64: Buffer.from('内部').toString('base64'),
    });
    const refused = await t.app.inject({
      url: `/api/projects/${hidden.code}/documents/${doc.json().id}`,
      headers: { cookie: shanghai },
    });
    expect(refused.statusCode).toBe(404);
  });

  describe('refuses unsafe or malformed uploads, changing nothing', () => {
    const cases = [
      {
        label: 'a media type not allowed',
        body: { mediaType: 'text/html', contentBase64: Buffer.from('<script>').toString('base64') },
        status: 422,
        field: 'mediaType',
      },
      {
        label: 'SVG (scripts)',
        body: {
          mediaType: 'image/svg+xml',
          contentBase64: Buffer.from('<svg/>').toString('base64'),
        },
        status: 422,
        field: 'mediaType',
      },
      {
        label: 'content that is not what it claims',
        body: {
          mediaType: 'application/pdf',
          contentBase64: Buffer.from('MZ\x90\x00').toString('base64'),
        },
        status: 422,
        field: 'contentBase64',
      },
      {
        label: 'binary declared as text',
        body: { mediaType: 'text/plain', contentBase64: Buffer.from([0, 1, 2]).toString('base64') },
        status: 422,
        field: 'contentBase64',
      },
      {
        label: 'an empty file',
        body: { mediaType: 'application/pdf', contentBase64: '' },
        status: 422,
        field: 'contentBase64',
      },
      {
        label: 'broken base64',
        body: { mediaType: 'application/pdf', contentBase64: '%%%' },
        status: 400,
        field: 'body.contentBase64',
      },
    ];
    for (const c of cases) {
      it(c.label, async () => {
        const p = await createTestProject(ctx.database);
        const before = await projectTableCounts(ctx.database);
        const res = await upload(coordinator, p.code, { filename: 'x.pdf', ...c.body });
        expect(res.statusCode, res.body).toBe(c.status);
        expect(res.json().errors[0].field).toBe(c.field);
        expect(await projectTableCounts(ctx.database)).toEqual(before);
      });
    }

    it('more than 10 MiB', async () => {
      const p = await createTestProject(ctx.database);
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
      const res = await upload(coordinator, p.code, {
        filename: 'big.txt',
        mediaType: 'text/plain',
        contentBase64: big.toString('base64'),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].field).toBe('contentBase64');
    });

    it("another donor's project (403 when published; 404, as if missing, when not)", async () => {
      const hidden = await createTestProject(ctx.database);
      const unseen = await upload(shanghai, hidden.code, {
        filename: 'x.pdf',
        mediaType: 'application/pdf',
        contentBase64: PDF.toString('base64'),
      });
      expect(unseen.statusCode).toBe(404);
      const p = await createTestProject(ctx.database, { published: true });
      const res = await upload(shanghai, p.code, {
        filename: 'x.pdf',
        mediaType: 'application/pdf',
        contentBase64: PDF.toString('base64'),
      });
      expect(res.statusCode).toBe(403);
    });
  });

  it('replaces the results, with disaggregation, checking the counts', async () => {
    const p = await createTestProject(ctx.database);
    const results = [
      { metric: 'jobs', planned: true, value: 120 },
      {
        metric: 'jobs',
        planned: false,
        value: 96,
        female: 40,
        male: 56,
        ethnicMinority: 90,
        asOf: '2024-12-31',
      },
      { metric: 'trained', planned: false, value: 300, note: '蒲公英计划' },
      { metric: 'output-value-fen', planned: false, value: 123_456_789_012 },
    ];
    const res = await expectHistoryGrowth(ctx.database, 1, () =>
      t.app.inject({
        method: 'PUT',
        url: `/api/projects/${p.code}/results`,
        headers: { cookie: beijing, 'if-match': '"1"' },
        payload: results,
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json().items).toHaveLength(4);
    expect(res.json().items[1]).toEqual({
      metric: 'jobs',
      planned: false,
      value: 96,
      female: 40,
      male: 56,
      ethnicMinority: 90,
      asOf: '2024-12-31',
      note: null,
    });
    const project = (
      await t.app.inject({ url: `/api/projects/${p.code}`, headers: { cookie: beijing } })
    ).json();
    expect(project.results).toEqual(res.json().items);

    const before = await projectTableCounts(ctx.database);
    for (const [bad, field] of [
      [{ metric: 'jobs', planned: false, value: 10, female: 6, male: 5 }, 'body.0.female'],
      [{ metric: 'jobs', planned: false, value: 10, ethnicMinority: 11 }, 'body.0.ethnicMinority'],
      [{ metric: 'jobs', planned: false, value: 1.5 }, 'body.0.value'],
      [{ metric: 'jobs', planned: false, value: -1 }, 'body.0.value'],
      [{ metric: 'smiles', planned: false, value: 1 }, 'body.0.metric'],
    ] as const) {
      const refused = await t.app.inject({
        method: 'PUT',
        url: `/api/projects/${p.code}/results`,
        headers: { cookie: beijing },
        payload: [bad],
      });
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
      expect(refused.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/projects/${p.code}/results`,
      headers: { cookie: beijing, 'if-match': '"1"' },
      payload: [],
    });
    expect(stale.statusCode).toBe(409);
    const other = await t.app.inject({
      method: 'PUT',
      url: `/api/projects/${p.code}/results`,
      headers: { cookie: shanghai },
      payload: [],
    });
    expect(other.statusCode).toBe(404); // another donor's unpublished project: as if missing
    expect(await projectTableCounts(ctx.database)).toEqual(before);
  });

  it('lists project types and lets the programme office add and change them', async () => {
    const list = await t.app.inject({ url: '/api/project-types' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['talent', 'industry', 'livelihood', 'exchange', 'culture-education']),
    );
    expect(list.json().items.find((i: { code: string }) => i.code === 'industry')).toMatchObject({
      name: '产业',
      defaultLivelihoodBp: 0,
    });
    const type = { code: 'ecology', name: '生态', nameEn: 'Ecology', defaultLivelihoodBp: 5000 };
    const refused = await t.app.inject({
      method: 'PUT',
      url: '/api/project-types',
      headers: { cookie: beijing },
      payload: type,
    });
    expect(refused.statusCode).toBe(403);
    const added = await expectHistoryGrowth(ctx.database, 1, () =>
      t.app.inject({
        method: 'PUT',
        url: '/api/project-types',
        headers: { cookie: coordinator },
        payload: type,
      }),
    );
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().items.find((i: { code: string }) => i.code === 'ecology')).toMatchObject(
      type,
    );
    const p = await createTestProject(ctx.database, { type: 'ecology' });
    expect(p.livelihoodShareBp).toBe(5000);
    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/project-types',
      headers: { cookie: coordinator },
      payload: [{ ...type, defaultLivelihoodBp: 6000 }],
    });
    expect(changed.statusCode).toBe(200);
    const kept = (
      await t.app.inject({ url: `/api/projects/${p.code}`, headers: { cookie: coordinator } })
    ).json();
    expect(kept.livelihoodShareBp, 'projects keep their share').toBe(5000);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/project-types',
      headers: { cookie: coordinator },
      payload: { ...type, defaultLivelihoodBp: 10001 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.defaultLivelihoodBp');
  });
});
