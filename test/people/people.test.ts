import { beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/database.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const REN = {
  nameZh: '任耕坡',
  sex: 'male',
  birthYear: 1980,
  phone: '13812345678',
  idCardNumber: '440524188001010014',
  homeOrgName: '上海市经济和信息化委员会',
  donor: '310000',
};
const KASHGAR_BUREAU = {
  kind: 'cadre',
  hostOrgName: '喀什地区工业和信息化局',
  area: '653100',
  role: '副局长',
  termStart: '2023-07-01',
};

/** Rows of the people tables and the history head: a refused request changes none of them. */
async function state(db: Executor) {
  const n = async (table: 'persons' | 'postings' | 'personnelBatches') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const head = await db.selectFrom('historyHead').select('lastId').executeTakeFirstOrThrow();
  const versions = await db.selectFrom('persons').select(['id', 'version']).orderBy('id').execute();
  return [await n('persons'), await n('postings'), await n('personnelBatches'), head, versions];
}

describeEachDatabase('aid personnel API', (ctx) => {
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
  /** Each request refused with its status and field, nothing changed. */
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

  let ren = 0;
  let batch = 0;

  beforeAll(async () => {
    const app = t.app;
    cookies.coordinator = await loginAs(app, ctx.database, { role: 'coordinator' });
    cookies.auditor = await loginAs(app, ctx.database, { role: 'auditor' });
    cookies.shanghai = await loginAs(app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.beijing = await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    cookies.kashgar = await loginAs(app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
    const b = await send('POST', '/api/people/batches', 'shanghai', {
      donor: '310000',
      number: 11,
      name: '上海市第十一批援疆干部',
    });
    expect(b.statusCode, b.body).toBe(201);
    batch = b.json().id;
    const created = await send('POST', '/api/people/persons', 'shanghai', REN);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    ren = created.json().id;
    const posted = await send(
      'POST',
      `/api/people/persons/${ren}/postings`,
      'shanghai',
      { ...KASHGAR_BUREAU, batch },
      { 'if-match': '"1"' },
    );
    expect(posted.statusCode, posted.body).toBe(201);
  });

  it('registers a person with a batch and a posting whose end defaults to the kind’s term', async () => {
    const res = await send('GET', `/api/people/persons/${ren}`, 'shanghai');
    expect(res.statusCode).toBe(200);
    const person = res.json();
    expect(person.version).toBe(2);
    expect(person.personal).toEqual({
      phone: '13812345678',
      idCardNumber: '440524188001010014',
      birthYear: 1980,
      masked: false,
    });
    expect(person.postings).toHaveLength(1);
    expect(person.postings[0]).toMatchObject({
      plannedEnd: '2026-06-30',
      endsOn: '2026-06-30',
      batch: { id: batch, number: 11 },
      mode: 'long-term',
      crossPair: false,
      area: {
        code: '653100',
        name: '喀什地区',
        nameEn: 'Kashgar Prefecture',
        nameUg: 'قەشقەر ۋىلايىتى',
      },
      hostOrg: { code: null, name: '喀什地区工业和信息化局', nameEn: '' },
    });
    expect(person.can).toEqual({
      readHistory: true,
      update: true,
      publish: true,
      addPosting: true,
      personalData: true,
    });
  });

  describe('rules: a specific 4xx naming the field, nothing changed', () => {
    it('refuses an invalid ID-card check digit, and a number another person has', async () => {
      await expectRefusals([
        {
          run: () =>
            send('POST', '/api/people/persons', 'shanghai', {
              ...REN,
              idCardNumber: '440524188001010015',
            }),
          status: 422,
          field: 'idCardNumber',
          code: 'people.idCardCheckDigit',
        },
        {
          run: () =>
            send('PATCH', `/api/people/persons/${ren}`, 'shanghai', {
              idCardNumber: '110105194902300021',
            }),
          status: 422,
          field: 'idCardNumber',
          code: 'people.idCardBirthDate',
        },
        {
          run: () => send('POST', '/api/people/persons', 'shanghai', { ...REN, nameZh: '另一人' }),
          status: 409,
          field: 'idCardNumber',
          code: 'people.idCardTaken',
        },
      ]);
    });

    it('refuses a term ending before it starts, an overlap, and a posting outside the pairing', async () => {
      const url = `/api/people/persons/${ren}/postings`;
      await expectRefusals([
        {
          run: () =>
            send('POST', url, 'shanghai', {
              ...KASHGAR_BUREAU,
              termStart: '2027-01-01',
              plannedEnd: '2026-12-31',
            }),
          status: 422,
          field: 'plannedEnd',
          code: 'people.termEndsBeforeStart',
        },
        {
          run: () => send('POST', url, 'shanghai', { ...KASHGAR_BUREAU, termStart: '2026-06-30' }),
          status: 409,
          field: 'termStart',
          code: 'people.postingOverlap',
        },
        {
          // Cele (Hotan) is Tianjin's: Shanghai only with the cross-pair flag.
          run: () =>
            send('POST', url, 'shanghai', {
              ...KASHGAR_BUREAU,
              area: '653225',
              termStart: '2027-01-01',
            }),
          status: 422,
          field: 'area',
          code: 'people.outsidePairing',
        },
        {
          run: () =>
            send('POST', url, 'shanghai', {
              ...KASHGAR_BUREAU,
              termStart: '2027-01-01',
              batch: 999,
            }),
          status: 422,
          field: 'batch',
        },
        {
          run: () =>
            send('POST', url, 'shanghai', {
              ...KASHGAR_BUREAU,
              termStart: '2027-01-01',
              kind: 'pilot',
            }),
          status: 422,
          field: 'kind',
        },
        {
          run: () =>
            send(
              'POST',
              url,
              'shanghai',
              { ...KASHGAR_BUREAU, termStart: '2027-01-01' },
              { 'if-match': '"1"' },
            ),
          status: 409,
          field: 'version',
        },
      ]);
      // The clash is named by where and what it is, in words; no internal id.
      const clash = await send(
        'POST',
        url,
        'shanghai',
        { ...KASHGAR_BUREAU, termStart: '2026-06-30' },
        { 'accept-language': 'zh-CN' },
      );
      expect(clash.json().detail).toMatch(
        /^与该人员在喀什地区的另一段派驻（副局长，\d{4}-\d{2}-\d{2} 至 /,
      );
      expect(clash.json().params).not.toHaveProperty('id');
    });

    it('refuses another donor’s editor creating, reading or changing Shanghai’s people', async () => {
      await expectRefusals([
        {
          run: () => send('POST', '/api/people/persons', 'beijing', { ...REN, idCardNumber: null }),
          status: 403,
        },
        {
          run: () =>
            send('PATCH', `/api/people/persons/${ren}`, 'beijing', { phone: '13900000000' }),
          status: 403,
        },
        { run: () => send('POST', `/api/people/persons/${ren}/publish`, 'beijing'), status: 403 },
        {
          run: () =>
            send('POST', `/api/people/persons/${ren}/postings`, 'beijing', {
              ...KASHGAR_BUREAU,
              termStart: '2027-01-01',
            }),
          status: 403,
        },
        {
          run: () =>
            send('POST', '/api/people/batches', 'beijing', { donor: '310000', number: 12 }),
          status: 403,
        },
        // Unpublished: as if it did not exist.
        { run: () => send('GET', `/api/people/persons/${ren}`, 'beijing'), status: 404 },
      ]);
      const roster = await send('GET', '/api/people/roster?area=653100&date=2024-01-01', 'beijing');
      expect(roster.json().total).toBe(0);
      const counted = await send('GET', '/api/people/counts?by=donor&date=2024-01-01', 'beijing');
      expect(counted.json().rows).toEqual([]);
      const ending = await send(
        'GET',
        '/api/people/terms-ending?days=400&today=2025-07-01',
        'beijing',
      );
      expect(ending.json().total).toBe(0);
    });
  });

  it('lists who serves in an area subtree or for a donor on a date, and terms ending', async () => {
    const on = (q: string, who = 'shanghai') => send('GET', `/api/people/roster?${q}`, who);
    const names = async (q: string, who?: string) =>
      (await on(q, who)).json().items.map((i: { person: { nameZh: string } }) => i.person.nameZh);
    expect(await names('area=65&date=2024-01-01')).toEqual(['任耕坡']);
    expect(await names('donor=310000&date=2026-06-30')).toEqual(['任耕坡']);
    expect(await names('area=653100&date=2023-06-30')).toEqual([]);
    expect(await names('area=653200&date=2024-01-01')).toEqual([]);
    // Kashgar's recipient editor sees the unpublished people posted in its area.
    expect(await names('area=653100&date=2024-01-01', 'kashgar')).toEqual(['任耕坡']);
    const ending = await send(
      'GET',
      '/api/people/terms-ending?days=30&today=2026-06-01',
      'shanghai',
    );
    expect(
      ending.json().items.map((i: { posting: { plannedEnd: string } }) => i.posting.plannedEnd),
    ).toEqual(['2026-06-30']);
    const none = await send('GET', '/api/people/terms-ending?days=10&today=2026-06-01', 'shanghai');
    expect(none.json().total).toBe(0);
    const byKind = await send('GET', '/api/people/counts?by=kind&date=2024-01-01', 'coordinator');
    expect(byKind.json().rows).toEqual([
      { key: 'cadre', name: '干部', nameEn: 'Cadre', longTerm: 1, flexible: 0 },
    ]);
    const byYear = await send('GET', '/api/people/counts?by=year', 'coordinator');
    expect(byYear.json().rows).toEqual([
      { key: '2023', name: '2023', nameEn: '2023', longTerm: 1, flexible: 0 },
    ]);
    const unknown = await on('area=659999');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('area');
  });

  it('masks personal data for all but the person’s donor and the coordinator, and logs each unmasked read', async () => {
    const published = await send('POST', `/api/people/persons/${ren}/publish`, 'shanghai');
    expect(published.statusCode, published.body).toBe(200);
    for (const who of ['beijing', 'auditor', 'kashgar']) {
      const res = await send('GET', `/api/people/persons/${ren}`, who);
      expect(res.statusCode, who).toBe(200);
      expect(res.json().personal, who).toEqual({
        phone: '138****5678',
        idCardNumber: '440*************14',
        birthYear: null,
        masked: true,
      });
      expect(res.json().can.update, who).toBe(false);
      const roster = await send('GET', '/api/people/roster?area=653100&date=2024-01-01', who);
      expect(roster.json().items[0].person.personal.phone, who).toBe('138****5678');
    }
    const history = await send('GET', `/api/history?entityType=person&entityId=${ren}`, 'auditor');
    expect(history.statusCode).toBe(200);
    const texts = JSON.stringify(history.json().items);
    expect(texts).not.toContain('13812345678');
    expect(texts).not.toContain('440524188001010014');
    expect(texts).toContain('138****5678');

    const log = async () =>
      (await send('GET', `/api/people/access-log?person=${ren}`, 'auditor')).json().items as Array<{
        actor: string;
        purpose: string;
      }>;
    const before = (await log()).length;
    const own = await send('GET', `/api/people/persons/${ren}`, 'coordinator');
    expect(own.json().personal.masked).toBe(false);
    const coordHistory = await send(
      'GET',
      `/api/history?entityType=person&entityId=${ren}`,
      'coordinator',
    );
    expect(JSON.stringify(coordHistory.json().items)).toContain('13812345678');
    const after = await log();
    expect(after.length).toBe(before + 2);
    expect(after.slice(0, 2).map((e) => e.purpose)).toEqual(['history', 'person']);
    // Masked reads are not logged.
    await send('GET', `/api/people/persons/${ren}`, 'beijing');
    await send('GET', '/api/people/roster?area=653100&date=2024-01-01', 'auditor');
    expect((await log()).length).toBe(after.length);
    expect((await send('GET', '/api/people/access-log', 'beijing')).statusCode).toBe(403);
    expect((await send('GET', '/api/people/access-log', 'shanghai')).statusCode).toBe(403);
  });

  it('ends a posting early only with a reason, and not twice', async () => {
    const person = (await send('GET', `/api/people/persons/${ren}`, 'shanghai')).json();
    const posting = person.postings[0].id;
    const postingVersion = person.postings[0].version as number;
    const url = `/api/people/postings/${posting}/end`;
    await expectRefusals([
      {
        run: () => send('POST', url, 'shanghai', { actualEnd: '2025-12-31' }),
        status: 422,
        field: 'reason',
      },
      {
        run: () => send('POST', url, 'shanghai', { actualEnd: '2023-06-01', reason: '身体原因' }),
        status: 422,
        field: 'actualEnd',
      },
      {
        run: () => send('POST', url, 'beijing', { actualEnd: '2025-12-31', reason: 'x' }),
        status: 403,
      },
    ]);
    const ended = await send(
      'POST',
      url,
      'shanghai',
      { actualEnd: '2025-12-31', reason: '工作需要，提前轮换' },
      { 'if-match': `"${postingVersion}"` },
    );
    expect(ended.statusCode, ended.body).toBe(200);
    // The ETag is the posting's new version (decision 0071); the person's moved on too.
    expect(ended.headers.etag).toBe(`"${postingVersion + 1}"`);
    expect(ended.json().version).toBe(person.version + 1);
    expect(ended.json().postings[0]).toMatchObject({
      actualEnd: '2025-12-31',
      endsOn: '2025-12-31',
      endReason: '工作需要，提前轮换',
      plannedEnd: '2026-06-30',
    });
    const roster = await send('GET', '/api/people/roster?donor=310000&date=2026-01-01', 'shanghai');
    expect(roster.json().total).toBe(0);
    await expectRefusals([
      {
        run: () => send('POST', url, 'shanghai', { actualEnd: '2025-12-30', reason: 'x' }),
        status: 409,
        field: 'actualEnd',
      },
    ]);
    // A cross-pair posting is accepted with its flag, after the early end.
    const cross = await send('POST', `/api/people/persons/${ren}/postings`, 'shanghai', {
      ...KASHGAR_BUREAU,
      area: '653225',
      termStart: '2026-01-01',
      mode: 'flexible',
      crossPair: true,
      kind: 'technician',
    });
    expect(cross.statusCode, cross.body).toBe(201);
    expect(cross.json().postings[1]).toMatchObject({ plannedEnd: '2027-06-30', crossPair: true });
  });

  it('refuses a second batch with the same number for the same donor and programme', async () => {
    await expectRefusals([
      {
        run: () => send('POST', '/api/people/batches', 'shanghai', { donor: '310000', number: 11 }),
        status: 409,
        field: 'number',
      },
    ]);
    const gd = await send('POST', '/api/people/batches', 'coordinator', {
      donor: '440000',
      number: 11,
    });
    expect(gd.statusCode).toBe(201);
  });
});
