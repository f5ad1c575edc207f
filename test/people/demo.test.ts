/**
 * The demo's people, teams, mentoring and institution pairings (src/seed/demo-people.ts): the
 * report's figures come back from POST /api/analytics/query, counted from the records (issue 9,
 * "Done means"), and the institution-pairing measures count only what the caller may see.
 */
import { beforeAll, expect, it } from 'vitest';
import { loadDemoPeople } from '../../src/seed/demo-people.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const TODAY = '2026-06-15';

describeEachDatabase('the demo’s people, mentoring and institution pairings', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const total = async (who: string, measure: string, filters: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: cookies[who] ?? '' },
      payload: { measures: [measure], dimensions: [], filters },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows[0][measure];
  };

  beforeAll(async () => {
    expect(await loadDemoPeople(ctx.database, TODAY)).toBeGreaterThan(40);
    expect(await loadDemoPeople(ctx.database, TODAY)).toBe(0); // loaded once
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.tianjin = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '120000',
    });
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
  });

  it('gives the report’s figures to any signed-in user', async () => {
    expect(await total('viewer', 'people_mentored', { donor: '120000', area: '653225' })).toBe(14);
    expect(await total('viewer', 'township_pairings', { donor: '120000' })).toBe(22);
    expect(await total('viewer', 'township_pairings', { area: '653200' })).toBe(22);
    expect(await total('viewer', 'institution_pairings', { donor: '120000' })).toBe(22);
    expect(await total('viewer', 'hospital_department_pairings', { donor: '310000' })).toBe(1);
    // Kashgar No. 2 is a prefecture hospital: the adoption sits in Kashgar, not in Bachu county.
    expect(await total('viewer', 'hospital_department_pairings', { area: '653100' })).toBe(1);
    expect(await total('viewer', 'hospital_department_pairings', { area: '653130' })).toBe(0);
    expect(await total('viewer', 'school_pairings')).toBe(0);
    const now = { period: { from: TODAY, to: TODAY } };
    expect(await total('viewer', 'people_serving', { donor: '310000', ...now })).toBe(1);
    expect(
      await total('viewer', 'people_serving', { donor: '220000', area: '654324', ...now }),
    ).toBe(3);
  });

  it('gives every institution pairing an English note, in English words (English screens)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/institution-pairings?limit=100',
      headers: { cookie: cookies.viewer ?? '' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { kind: string; note: string; noteEn: string | null }[];
    expect(items).toHaveLength(23);
    for (const p of items) {
      expect(p.note, 'the Chinese note stays').toMatch(/[\u4e00-\u9fff]/);
      expect(p.noteEn, p.note).toMatch(/^[A-Z][A-Za-z0-9 ,.:'’–-]+$/);
    }
    expect(items.find((p) => p.kind === 'hospital-department')?.noteEn).toBe(
      'Hospital adopts a department: oral and maxillofacial surgery',
    );
  });

  it('dates what the report dates, and moves the rest with the load date', async () => {
    const lastYear = Number(TODAY.slice(0, 4)) - 1;
    const before = { period: { from: '2000-01-01', to: `${lastYear - 1}-12-31` } };
    expect(await total('viewer', 'township_pairings', before)).toBe(0);
    const onStart = { period: { from: `${lastYear}-01-01`, to: `${lastYear}-01-01` } };
    expect(await total('viewer', 'township_pairings', onStart)).toBe(22);
    const beforeNi = { period: { from: '2024-01-01', to: '2024-08-31' } };
    expect(await total('viewer', 'people_mentored', beforeNi)).toBe(0);
    expect(await total('viewer', 'people_sent', { donor: '120000', ...beforeNi })).toBe(1);
  });

  it('counts another donor’s unpublished pairing only for that donor and the programme office', async () => {
    const township = await ctx.database.db
      .selectFrom('areas')
      .select('code')
      .where('parentCode', '=', '653227')
      .orderBy('code', 'desc')
      .executeTakeFirstOrThrow();
    const parentOf = await ctx.database.db
      .selectFrom('pairings')
      .select('id')
      .where('donorCode', '=', '120000')
      .where('recipientAreaCode', '=', '653227')
      .where('kind', 'is', null)
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/institution-pairings',
      headers: { cookie: cookies.tianjin ?? '' },
      payload: {
        kind: 'township',
        parentId: parentOf.id,
        donorCode: '120000',
        recipientAreaCode: township.code,
        validFrom: '2026-01-01',
        note: 'unpublished',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await total('tianjin', 'township_pairings', { donor: '120000' })).toBe(23);
    expect(await total('coordinator', 'township_pairings', { donor: '120000' })).toBe(23);
    expect(await total('beijing', 'township_pairings', { donor: '120000' })).toBe(22);
    // 22 township pairings and the hospital adoption, published; not the new one
    expect(await total('viewer', 'institution_pairings')).toBe(23);
  });
});
