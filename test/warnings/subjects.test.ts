/**
 * Warnings about people's terms and companies' cases (decision 0029): computed by the daily job,
 * listed and worked in the same queue, seen by the coordinator, auditors, the donor's editors
 * and the area's recipient editors only. Both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/domain/credit-code.js';
import type { App } from '../../src/http/types.js';
import { openCase, respondToCase } from '../../src/modules/companies/cases.js';
import { createCompanyBody } from '../../src/modules/companies/schema.js';
import { createCompany } from '../../src/modules/companies/service.js';
import { createPerson } from '../../src/modules/people/persons.js';
import { addPosting, endPosting } from '../../src/modules/people/postings.js';
import { AUTO_RESOLVED_NOTE, computeWarnings } from '../../src/modules/warnings/compute.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { shanghaiProject, system, TODAY } from './support.js';

function creditCode(n: number): string {
  const stem = `91653200MA${String(n).padStart(7, '0')}`;
  return `${stem}${creditCodeCheckChar(stem)}`;
}

type Listed = {
  id: number;
  kind: string;
  version: number;
  subject: { kind: string; id: number };
  project: { code: string } | null;
  person: { id: number; name: string; postingId: number; role: string } | null;
  company: { id: number; name: string; caseId: number; category: string } | null;
  donor: { code: string; name: string } | null;
  area: { code: string; name: string } | null;
  detail: { since: string; message: { zh: string; en: string } };
  status: string;
  can: { work: boolean; assign: boolean };
};

describeEachDatabase('warnings about terms ending and late cases', (ctx) => {
  let app: App;
  const cookie: Record<string, string> = {};
  let ending = 0;
  let endingPosting = 0;
  let ended = 0;
  let far = 0;
  let company = 0;
  let lateCase = 0;
  let freshCase = 0;
  let project = '';

  async function person(name: string, donor: string, termStart: string, plannedEnd: string) {
    const p = await createPerson(system(ctx.database), {
      nameZh: name,
      sex: 'male',
      donor,
      published: true,
    });
    const posted = await addPosting(system(ctx.database), p.id, {
      programme: 'xinjiang',
      kind: 'cadre',
      hostOrgName: '喀什地区工业和信息化局',
      area: '653100',
      role: '副局长',
      mode: 'long-term',
      crossPair: false,
      termStart,
      plannedEnd,
    });
    return { id: p.id, posting: posted.postings[0]?.id ?? 0 };
  }

  const list = async (who: string, query = '') => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/warnings?limit=200&status=open${query}`,
      headers: { cookie: cookie[who] ?? '' },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Listed[]; total: number };
  };
  const subjects = async (who: string, query = '') =>
    (await list(who, query)).items
      .filter((w) => w.subject.kind !== 'project')
      .map((w) => `${w.kind}:${w.subject.id}`)
      .sort();

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    // Ending in 48 days; ended early; ending in 200 days (beyond the default 90).
    const a = await person('任满', '310000', '2024-01-15', '2027-01-15');
    ending = a.id;
    endingPosting = a.posting;
    const b = await person('提前', '310000', '2024-01-15', '2027-01-10');
    ended = b.posting;
    await endPosting(system(ctx.database), ended, { actualEnd: '2026-10-31', reason: '工作调动' });
    far = (await person('远期', '310000', '2024-06-16', '2027-06-16')).posting;
    const c = await createCompany(
      system(ctx.database),
      createCompanyBody.parse({
        name: '和田纺织有限公司',
        creditCode: creditCode(1),
        industry: '纺织',
        donor: '310000',
        area: '653130',
        signedOn: '2024-08-01',
        investmentPlannedFen: 100,
        investmentArrivedFen: 0,
        jobsPlanned: 10,
        jobsActual: 0,
        localHires: 0,
      }),
    );
    company = c.id;
    // Friday 2026-11-20 (Beijing): three working days end on Wednesday the 25th → late on the 28th.
    const late = await openCase(system(ctx.database), company, {
      category: 'land',
      description: '用地审批',
      openedAt: '2026-11-20T02:00:00.000Z',
    });
    lateCase = late.id;
    // Thursday the 26th: due on Tuesday 1 December, not late yet.
    const fresh = await openCase(system(ctx.database), company, {
      category: 'labour',
      description: '招工',
      openedAt: '2026-11-26T02:00:00.000Z',
    });
    freshCase = fresh.id;
    project = await shanghaiProject(ctx.database, {
      stage: 'approved',
      stageDates: { started: { planned: '2026-10-01' } },
    });
    cookie.coordinator = await loginAs(app, ctx.database, { role: 'coordinator' });
    cookie.auditor = await loginAs(app, ctx.database, { role: 'auditor' });
    cookie.shanghai = await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    cookie.beijing = await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    cookie.kashgar = await loginAs(app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
    cookie.hotan = await loginAs(app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    cookie.viewer = await loginAs(app, ctx.database, { role: 'viewer' });
  });
  afterAll(async () => app.close());

  it('computes a term ending within N days and a late case, once, with their donor and area', async () => {
    const result = await computeWarnings(system(ctx.database), TODAY);
    expect(result).toMatchObject({ candidates: 3, created: 3 });
    const rows = await ctx.database.db
      .selectFrom('warnings')
      .select(['subjectKind', 'subjectId', 'projectId', 'donorCode', 'areaCode', 'dedupeKey'])
      .where('subjectKind', '<>', 'project')
      .orderBy('dedupeKey')
      .execute();
    expect(rows).toEqual([
      {
        subjectKind: 'company_case',
        subjectId: lateCase,
        projectId: null,
        donorCode: '310000',
        areaCode: '653130',
        dedupeKey: `case-late:company_case:${lateCase}:2026-11-20`,
      },
      {
        subjectKind: 'posting',
        subjectId: endingPosting,
        projectId: null,
        donorCode: '310000',
        areaCode: '653100',
        dedupeKey: `term-ending:posting:${endingPosting}:2027-01-15`,
      },
    ]);
    expect(rows.map((r) => r.subjectId)).not.toContain(ended);
    expect(rows.map((r) => r.subjectId)).not.toContain(far);
    expect(rows.map((r) => r.subjectId)).not.toContain(freshCase);
    const again = await computeWarnings(system(ctx.database), TODAY);
    expect(again).toMatchObject({ candidates: 3, created: 0, autoResolved: 0 });
  });

  it('presents the person and the company case, with the message in both languages', async () => {
    const items = (await list('coordinator')).items;
    const term = items.find((w) => w.kind === 'term-ending');
    expect(term).toMatchObject({
      subject: { kind: 'posting', id: endingPosting },
      project: null,
      person: { id: ending, name: '任满', postingId: endingPosting, role: '副局长' },
      company: null,
      donor: { code: '310000', name: '上海市' },
      area: { code: '653100' },
      detail: {
        since: '2027-01-15',
        message: {
          zh: '任期 2027-01-15 届满，还有 48 天',
          en: 'the term ends on 2027-01-15, in 48 days',
        },
      },
      can: { work: true, assign: true },
    });
    const late = items.find((w) => w.kind === 'case-late');
    expect(late).toMatchObject({
      subject: { kind: 'company_case', id: lateCase },
      person: null,
      company: { id: company, name: '和田纺织有限公司', caseId: lateCase, category: 'land' },
      area: { code: '653130' },
      detail: { since: '2026-11-20' },
    });
    expect(late?.detail.message.zh).toBe('2026-11-20 提出的诉求，超过 3 个工作日未答复');
  });

  it('shows them to the coordinator, auditors, the donor’s editors and the area’s, to nobody else', async () => {
    const both = [`case-late:${lateCase}`, `term-ending:${endingPosting}`];
    expect(await subjects('coordinator')).toEqual(both);
    expect(await subjects('auditor')).toEqual(both);
    expect(await subjects('shanghai')).toEqual(both);
    expect(await subjects('kashgar')).toEqual(both);
    // The person is published: still another donor's work item, not public.
    expect(await subjects('beijing')).toEqual([]);
    expect(await subjects('hotan')).toEqual([]);
    expect(await subjects('viewer')).toEqual([]);
    // The project's warning stays as visible as the project (unpublished: Shanghai's).
    const projects = async (who: string) =>
      (await list(who)).items.filter((w) => w.project?.code === project).length;
    expect(await projects('shanghai')).toBe(1);
    expect(await projects('beijing')).toBe(0);
  });

  it('filters by kind, subject, donor and area across subjects', async () => {
    expect(await subjects('coordinator', '&kind=term-ending')).toEqual([
      `term-ending:${endingPosting}`,
    ]);
    expect(await subjects('coordinator', '&subject=company_case')).toEqual([
      `case-late:${lateCase}`,
    ]);
    const onlyProjects = await list('coordinator', '&subject=project');
    expect(onlyProjects.items.every((w) => w.subject.kind === 'project')).toBe(true);
    expect(onlyProjects.total).toBeGreaterThan(0);
    expect((await list('coordinator', '&subject=posting&kind=case-late')).total).toBe(0);
    expect(await subjects('coordinator', '&area=653130')).toEqual([`case-late:${lateCase}`]);
    expect(await subjects('coordinator', '&area=653200')).toEqual([]);
    expect(await subjects('coordinator', '&donor=110000')).toEqual([]);
    const shanghai = await list('coordinator', '&donor=310000');
    expect(shanghai.items.map((w) => w.kind).sort()).toEqual([
      'case-late',
      'not-started',
      'term-ending',
    ]);
    expect(shanghai.total).toBe(3);
  });

  it('lets the donor’s and the area’s editors work them; others get 404', async () => {
    const term = (await list('coordinator', '&kind=term-ending')).items[0];
    if (!term) throw new Error('no term-ending warning');
    const patch = (who: string, version: number, payload: object) =>
      app.inject({
        method: 'PATCH',
        url: `/api/warnings/${term.id}`,
        headers: { cookie: cookie[who] ?? '', 'if-match': `"${version}"` },
        payload,
      });
    expect((await patch('beijing', term.version, { status: 'acknowledged' })).statusCode).toBe(404);
    expect((await patch('hotan', term.version, { status: 'acknowledged' })).statusCode).toBe(404);
    expect((await patch('auditor', term.version, { status: 'acknowledged' })).statusCode).toBe(403);
    const ack = await patch('kashgar', term.version, { status: 'acknowledged' });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged', person: { id: ending } });
    const late = (await list('coordinator', '&kind=case-late')).items[0];
    if (!late) throw new Error('no case-late warning');
    // Bulk across subjects: Shanghai takes its project's warning and the late case at once.
    const own = (await list('shanghai', '&kind=not-started')).items.find(
      (w) => w.project?.code === project,
    );
    if (!own) throw new Error('no project warning');
    const bulk = await app.inject({
      method: 'POST',
      url: '/api/warnings/bulk',
      headers: { cookie: cookie.shanghai ?? '' },
      payload: {
        action: 'take',
        items: [
          { id: own.id, version: own.version },
          { id: late.id, version: late.version },
        ],
      },
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(bulk.json().items.map((w: Listed) => w.subject.kind)).toEqual([
      'project',
      'company_case',
    ]);
    // Beijing's bulk on the late case: refused whole, nothing changed.
    const refused = await app.inject({
      method: 'POST',
      url: '/api/warnings/bulk',
      headers: { cookie: cookie.beijing ?? '' },
      payload: {
        action: 'resolve',
        resolutionNote: '已处理',
        items: [{ id: late.id, version: late.version + 1 }],
      },
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().errors[0]).toMatchObject({ field: 'items.0' });
  });

  it('resolves them automatically when the term ends early or the case is answered', async () => {
    await endPosting(system(ctx.database), endingPosting, {
      actualEnd: '2026-11-27',
      reason: '工作调动',
    });
    await respondToCase(system(ctx.database), lateCase, {
      text: '已受理',
      responder: '首席服务官',
    });
    const result = await computeWarnings(system(ctx.database), TODAY);
    expect(result.autoResolved).toBe(2);
    const rows = await ctx.database.db
      .selectFrom('warnings')
      .select(['status', 'resolutionNote'])
      .where('subjectKind', '<>', 'project')
      .execute();
    expect(rows).toEqual([
      { status: 'resolved', resolutionNote: AUTO_RESOLVED_NOTE },
      { status: 'resolved', resolutionNote: AUTO_RESOLVED_NOTE },
    ]);
  });
});
