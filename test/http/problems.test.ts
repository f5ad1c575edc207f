/**
 * Problems answer with a stable code and parameters, their text in the caller's language
 * (Accept-Language: zh → Chinese, en → English, anything else → English). Decision 0017.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { buildProjectInput, createTestProject } from '../support/factories.js';

describeEachDatabase('problems with codes, worded by Accept-Language', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijing = '';
  const CODE = 'PROB-2026-SH-0001';

  beforeAll(async () => {
    await createTestProject(ctx.database, { code: CODE, donor: '310000' });
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });

  const createTaken = (language?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: coordinator, ...(language ? { 'accept-language': language } : {}) },
      payload: buildProjectInput({ code: CODE, donor: '310000' }),
    });

  it('a taken project code: project.exists with its code, in Chinese for zh', async () => {
    const res = await createTaken('zh-CN,zh;q=0.9,en;q=0.8');
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.json()).toMatchObject({
      type: '/problems/conflict',
      status: 409,
      title: '冲突',
      code: 'project.exists',
      params: { code: CODE },
      detail: `项目编号 ${CODE} 已存在`,
      errors: [
        {
          field: 'code',
          code: 'project.exists',
          params: { code: CODE },
          message: `项目编号 ${CODE} 已存在`,
        },
      ],
    });
  });

  it('the same in English for en, and for a language it does not speak', async () => {
    for (const language of ['en-GB', 'fr-FR, de;q=0.5', undefined]) {
      const res = await createTaken(language);
      expect(res.statusCode, language).toBe(409);
      expect(res.headers['content-language'], language).toBe('en');
      expect(res.json(), language).toMatchObject({
        title: 'Conflict',
        code: 'project.exists',
        params: { code: CODE },
        detail: `project ${CODE} already exists`,
      });
    }
  });

  it('unknown records: area.notFound, project.notFound, route.notFound', async () => {
    const zh = { 'accept-language': 'zh' };
    const area = await t.app.inject({ method: 'GET', url: '/api/areas/999999', headers: zh });
    expect(area.statusCode).toBe(404);
    expect(area.json()).toMatchObject({
      title: '未找到',
      code: 'area.notFound',
      params: { code: '999999' },
      detail: '没有行政区划 999999',
    });
    const project = await t.app.inject({
      method: 'GET',
      url: '/api/projects/NOPE-123',
      headers: { ...zh, cookie: coordinator },
    });
    expect(project.statusCode).toBe(404);
    expect(project.json()).toMatchObject({
      code: 'project.notFound',
      params: { code: 'NOPE-123' },
      detail: '没有项目 NOPE-123',
    });
    const route = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: zh });
    expect(route.statusCode).toBe(404);
    expect(route.json()).toMatchObject({ code: 'route.notFound', detail: '没有这个接口' });
  });

  it('signing in and policies: auth.required, access.denied', async () => {
    const anonymous = await t.app.inject({
      method: 'GET',
      url: '/api/plans',
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'auth.required', detail: '请先登录' });
    // Beijing may not change Shanghai's project.
    const denied = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${CODE}`,
      headers: { cookie: beijing, 'accept-language': 'en' },
      payload: { name: { zh: '改名' } },
    });
    expect([403, 404]).toContain(denied.statusCode);
    if (denied.statusCode === 403) {
      expect(denied.json()).toMatchObject({
        code: 'access.denied',
        params: { action: expect.any(String) },
      });
    } else {
      expect(denied.json()).toMatchObject({ code: 'project.notFound' });
    }
  });

  it('validation: one coded error per field, with its parameters, in the language asked', async () => {
    const body = { ...buildProjectInput(), code: 'bad code!', programme: 'Not A Slug' } as Record<
      string,
      unknown
    >;
    delete body.name;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: coordinator, 'accept-language': 'zh-CN' },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.type).toBe('/problems/validation');
    expect(problem.title).toBe('请求有误');
    const byField = Object.fromEntries(
      (problem.errors as { field: string; code: string; message: string }[]).map((e) => [
        e.field,
        e,
      ]),
    );
    expect(byField['body.code']).toMatchObject({ code: 'validation.recordCode' });
    expect(byField['body.programme']).toMatchObject({ code: 'validation.programmeCode' });
    expect(byField['body.name']).toMatchObject({ code: 'validation.required', message: '必填' });
    // The problem's own code is its first field's.
    expect(problem.code).toBe(problem.errors[0].code);
    for (const e of problem.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a use case refusal with parameters: stage moves name the stages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${CODE}/transitions`,
      headers: { cookie: coordinator, 'accept-language': 'zh-CN' },
      payload: { to: 'completed' },
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toMatch(/^stage\./);
    expect(problem.errors[0]).toMatchObject({ field: 'to', code: problem.code });
    // Chinese text shows stage names, not codes.
    expect(problem.detail).not.toMatch(/completed|reserve|approved/);
  });
});

describe('the OpenAPI problem schema', () => {
  it('documents code and params', async () => {
    const { apiTypes } = await import('../../scripts/api-types.js');
    const types = await apiTypes();
    expect(types).toMatch(/code: string/);
    expect(types).toMatch(/ProblemParams/);
  });
});
