import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

/** GET /api/people/persons: every person one may see, postings or not, masked as elsewhere. */
describeEachDatabase('the list of persons', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const send = (method: 'GET' | 'POST', url: string, who: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: cookies[who] ?? '' },
      ...(payload ? { payload } : {}),
    });
  const names = (res: { json: () => { items: { nameZh: string }[] } }) =>
    res.json().items.map((p) => p.nameZh);

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
    const people = [
      { who: 'shanghai', nameZh: '任耕坡', donor: '310000', published: false },
      { who: 'shanghai', nameZh: '沪甲', donor: '310000', published: true },
      { who: 'beijing', nameZh: '京乙', donor: '110000', published: false },
    ];
    for (const p of people) {
      const res = await send('POST', '/api/people/persons', p.who, {
        nameZh: p.nameZh,
        sex: 'male',
        phone: '13812345678',
        donor: p.donor,
        published: p.published,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('lists persons without postings, only those the caller may see, by name', async () => {
    const shanghai = await send('GET', '/api/people/persons', 'shanghai');
    expect(shanghai.statusCode, shanghai.body).toBe(200);
    expect(names(shanghai)).toEqual(['任耕坡', '沪甲'].sort());
    expect(shanghai.json().total).toBe(2);
    expect(shanghai.json().items[0].postings).toBe(0);
    const beijing = await send('GET', '/api/people/persons', 'beijing');
    expect(names(beijing).sort()).toEqual(['京乙', '沪甲'].sort());
    const coordinator = await send('GET', '/api/people/persons', 'coordinator');
    expect(coordinator.json().total).toBe(3);
    const anonymous = await send('GET', '/api/people/persons', 'nobody');
    expect([200, 401]).toContain(anonymous.statusCode);
    if (anonymous.statusCode === 200) expect(names(anonymous)).toEqual(['沪甲']);
  });

  it('masks another donor’s personal data and logs the unmasked reads', async () => {
    const beijing = await send('GET', '/api/people/persons?q=%E6%B2%AA', 'beijing');
    expect(names(beijing)).toEqual(['沪甲']);
    expect(beijing.json().items[0].personal).toEqual({
      phone: '138****5678',
      idCardNumber: null,
      birthYear: null,
      masked: true,
    });
    const before = await ctx.database.db
      .selectFrom('personAccessLog')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('purpose', '=', 'person-list')
      .executeTakeFirstOrThrow();
    const shanghai = await send('GET', '/api/people/persons?q=%E6%B2%AA', 'shanghai');
    expect(shanghai.json().items[0].personal.phone).toBe('13812345678');
    expect(shanghai.json().items[0].personal.masked).toBe(false);
    const after = await ctx.database.db
      .selectFrom('personAccessLog')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('purpose', '=', 'person-list')
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(1);
  });

  it('filters by donor subtree and pages; an unknown donor is a 422 naming it', async () => {
    const byDonor = await send('GET', '/api/people/persons?donor=110000', 'coordinator');
    expect(names(byDonor)).toEqual(['京乙']);
    const paged = await send('GET', '/api/people/persons?limit=1&offset=1', 'coordinator');
    expect(paged.json().items).toHaveLength(1);
    expect(paged.json().total).toBe(3);
    const unknown = await send('GET', '/api/people/persons?donor=999999', 'coordinator');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('donor');
    const wildcard = await send('GET', '/api/people/persons?q=%25', 'coordinator');
    expect(wildcard.json().total).toBe(0);
  });
});
