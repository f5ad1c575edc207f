import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { BEIJING, hotanLedger, SHANGHAI, TIANJIN } from './support.js';

interface Funds {
  area: { code: string; name: string };
  projects: { count: number; latest: Array<{ code: string; leadDonor: { code: string } }> };
  funds: Array<{
    donor: { code: string };
    year: number;
    totalFen: number;
    inPairFen: number;
    crossPairFen: number;
    projects: number;
  }>;
  donors: Array<{ code: string; areas: Array<{ code: string }> }>;
}

/** An area's money: its subtree's projects, funds by donor and year, and its donors. */
describeEachDatabase('area funds', (ctx) => {
  const t = useApp(ctx);
  const get = async (url: string, cookie?: string) => {
    const res = await t.app.inject({ url, headers: cookie ? { cookie } : {} });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Funds;
  };
  const row = (f: Funds, donor: string, year: number) =>
    f.funds.find((x) => x.donor.code === donor && x.year === year);
  let coordinator = '';

  beforeAll(async () => {
    await hotanLedger(ctx.database);
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
  });

  it('lists the donors of a prefecture’s counties (Hotan: Beijing, Tianjin, Anhui)', async () => {
    const f = await get('/api/areas/653200/funds');
    expect(f.area.code).toBe('653200');
    const codes = f.donors.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining([BEIJING, TIANJIN, '340000']));
    expect(codes).not.toContain(SHANGHAI);
    const beijing = f.donors.find((d) => d.code === BEIJING);
    expect(beijing?.areas.map((a) => a.code)).toEqual(
      expect.arrayContaining(['653201', '653221', '653222', '653224']),
    );
    // A county lists the donors paired with it, not its neighbours'.
    const city = await get('/api/areas/653201/funds');
    expect(city.donors.map((d) => d.code)).toEqual([BEIJING]);
  });

  it('sums the subtree’s disbursements by donor and year, in-pair and cross-pair', async () => {
    const f = await get('/api/areas/653200/funds', coordinator);
    expect(f.projects.count).toBe(4);
    expect(row(f, BEIJING, 2024)).toMatchObject({
      totalFen: 10_000_000,
      inPairFen: 10_000_000,
      crossPairFen: 0,
      projects: 1,
    });
    expect(row(f, SHANGHAI, 2024)).toMatchObject({
      totalFen: 5_000_000,
      inPairFen: 0,
      crossPairFen: 5_000_000,
    });
    // Only the half of HF-SPLIT located in Hotan city counts here.
    expect(row(f, BEIJING, 2025)).toMatchObject({ totalFen: 15_000, inPairFen: 15_000 });
    expect(row(f, TIANJIN, 2024)?.totalFen).toBe(2_000_000);
    expect(f.funds.map((x) => x.year)).toEqual([2025, 2024, 2024, 2024]);
    // Bachu (Kashgar) holds the other half and Shanghai's own project.
    const bachu = await get('/api/areas/653130/funds', coordinator);
    expect(row(bachu, BEIJING, 2025)).toMatchObject({ totalFen: 15_000, crossPairFen: 15_000 });
    expect(row(bachu, SHANGHAI, 2024)).toMatchObject({ totalFen: 7_000_000, inPairFen: 7_000_000 });
    // The province sums everything, the split project whole.
    const xinjiang = await get('/api/areas/650000/funds', coordinator);
    expect(row(xinjiang, BEIJING, 2025)?.totalFen).toBe(30_000);
    expect(row(xinjiang, SHANGHAI, 2024)).toMatchObject({
      totalFen: 12_000_000,
      crossPairFen: 5_000_000,
    });
    expect(xinjiang.projects.count).toBe(5);
  });

  it('counts only what the caller may see: published for anonymous, own for a donor', async () => {
    const anonymous = await get('/api/areas/653200/funds');
    expect(anonymous.projects.count).toBe(1);
    expect(anonymous.funds.map((x) => x.donor.code)).toEqual([TIANJIN]);
    expect(anonymous.projects.latest.map((p) => p.leadDonor.code)).toEqual([TIANJIN]);

    const beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: BEIJING });
    const own = await get('/api/areas/653200/funds', beijing);
    expect(own.projects.count).toBe(3);
    expect(own.funds.some((x) => x.donor.code === SHANGHAI)).toBe(false);
    expect(JSON.stringify(own)).not.toContain('HF-SH');

    const hotan = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    const area = await get('/api/areas/653200/funds', hotan);
    expect(area.projects.count).toBe(4);
    expect(row(area, SHANGHAI, 2024)?.crossPairFen).toBe(5_000_000);
  });

  it('answers 404 for an area that does not exist', async () => {
    const res = await t.app.inject({ url: '/api/areas/659999/funds' });
    expect(res.statusCode).toBe(404);
  });
});
