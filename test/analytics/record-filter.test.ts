import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { type Actor, type Role, systemActor } from '../../src/domain/access.js';
import {
  col,
  type Dimension,
  type MeasureFilters,
  measureQuery,
  recordFilter,
  yearOf,
} from '../../src/modules/analytics/measure.js';
import { loadReference } from '../../src/modules/reference/reference.js';
import { describeEachDatabase } from '../support/db.js';

const user = (role: Role, orgCode: string | null, areaCode: string | null): Actor => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  via: 'session',
  grants: [{ role, orgCode, areaCode }],
});

/**
 * The contract's helpers for a one-donor, one-area table (what issue 9's modules use), on the
 * companies table: every filter, the shared visibility rule and the raw dimension keys.
 */
describeEachDatabase('measure helpers: recordFilter and measureQuery', (ctx) => {
  beforeAll(async () => {
    const now = new Date().toISOString();
    const company = (
      n: number,
      donor: string,
      area: string,
      signedOn: string,
      published: boolean,
      jobs: number,
    ) => ({
      name: `企业 ${n}`,
      creditCode: `TEST${n}`,
      industry: 'textile',
      programmeCode: 'xinjiang',
      donorCode: donor,
      areaCode: area,
      signedOn,
      investmentPlannedFen: 0,
      investmentArrivedFen: 0,
      jobsPlanned: 0,
      jobsActual: jobs,
      localHires: 0,
      note: null,
      publishedAt: published ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    await ctx.database.db
      .insertInto('companies')
      .values([
        company(1, '310000', '653130', '2024-01-01', true, 10),
        company(2, '440300', '653101', '2024-12-31', false, 20),
        company(3, '110000', '653201', '2025-01-01', false, 40),
      ])
      .execute();
  });

  const run = async (actor: Actor, filters: MeasureFilters = {}, dimensions: Dimension[] = []) => {
    const db = ctx.database.db;
    const ref = await loadReference(db);
    const input = {
      db,
      actor,
      ref,
      filters,
      donors: filters.donor ? ref.orgs.subtree(filters.donor) : null,
      areas: filters.area ? ref.areas.subtree(filters.area) : null,
      dimensions,
      areaLevel: null,
      granularity: 'year' as const,
    };
    const rows = await measureQuery(input, {
      from: sql`companies c`,
      where: recordFilter(input, {
        donor: 'c.donorCode',
        area: 'c.areaCode',
        programme: 'c.programmeCode',
        published: 'c.publishedAt',
        date: 'c.signedOn',
      }),
      value: sql`coalesce(sum(c.jobs_actual), 0)`,
      keys: {
        donor: col('c.donorCode'),
        area: col('c.areaCode'),
        year: yearOf(db, col('c.signedOn')),
      },
    }).execute();
    return rows.map((r) => ({
      ...r,
      value: Number(r.value),
      ...(r.year == null ? {} : { year: Number(r.year) }),
    }));
  };
  const total = async (actor: Actor, filters: MeasureFilters = {}) =>
    (await run(actor, filters))[0]?.value;

  it('filters on the programme, the donor subtree, the area subtree and the inclusive period', async () => {
    const all = systemActor('test');
    expect(await total(all)).toBe(70);
    expect(await total(all, { programme: 'xinjiang' })).toBe(70);
    expect(await total(all, { donor: '440000' })).toBe(20); // Shenzhen under Guangdong
    expect(await total(all, { area: '653100' })).toBe(30);
    expect(await total(all, { period: { from: '2024-01-01', to: '2024-12-31' } })).toBe(30);
    expect(await total(all, { period: { from: '2024-01-02', to: '2024-12-30' } })).toBe(0);
  });

  it("counts what the caller may see: never another donor's unpublished records", async () => {
    expect(await total(user('coordinator', null, null))).toBe(70);
    expect(await total(user('auditor', null, null))).toBe(70);
    expect(await total(user('donor-editor', '110000', null))).toBe(50);
    expect(await total(user('donor-editor', '310000', null))).toBe(10);
    expect(await total(user('donor-editor', '440000', null))).toBe(30);
    expect(await total(user('recipient-editor', null, '653200'))).toBe(50);
    expect(await total(user('viewer', null, null))).toBe(10);
    expect(await total({ kind: 'anonymous' })).toBe(10);
  });

  it('groups by the raw keys asked for', async () => {
    const rows = await run(systemActor('test'), {}, ['donor', 'area', 'year']);
    expect(rows.sort((a, b) => String(a.donor).localeCompare(String(b.donor)))).toEqual([
      { value: 40, donor: '110000', area: '653201', year: 2025 },
      { value: 10, donor: '310000', area: '653130', year: 2024 },
      { value: 20, donor: '440300', area: '653101', year: 2024 },
    ]);
  });
});
