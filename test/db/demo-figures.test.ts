import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { HOTAN_ARRIVED_FEN, HOTAN_PLANNED_FEN } from '../../src/seed/demo-companies.js';
import { ENGLISH_PAIRING_NOTES } from '../../src/seed/reference.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

/**
 * The demo's records show real or plausible figures on their screens, never an empty 0 where the
 * record has a figure (../shared/seed/FACTS.md; the illustrative ones say so in their note), and
 * the pairing table's notes read in English too.
 */
describeEachDatabase('demo figures on screen', (ctx) => {
  let app: App;
  let cookie: string;
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  beforeAll(async () => {
    await loadDemoData(ctx.database, { accounts: true, today: '2026-07-06' });
    app = await buildTestApp(ctx.database);
    cookie = await loginAs(app, ctx.database, { role: 'coordinator' });
  }, 240_000);
  afterAll(async () => app.close());

  it('gives the Hotan textile company its planned and arrived investment, in fen', async () => {
    const list = await get('/api/companies?limit=500');
    const hotan = list.items.find((c: { name: string }) => c.name.startsWith('和田市产业园纺织'));
    expect(hotan).toBeDefined();
    const one = await get(`/api/companies/${hotan.id}`);
    expect(one).toMatchObject({
      investmentPlannedFen: HOTAN_PLANNED_FEN,
      investmentArrivedFen: HOTAN_ARRIVED_FEN,
      jobsPlanned: 3000,
      jobsActual: 700,
    });
    expect(HOTAN_ARRIVED_FEN).toBeLessThan(HOTAN_PLANNED_FEN);
    expect(one.note).toContain('示意');
    const measured = await app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie },
      payload: { measures: ['company_investment_fen'], filters: { donor: '110000' } },
    });
    expect(measured.json().rows).toEqual([{ company_investment_fen: HOTAN_ARRIVED_FEN }]);
  });

  it('shows every demo company with investment and jobs, none 0', async () => {
    const list = await get('/api/companies?limit=500');
    expect(list.items).toHaveLength(22);
    for (const c of list.items) {
      expect(c.investmentPlannedFen, c.name).toBeGreaterThan(0);
      expect(c.investmentArrivedFen, c.name).toBeGreaterThan(0);
      expect(c.investmentArrivedFen, c.name).toBeLessThanOrEqual(c.investmentPlannedFen);
      expect(c.jobsPlanned, c.name).toBeGreaterThan(0);
      expect(c.jobsActual, c.name).toBeGreaterThan(0);
      expect(c.localHires, c.name).toBeGreaterThan(0);
      expect(c.localHires, c.name).toBeLessThanOrEqual(c.jobsActual);
    }
  });

  it('gives the pairing table’s three notes in English too', async () => {
    const list = await get('/api/pairings?programme=xinjiang');
    const noted = list.items.filter(
      (p: { note: string | null; parentId: number | null }) => p.note && p.parentId === null,
    );
    expect(noted).toHaveLength(3);
    for (const p of noted) {
      expect(p.note).not.toMatch(/[A-Za-z]{3,}/);
      expect(p.noteEn).toBe(ENGLISH_PAIRING_NOTES[`${p.donor.code}>${p.recipient?.code}`]);
    }
  });

  it('counts those at each exchange, and the certificates of Henan’s courses', async () => {
    const db = ctx.database.db;
    const empty = await db
      .selectFrom('exchangeActivities')
      .select('title')
      .where((eb) => eb(eb('participantsLocal', '+', eb.ref('participantsDonor')), '=', 0))
      .execute();
    expect(empty).toEqual([]);
    const henan = await db
      .selectFrom('trainingSessions')
      .select(['topic', 'certificates'])
      .where('organiserCode', '=', '410000')
      .execute();
    expect(henan).toHaveLength(12);
    for (const s of henan) expect(s.certificates, s.topic).toBeGreaterThan(0);
  });
});
