import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

/** GET /api/people/counts?by=area rolls the area tree up (decision 0025). */
describeEachDatabase('people counts by area, rolled up', (ctx) => {
  const t = useApp(ctx);
  let cookie = '';
  const send = (method: 'GET' | 'POST', url: string, payload?: object, ifMatch?: string) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    cookie = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    // Beijing: two in Hotan county (one of them flexible), one in Hotan city, one at the prefecture.
    const postings = [
      { area: '653221', mode: 'long-term' },
      { area: '653221', mode: 'flexible' },
      { area: '653201', mode: 'long-term' },
      { area: '653200', mode: 'long-term' },
    ];
    for (const [i, p] of postings.entries()) {
      const person = await send('POST', '/api/people/persons', {
        nameZh: `京${i}`,
        sex: 'female',
        donor: '110000',
      });
      expect(person.statusCode, person.body).toBe(201);
      const posted = await send(
        'POST',
        `/api/people/persons/${person.json().id}/postings`,
        {
          kind: 'teacher',
          hostOrgName: '和田地区某学校',
          area: p.area,
          role: '教师',
          mode: p.mode,
          termStart: '2025-09-01',
        },
        '"1"',
      );
      expect(posted.statusCode, posted.body).toBe(201);
    }
  });

  const rows = async (query: string) => {
    const res = await send('GET', `/api/people/counts?by=area&date=2026-01-01${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as {
      key: string;
      name: string;
      nameEn: string;
      longTerm: number;
      flexible: number;
    }[];
  };

  it('rolls up to the children of the area asked for, the area itself for postings there', async () => {
    expect(await rows('&area=653200')).toEqual([
      { key: '653200', name: '和田地区', nameEn: 'Hotan Prefecture', longTerm: 1, flexible: 0 },
      { key: '653201', name: '和田市', nameEn: 'Hotan City', longTerm: 1, flexible: 0 },
      { key: '653221', name: '和田县', nameEn: 'Hotan County', longTerm: 1, flexible: 1 },
    ]);
    expect(await rows('&area=653221')).toEqual([
      { key: '653221', name: '和田县', nameEn: 'Hotan County', longTerm: 1, flexible: 1 },
    ]);
  });

  it('rolls up to the prefectures without an area, and to the province’s children from it', async () => {
    expect(await rows('')).toEqual([
      { key: '653200', name: '和田地区', nameEn: 'Hotan Prefecture', longTerm: 3, flexible: 1 },
    ]);
    expect(await rows('&area=650000')).toEqual([
      { key: '653200', name: '和田地区', nameEn: 'Hotan Prefecture', longTerm: 3, flexible: 1 },
    ]);
  });
});
