import { beforeAll, expect, it } from 'vitest';
import { historyCount, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('consumption-aid sales API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let guangdong = '';
  let beijing = '';
  const send = (
    method: 'GET' | 'POST' | 'PATCH',
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
  const sale = (over: object = {}) => ({
    donor: '440000',
    area: '653121',
    month: '2026-10',
    channel: 'experience-hall',
    productCategory: 'dried-fruit',
    product: '红枣',
    amountFen: 1_000_000,
    quantity: 2,
    unit: '吨',
    ...over,
  });
  const rows = async () =>
    Number(
      (
        await ctx.database.db
          .selectFrom('consumptionSales')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const refused = async (run: () => ReturnType<typeof send>, status: number, fields: string[]) => {
    const [history, count] = [await historyCount(ctx.database), await rows()];
    const res = await run();
    expect(res.statusCode, res.body).toBe(status);
    const named = (res.json().errors ?? []).map((e: { field: string }) => e.field);
    for (const f of fields) expect(named).toContain(f);
    expect(await historyCount(ctx.database)).toBe(history);
    expect(await rows()).toBe(count);
    return res;
  };

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    guangdong = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '440000' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });

  it('records one sale and sums sales by channel, category and month', async () => {
    const one = await send('POST', '/api/consumption-sales', guangdong, sale());
    expect(one.statusCode, one.body).toBe(201);
    expect(one.json()).toMatchObject({ amountFen: 1_000_000, quantity: 2, can: { update: true } });
    expect(one.json()).toMatchObject({
      donor: { code: '440000', name: '广东省', nameEn: 'Guangdong' },
      area: {
        code: '653121',
        name: '疏附县',
        nameEn: 'Shufu County',
        nameUg: 'كونا شەھەر ناھىيىسى',
      },
    });
    const bulk = await send('POST', '/api/consumption-sales/bulk', guangdong, {
      rows: [
        sale({ channel: 'online-platform', amountFen: 500, month: '2026-09' }),
        sale({ channel: 'canteen-purchase', productCategory: 'nuts', amountFen: 700 }),
      ],
    });
    expect(bulk.statusCode, bulk.body).toBe(201);
    expect(bulk.json().created).toBe(2);
    const byChannel = (
      await send('GET', '/api/consumption-sales/summary?by=channel&donor=440000', guangdong)
    ).json();
    expect(byChannel.rows).toEqual([
      { key: 'canteen-purchase', amountFen: 700, rows: 1 },
      { key: 'experience-hall', amountFen: 1_000_000, rows: 1 },
      { key: 'online-platform', amountFen: 500, rows: 1 },
    ]);
    const byMonth = (
      await send(
        'GET',
        '/api/consumption-sales/summary?by=month&from=2026-10&to=2026-10',
        guangdong,
      )
    ).json();
    expect(byMonth.rows).toEqual([{ key: '2026-10', amountFen: 1_000_700, rows: 2 }]);
    const list = (await send('GET', '/api/consumption-sales?area=653100', guangdong)).json();
    expect(list).toMatchObject({ total: 3, amountFen: 1_001_200 });
  });

  it('refuses a negative sale or quantity naming the field, nothing saved', async () => {
    await refused(
      () => send('POST', '/api/consumption-sales', guangdong, sale({ amountFen: -1 })),
      400,
      ['body.amountFen'],
    );
    await refused(
      () => send('POST', '/api/consumption-sales', guangdong, sale({ quantity: -3 })),
      400,
      ['body.quantity'],
    );
    await refused(
      () => send('POST', '/api/consumption-sales', guangdong, sale({ month: '2026-13' })),
      400,
      ['body.month'],
    );
  });

  it('bulk is all or nothing: every refused row named, none saved', async () => {
    await refused(
      () =>
        send('POST', '/api/consumption-sales/bulk', guangdong, {
          rows: [sale(), sale({ amountFen: -5 }), sale({ quantity: -1 })],
        }),
      400,
      ['body.rows.1.amountFen', 'body.rows.2.quantity'],
    );
    const res = await refused(
      () =>
        send('POST', '/api/consumption-sales/bulk', guangdong, {
          rows: [sale(), sale({ area: '659999' }), sale({ donor: 'NOPE' })],
        }),
      422,
      ['rows.1.area', 'rows.2.donor'],
    );
    expect(res.json().code).toBe('consumption.bulkRefused');
  });

  it("keeps another donor's unpublished sales out of every answer and its writes out", async () => {
    const hidden = (await send('POST', '/api/consumption-sales', guangdong, sale())).json();
    const shown = (
      await send(
        'POST',
        '/api/consumption-sales',
        guangdong,
        sale({ published: true, amountFen: 9 }),
      )
    ).json();
    expect((await send('GET', `/api/consumption-sales/${hidden.id}`, beijing)).statusCode).toBe(
      404,
    );
    expect((await send('GET', `/api/consumption-sales/${shown.id}`, beijing)).statusCode).toBe(200);
    const list = (
      await send('GET', '/api/consumption-sales?donor=440000&limit=500', beijing)
    ).json();
    expect(list.items.map((s: { id: number }) => s.id)).toEqual([shown.id]);
    expect(list.amountFen).toBe(9);
    const summary = (
      await send('GET', '/api/consumption-sales/summary?donor=440000', beijing)
    ).json();
    expect(summary.amountFen).toBe(9);
    await refused(() => send('POST', '/api/consumption-sales', beijing, sale()), 403, []);
    await refused(
      () =>
        send('POST', '/api/consumption-sales/bulk', beijing, {
          rows: [sale({ donor: '110000' }), sale()],
        }),
      403,
      [],
    );
    for (const id of [hidden.id, shown.id]) {
      await refused(
        () => send('PATCH', `/api/consumption-sales/${id}`, beijing, { amountFen: 1 }),
        403,
        [],
      );
    }
  });

  it('changes a sale with If-Match, 409 when stale', async () => {
    const s = (await send('POST', '/api/consumption-sales', coordinator, sale())).json();
    const ok = await send(
      'PATCH',
      `/api/consumption-sales/${s.id}`,
      guangdong,
      { amountFen: 42 },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ amountFen: 42, version: 2 });
    await refused(
      () =>
        send(
          'PATCH',
          `/api/consumption-sales/${s.id}`,
          guangdong,
          { amountFen: 1 },
          {
            'if-match': '"1"',
          },
        ),
      409,
      ['version'],
    );
    await refused(
      () => send('PATCH', `/api/consumption-sales/${s.id}`, guangdong, { quantity: -1 }),
      400,
      ['body.quantity'],
    );
  });

  it('keeps a published sale published when a change does not name its publication', async () => {
    const s = (
      await send('POST', '/api/consumption-sales', guangdong, sale({ published: true }))
    ).json();
    expect(s.publishedAt).not.toBeNull();
    const noted = await send(
      'PATCH',
      `/api/consumption-sales/${s.id}`,
      guangdong,
      { note: '备注', quantity: 3 },
      { 'if-match': `"${s.version}"` },
    );
    expect(noted.statusCode, noted.body).toBe(200);
    expect(noted.json()).toMatchObject({ note: '备注', quantity: 3, publishedAt: s.publishedAt });
    const withdrawn = await send(
      'PATCH',
      `/api/consumption-sales/${s.id}`,
      guangdong,
      { published: false },
      { 'if-match': `"${s.version + 1}"` },
    );
    expect(withdrawn.json()).toMatchObject({ publishedAt: null });
  });
});
