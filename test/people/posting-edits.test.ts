import { beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/database.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const PERSON = { nameZh: '测试人员', sex: 'female', donor: '310000' };
const POSTING = {
  kind: 'teacher',
  hostOrgName: '喀什地区第一中学',
  area: '653100',
  role: '副校长',
  termStart: '2024-02-01',
  plannedEnd: '2025-07-31',
};

/** Every row a posting or batch edit could touch, and the history head: a refusal changes none. */
async function state(db: Executor) {
  return [
    await db.selectFrom('persons').selectAll().orderBy('id').execute(),
    await db.selectFrom('postings').selectAll().orderBy('id').execute(),
    await db.selectFrom('personnelBatches').selectAll().orderBy('id').execute(),
    await db.selectFrom('historyHead').select('lastId').executeTakeFirstOrThrow(),
  ];
}

describeEachDatabase('changing a posting and a batch', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const send = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    who: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: cookies[who] ?? '', ...headers },
      ...(payload ? { payload } : {}),
    });
  const expectRefusals = async (
    cases: Array<{
      run: () => ReturnType<typeof send>;
      status: number;
      field?: string;
      code?: string;
    }>,
  ) => {
    const before = await state(ctx.database.db);
    for (const c of cases) {
      const res = await c.run();
      expect(res.statusCode, res.body).toBe(c.status);
      if (c.field)
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(c.field);
      if (c.code) expect(res.json().code).toBe(c.code);
    }
    expect(await state(ctx.database.db)).toEqual(before);
  };
  const version = async (person: number) =>
    (await send('GET', `/api/people/persons/${person}`, 'shanghai')).json().version as number;
  const postingVersion = async (person: number, posting: number) =>
    (
      (await send('GET', `/api/people/persons/${person}`, 'shanghai')).json().postings as {
        id: number;
        version: number;
      }[]
    ).find((p) => p.id === posting)?.version ?? -1;

  let person = 0;
  let first = 0;
  let second = 0;
  let batch11 = 0;
  let batch12 = 0;

  beforeAll(async () => {
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.shanghai = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
    batch11 = (
      await send('POST', '/api/people/batches', 'shanghai', { donor: '310000', number: 11 })
    ).json().id;
    batch12 = (
      await send('POST', '/api/people/batches', 'shanghai', { donor: '310000', number: 12 })
    ).json().id;
    person = (await send('POST', '/api/people/persons', 'shanghai', PERSON)).json().id;
    const a = await send('POST', `/api/people/persons/${person}/postings`, 'shanghai', {
      ...POSTING,
      batch: batch11,
    });
    expect(a.statusCode, a.body).toBe(201);
    const b = await send('POST', `/api/people/persons/${person}/postings`, 'shanghai', {
      ...POSTING,
      termStart: '2025-09-01',
      plannedEnd: '2027-02-28',
    });
    expect(b.statusCode, b.body).toBe(201);
    [first, second] = b.json().postings.map((p: { id: number }) => p.id);
  });

  it('changes any field the create accepts, with If-Match, and records the change', async () => {
    const v = await version(person);
    const pv = await postingVersion(person, first);
    const res = await send(
      'PATCH',
      `/api/people/postings/${first}`,
      'shanghai',
      {
        kind: 'cadre',
        batch: batch12,
        hostOrgName: '喀什地区教育局',
        role: '副局长',
        mode: 'flexible',
        area: '653125',
        termStart: '2024-03-01',
        plannedEnd: '2025-08-15',
      },
      { 'if-match': `"${pv}"` },
    );
    expect(res.statusCode, res.body).toBe(200);
    // The ETag names the posting's version (decision 0071); the person's moves on as well.
    expect(res.headers.etag).toBe(`"${pv + 1}"`);
    expect(res.json().version).toBe(v + 1);
    const p = res.json().postings.find((x: { id: number }) => x.id === first);
    expect(p).toMatchObject({
      kind: 'cadre',
      batch: { id: batch12, number: 12 },
      hostOrg: { name: '喀什地区教育局' },
      role: '副局长',
      mode: 'flexible',
      area: { code: '653125' },
      termStart: '2024-03-01',
      plannedEnd: '2025-08-15',
      endsOn: '2025-08-15',
      version: 2,
      can: { end: true, update: true },
    });
    const history = await send('GET', `/api/people/persons/${person}/history`, 'shanghai');
    expect(history.statusCode, history.body).toBe(200);
    expect(JSON.stringify(history.json())).toContain('喀什地区教育局');
    // Outside Shanghai's pairing with the flag; the flag alone cannot be dropped then.
    const cross = await send('PATCH', `/api/people/postings/${first}`, 'shanghai', {
      area: '653225',
      crossPair: true,
    });
    expect(cross.statusCode, cross.body).toBe(200);
    await expectRefusals([
      {
        run: () => send('PATCH', `/api/people/postings/${first}`, 'shanghai', { crossPair: false }),
        status: 422,
        field: 'crossPair',
        code: 'people.outsidePairing',
      },
    ]);
    const back = await send('PATCH', `/api/people/postings/${first}`, 'shanghai', {
      area: '653125',
      crossPair: false,
    });
    expect(back.statusCode, back.body).toBe(200);
  });

  it('refuses each broken rule with a problem naming the field, nothing changed', async () => {
    const v = await postingVersion(person, second);
    const url = `/api/people/postings/${second}`;
    await expectRefusals([
      {
        run: () => send('PATCH', url, 'shanghai', { plannedEnd: '2025-08-01' }),
        status: 422,
        field: 'plannedEnd',
        code: 'people.termEndsBeforeStart',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { termStart: '2028-01-01' }),
        status: 422,
        field: 'termStart',
        code: 'people.termEndsBeforeStart',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { termStart: '2025-06-01' }),
        status: 409,
        field: 'termStart',
        code: 'people.postingOverlap',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { area: '653225' }),
        status: 422,
        field: 'area',
        code: 'people.outsidePairing',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { batch: 99999 }),
        status: 422,
        field: 'batch',
        code: 'people.batchUnknown',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { kind: 'pilot' }),
        status: 422,
        field: 'kind',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { hostOrgName: null }),
        status: 422,
        field: 'hostOrg',
        code: 'people.hostOrgRequired',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { area: '999999' }),
        status: 422,
        field: 'area',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { role: 'x' }, { 'if-match': `"${v - 1}"` }),
        status: 409,
        field: 'version',
        code: 'version.stale',
      },
      {
        run: () => send('PATCH', url, 'shanghai', { nonsense: 1 }),
        status: 400,
      },
      { run: () => send('PATCH', url, 'beijing', { role: 'x' }), status: 403 },
      { run: () => send('PATCH', url, 'viewer', { role: 'x' }), status: 403 },
      {
        run: () => send('PATCH', '/api/people/postings/999999', 'shanghai', { role: 'x' }),
        status: 404,
      },
    ]);
  });

  it('changes a person’s donor before the first posting, never after (decision 0066)', async () => {
    const fresh = (await send('POST', '/api/people/persons', 'shanghai', PERSON)).json();
    const url = `/api/people/persons/${fresh.id}`;
    await expectRefusals([
      // Posted already: the postings, batch and pairing checks are the donor's.
      {
        run: () =>
          send('PATCH', `/api/people/persons/${person}`, 'coordinator', { donor: '110000' }),
        status: 409,
        field: 'donor',
        code: 'people.donorHasPostings',
      },
      // A donor's editor cannot hand a person to a donor it does not cover.
      { run: () => send('PATCH', url, 'shanghai', { donor: '110000' }), status: 403 },
      { run: () => send('PATCH', url, 'beijing', { donor: '110000' }), status: 403 },
      {
        run: () => send('PATCH', url, 'coordinator', { donor: '999999' }),
        status: 422,
        field: 'donor',
        code: 'organisation.unknown',
      },
      {
        run: () =>
          send(
            'PATCH',
            url,
            'coordinator',
            { donor: '110000' },
            { 'if-match': `"${fresh.version + 1}"` },
          ),
        status: 409,
        field: 'version',
      },
    ]);
    // The same donor again is no change of donor: allowed to its editor.
    const same = await send('PATCH', url, 'shanghai', { donor: '310000', ethnicity: '汉族' });
    expect(same.statusCode, same.body).toBe(200);
    const moved = await send(
      'PATCH',
      url,
      'coordinator',
      { donor: '110000' },
      { 'if-match': `"${same.json().version}"` },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().donor.code).toBe('110000');
    // Now Beijing's: its editor writes the person, Shanghai's no longer may.
    expect((await send('PATCH', url, 'beijing', { ethnicity: '回族' })).statusCode).toBe(200);
    expect((await send('PATCH', url, 'shanghai', { ethnicity: '汉族' })).statusCode).toBe(403);
    const history = await send('GET', `${url}/history`, 'coordinator');
    expect(history.statusCode, history.body).toBe(200);
    expect(JSON.stringify(history.json())).toContain('110000');
  });

  it('checks a posting’s own version: two postings of one person changed at once both succeed (decision 0071)', async () => {
    const created = await send('POST', '/api/people/persons', 'shanghai', {
      ...PERSON,
      nameZh: '并发人员',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    await send('POST', `/api/people/persons/${id}/postings`, 'shanghai', POSTING);
    const both = await send('POST', `/api/people/persons/${id}/postings`, 'shanghai', {
      ...POSTING,
      termStart: '2025-09-01',
      plannedEnd: '2027-02-28',
    });
    expect(both.statusCode, both.body).toBe(201);
    // Two writers read the person once, then each changes a different posting at the same time.
    const read = both.json() as { version: number; postings: { id: number; version: number }[] };
    const [a, b] = read.postings;
    if (!a || !b) throw new Error('two postings expected');
    const [ra, rb] = await Promise.all([
      send(
        'PATCH',
        `/api/people/postings/${a.id}`,
        'shanghai',
        { role: '校长' },
        {
          'if-match': `"${a.version}"`,
        },
      ),
      send(
        'PATCH',
        `/api/people/postings/${b.id}`,
        'shanghai',
        { role: '教研室主任' },
        {
          'if-match': `"${b.version}"`,
        },
      ),
    ]);
    expect([ra.statusCode, rb.statusCode], `${ra.body} ${rb.body}`).toEqual([200, 200]);
    expect([ra.headers.etag, rb.headers.etag]).toEqual([
      `"${a.version + 1}"`,
      `"${b.version + 1}"`,
    ]);
    // Both changes are stored; each posting's version and the person's (twice) moved on…
    const stored = (await send('GET', `/api/people/persons/${id}`, 'shanghai')).json();
    expect(stored.version).toBe(read.version + 2);
    expect(
      stored.postings.map((p: { role: string; version: number }) => [p.role, p.version]),
    ).toEqual([
      ['校长', a.version + 1],
      ['教研室主任', b.version + 1],
    ]);
    // …but each posting's own stale version is a 409 on `version`, and nothing changes: neither
    // a change nor an end, nor the person's version sent where the posting's is named.
    await expectRefusals([
      {
        run: () =>
          send(
            'PATCH',
            `/api/people/postings/${a.id}`,
            'shanghai',
            { role: '副校长' },
            {
              'if-match': `"${a.version}"`,
            },
          ),
        status: 409,
        field: 'version',
        code: 'version.stale',
      },
      {
        run: () =>
          send(
            'POST',
            `/api/people/postings/${b.id}/end`,
            'shanghai',
            { actualEnd: '2026-01-31', reason: '工作调动' },
            { 'if-match': `"${b.version}"` },
          ),
        status: 409,
        field: 'version',
        code: 'version.stale',
      },
      {
        run: () =>
          send(
            'PATCH',
            `/api/people/postings/${b.id}`,
            'shanghai',
            { role: '副校长' },
            {
              'if-match': `"${stored.version}"`,
            },
          ),
        status: 409,
        field: 'version',
        code: 'version.stale',
      },
    ]);
    // Two writers of the SAME posting with the same version: one wins, the other is a 409.
    const race = await Promise.all(
      ['甲', '乙'].map((who) =>
        send(
          'PATCH',
          `/api/people/postings/${a.id}`,
          'shanghai',
          { role: `校长${who}` },
          {
            'if-match': `"${a.version + 1}"`,
          },
        ),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = race.find((r) => r.statusCode === 409);
    expect(loser?.json().errors.map((e: { field: string }) => e.field)).toContain('version');
    const winner = race.find((r) => r.statusCode === 200)?.json();
    const final = (await send('GET', `/api/people/persons/${id}`, 'shanghai')).json();
    expect(final.postings[0].role).toBe(
      winner.postings.find((p: { id: number }) => p.id === a.id).role,
    );
    expect(final.postings[0].version).toBe(a.version + 2);
    // The fresh version ends the posting.
    const ended = await send(
      'POST',
      `/api/people/postings/${b.id}/end`,
      'shanghai',
      { actualEnd: '2026-01-31', reason: '工作调动' },
      { 'if-match': `"${b.version + 1}"` },
    );
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.headers.etag).toBe(`"${b.version + 2}"`);
  });

  it('keeps an ended posting’s actual end: the start may not pass it', async () => {
    const ended = await send('POST', `/api/people/postings/${second}/end`, 'shanghai', {
      actualEnd: '2026-01-31',
      reason: '工作调动',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    await expectRefusals([
      {
        run: () =>
          send('PATCH', `/api/people/postings/${second}`, 'shanghai', { termStart: '2026-02-15' }),
        status: 422,
        field: 'termStart',
        code: 'people.termEndsBeforeStart',
      },
    ]);
    const res = await send('PATCH', `/api/people/postings/${second}`, 'shanghai', {
      plannedEnd: '2027-03-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json().postings.find((x: { id: number }) => x.id === second);
    expect(p).toMatchObject({
      plannedEnd: '2027-03-31',
      actualEnd: '2026-01-31',
      endsOn: '2026-01-31',
    });
  });

  describe('a batch', () => {
    it('shows its postings, people and counts, and the editor may change it', async () => {
      const res = await send('GET', `/api/people/batches/${batch12}`, 'shanghai');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers.etag).toBe('"1"');
      const page = res.json();
      expect(page).toMatchObject({
        number: 12,
        donor: { code: '310000' },
        can: { update: true },
        total: 1,
        counts: { people: 1, postings: 1, longTerm: 0, flexible: 1 },
      });
      expect(page.items[0].person.id).toBe(person);
      expect(page.counts.byKind).toEqual([{ kind: 'cadre', postings: 1, serving: 0 }]);
      // Another donor's editor sees the batch but not the unpublished person, and may not change it.
      const other = await send('GET', `/api/people/batches/${batch12}`, 'beijing');
      expect(other.statusCode).toBe(200);
      expect(other.json()).toMatchObject({ total: 0, items: [], can: { update: false } });
      expect(other.json().counts.people).toBe(0);
      const changed = await send(
        'PATCH',
        `/api/people/batches/${batch12}`,
        'shanghai',
        { number: 13, name: '上海市第十三批援疆干部人才', startsOn: '2025-02-01' },
        { 'if-match': '"1"' },
      );
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.headers.etag).toBe('"2"');
      expect(changed.json()).toMatchObject({
        number: 13,
        name: '上海市第十三批援疆干部人才',
        startsOn: '2025-02-01',
      });
      const history = await ctx.database.db
        .selectFrom('history')
        .select(['action', 'entityType'])
        .where('entityType', '=', 'personnel-batch')
        .where('entityId', '=', String(batch12))
        .orderBy('id')
        .execute();
      expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    });

    it('refuses a taken number, a stale version, another donor and an unknown batch, nothing changed', async () => {
      await expectRefusals([
        {
          run: () => send('PATCH', `/api/people/batches/${batch12}`, 'shanghai', { number: 11 }),
          status: 409,
          field: 'number',
          code: 'people.batchExists',
        },
        {
          run: () =>
            send(
              'PATCH',
              `/api/people/batches/${batch12}`,
              'shanghai',
              { name: 'x' },
              { 'if-match': '"1"' },
            ),
          status: 409,
          field: 'version',
        },
        {
          run: () => send('PATCH', `/api/people/batches/${batch12}`, 'shanghai', { number: 0 }),
          status: 400,
        },
        {
          run: () => send('PATCH', `/api/people/batches/${batch12}`, 'beijing', { name: 'x' }),
          status: 403,
        },
        {
          run: () => send('PATCH', '/api/people/batches/999999', 'shanghai', { name: 'x' }),
          status: 404,
        },
        { run: () => send('GET', '/api/people/batches/999999', 'shanghai'), status: 404 },
      ]);
    });
  });
});
