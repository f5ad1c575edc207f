/**
 * The area parts and project places (migration 0014, decision 0029): each project's actual
 * disbursements split by its location shares into every area it lies in or under, exact to the
 * fen, and their totals per area (kept by triggers), stay equal to a computation from scratch
 * after every kind of write that moves them — a disbursement and its reversal, locations, shares,
 * donors, publication — on both engines; a rebuild gives what the writes gave, and repairs totals
 * that drifted; the area funds and the registry's area filter read them.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { createTransaction, reverseTransaction } from '../../src/modules/ledger/service.js';
import { projectionsNamed, rebuild, verifyProjections } from '../../src/modules/maintenance.js';
import { updateProject } from '../../src/modules/projects/update.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

const SHANGHAI = '310000';
const JIANGSU = '320000';
const BEIJING = '110000';

interface Funds {
  projects: { count: number; latest: Array<{ code: string }> };
  funds: Array<{
    donor: { code: string };
    year: number;
    totalFen: number;
    crossPairFen: number;
    projects: number;
  }>;
}

describeEachDatabase('area parts and project places', (ctx) => {
  const t = useApp(ctx);
  const actor = systemActor('test');
  const svc = () => ({ actor, db: ctx.database.db });
  let coordinator = '';
  let split = '';

  /** One project's stored parts, after checking every projection (and the totals) is current. */
  async function partsOf(code: string) {
    const db = ctx.database.db;
    expect(await verifyProjections(db)).toEqual([]);
    const rows = await db
      .selectFrom('areaParts as ap')
      .innerJoin('projects as p', 'p.id', 'ap.projectId')
      .select([
        'ap.areaCode',
        'ap.donorCode',
        'ap.year',
        'ap.published',
        'ap.amountFen',
        'ap.crossPairFen',
      ])
      .where('p.code', '=', code)
      .orderBy('ap.areaCode')
      .orderBy('ap.donorCode')
      .orderBy('ap.year')
      .execute();
    return rows.map(
      (r) =>
        `${r.areaCode} ${r.donorCode} ${r.year} ${Number(r.published) ? 'pub' : 'unpub'} ${Number(r.amountFen)} ${Number(r.crossPairFen)}`,
    );
  }

  async function placesOf(code: string) {
    const rows = await ctx.database.db
      .selectFrom('projectPlaces as pp')
      .innerJoin('projects as p', 'p.id', 'pp.projectId')
      .select('pp.areaCode')
      .where('p.code', '=', code)
      .orderBy('pp.areaCode')
      .execute();
    return rows.map((r) => r.areaCode);
  }

  const funds = async (area: string, cookie?: string) => {
    const res = await t.app.inject({
      url: `/api/areas/${area}/funds`,
      headers: cookie ? { cookie } : {},
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Funds;
  };
  const fundsOf = (f: Funds, donor: string, year: number) =>
    f.funds.find((x) => x.donor.code === donor && x.year === year);

  const registry = async (area: string) => {
    const res = await t.app.inject({
      url: `/api/projects?area=${area}&limit=100`,
      headers: { cookie: coordinator },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Array<{ code: string }>; total: number }).items.map(
      (i) => i.code,
    );
  };

  /** The registry's total for the area as the caller sees it (counted from the area's totals). */
  const registryTotal = async (area: string, cookie?: string) => {
    const res = await t.app.inject({
      url: `/api/projects?area=${area}&limit=1`,
      headers: cookie ? { cookie } : {},
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { total: number }).total;
  };

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    // Shanghai 60% / Jiangsu 40%, a third each in Zepu and Bachu (Kashgar, Shanghai's counties)
    // and in Hotan city (Hotan, Beijing's county); unpublished.
    split = (
      await createTestProject(ctx.database, {
        donor: undefined,
        donors: [
          { org: SHANGHAI, shareBp: 6000 },
          { org: JIANGSU, shareBp: 4000 },
        ],
        locations: [
          { area: '653124', shareBp: 3333 },
          { area: '653130', shareBp: 3333 },
          { area: '653201', shareBp: 3334 },
        ],
        year: 2023,
        published: false,
      } as never)
    ).code;
  });

  it('places a project in its locations and every area above them', async () => {
    expect(await placesOf(split)).toEqual([
      '650000',
      '653100',
      '653124',
      '653130',
      '653200',
      '653201',
    ]);
    expect(await partsOf(split)).toEqual([]);
    expect(await registry('653100')).toContain(split);
    expect(await registry('653200')).toContain(split);
    expect(await registry('653225')).not.toContain(split);
  });

  it('splits a disbursement by donor, then by location, to the fen; wholly inside: all of it', async () => {
    await createTransaction(svc(), split, {
      type: 'disbursement',
      valueFen: 100_01,
      date: '2023-05-01',
      planned: false,
    } as never);
    // 10,001 fen: Shanghai 6,001 and Jiangsu 4,000 (largest remainder); Shanghai's 6,001 by
    // 3333/3333/3334 bp is 2,000 + 2,000 + 2,001, Jiangsu's 4,000 is 1,333 + 1,333 + 1,334.
    // Shanghai in Hotan city is cross-pair (Beijing's county); in Kashgar in-pair.
    const rows = await partsOf(split);
    expect(rows.filter((r) => r.includes(` ${SHANGHAI} `))).toEqual([
      `650000 ${SHANGHAI} 2023 unpub 6001 2001`,
      `653100 ${SHANGHAI} 2023 unpub 4000 0`,
      `653124 ${SHANGHAI} 2023 unpub 2000 0`,
      `653130 ${SHANGHAI} 2023 unpub 2000 0`,
      `653200 ${SHANGHAI} 2023 unpub 2001 2001`,
      `653201 ${SHANGHAI} 2023 unpub 2001 2001`,
    ]);
    expect(
      rows.filter((r) => r.includes(` ${JIANGSU} `)).map((r) => r.split(' ').slice(0, 5)),
    ).toEqual([
      ['650000', JIANGSU, '2023', 'unpub', '4000'],
      ['653100', JIANGSU, '2023', 'unpub', '2666'],
      ['653124', JIANGSU, '2023', 'unpub', '1333'],
      ['653130', JIANGSU, '2023', 'unpub', '1333'],
      ['653200', JIANGSU, '2023', 'unpub', '1334'],
      ['653201', JIANGSU, '2023', 'unpub', '1334'],
    ]);
    // Through the route: the coordinator sees them, anonymous callers (unpublished) do not.
    expect(fundsOf(await funds('653100', coordinator), SHANGHAI, 2023)).toMatchObject({
      totalFen: 4000,
      crossPairFen: 0,
      projects: 1,
    });
    expect(fundsOf(await funds('650000', coordinator), JIANGSU, 2023)?.totalFen).toBe(4000);
    expect(fundsOf(await funds('653100'), SHANGHAI, 2023)).toBeUndefined();
  });

  it('follows a reversal: the year nets to zero and leaves the funds', async () => {
    const entry = await createTransaction(svc(), split, {
      type: 'disbursement',
      valueFen: 7_77,
      date: '2023-06-01',
      planned: false,
    } as never);
    expect((await partsOf(split))[0]).toBe(`650000 ${SHANGHAI} 2023 unpub 6467 2156`);
    await reverseTransaction(svc(), split, entry.id, { date: '2023-06-02', reason: '录错' });
    expect((await partsOf(split))[0]).toBe(`650000 ${SHANGHAI} 2023 unpub 6001 2001`);
    // A year recorded and reversed whole: its parts are zero, its funds row is gone.
    const late = await createTransaction(svc(), split, {
      type: 'disbursement',
      valueFen: 5_00,
      date: '2024-03-01',
      planned: false,
    } as never);
    expect(fundsOf(await funds('653100', coordinator), SHANGHAI, 2024)?.totalFen).toBe(200);
    await reverseTransaction(svc(), split, late.id, { date: '2024-03-02', reason: '录错' });
    const rows = await partsOf(split);
    expect(rows.filter((r) => r.includes(' 2024 ')).every((r) => r.endsWith(' 0 0'))).toBe(true);
    expect(fundsOf(await funds('653100', coordinator), SHANGHAI, 2024)).toBeUndefined();
  });

  it('follows the locations and their shares', async () => {
    // Hotan city leaves; Zepu takes 70%, Bachu 30%.
    await updateProject(svc(), split, {
      locations: [
        { area: '653124', shareBp: 7000 },
        { area: '653130', shareBp: 3000 },
      ],
    } as never);
    expect(await placesOf(split)).toEqual(['650000', '653100', '653124', '653130']);
    const rows = await partsOf(split);
    expect(rows.filter((r) => r.includes(` ${SHANGHAI} 2023`))).toEqual([
      `650000 ${SHANGHAI} 2023 unpub 6001 0`,
      `653100 ${SHANGHAI} 2023 unpub 6001 0`,
      `653124 ${SHANGHAI} 2023 unpub 4201 0`,
      `653130 ${SHANGHAI} 2023 unpub 1800 0`,
    ]);
    expect(rows.some((r) => r.startsWith('6532'))).toBe(false);
    expect(fundsOf(await funds('653200', coordinator), SHANGHAI, 2023)).toBeUndefined();
    expect(await registry('653200')).not.toContain(split);
    expect(await registry('653124')).toContain(split);
  });

  it('follows the donors and their shares', async () => {
    await updateProject(svc(), split, {
      donors: [
        { org: SHANGHAI, shareBp: 5000 },
        { org: BEIJING, shareBp: 5000 },
      ],
    } as never);
    const rows = await partsOf(split);
    expect(rows.some((r) => r.includes(` ${JIANGSU} `))).toBe(false);
    // 10,001 fen halved: Beijing 5,001, Shanghai 5,000 (a tie: the odd fen to the first by
    // code). Beijing in Kashgar (Shanghai's counties) is cross-pair.
    expect(rows.filter((r) => r.startsWith('650000 ') && r.includes(' 2023 '))).toEqual([
      `650000 ${BEIJING} 2023 unpub 5001 5001`,
      `650000 ${SHANGHAI} 2023 unpub 5000 0`,
    ]);
  });

  it('follows publication: the totals move, and every caller sees the published ones', async () => {
    const anonymousTotal = await registryTotal('653100');
    const coordinatorTotal = await registryTotal('653100', coordinator);
    expect(coordinatorTotal).toBe(anonymousTotal + 1);
    const before = await funds('653100');
    expect(before.projects.latest.map((p) => p.code)).not.toContain(split);
    expect(fundsOf(before, SHANGHAI, 2023)).toBeUndefined();
    await updateProject(svc(), split, { published: true } as never);
    expect((await partsOf(split))[0]).toMatch(/ pub /);
    expect(await registryTotal('653100')).toBe(anonymousTotal + 1);
    expect(await registryTotal('653100', coordinator)).toBe(coordinatorTotal);
    const after = await funds('653100');
    expect(after.projects.count).toBe(before.projects.count + 1);
    expect(fundsOf(after, SHANGHAI, 2023)?.totalFen).toBe(5000);
    // A donor editor of another donor sees it now too; unpublished, again it would not.
    const tianjin = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '120000' });
    expect(fundsOf(await funds('653100', tianjin), BEIJING, 2023)?.totalFen).toBe(5001);
    await updateProject(svc(), split, { published: false } as never);
    expect(fundsOf(await funds('653100', tianjin), BEIJING, 2023)).toBeUndefined();
    expect(await registryTotal('653100', tianjin)).toBe(anonymousTotal);
    // Its own donor still does.
    const beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: BEIJING });
    expect(await registryTotal('653100', beijing)).toBe(anonymousTotal + 1);
    expect(fundsOf(await funds('653100', beijing), BEIJING, 2023)?.totalFen).toBe(5001);
    expect(fundsOf(await funds('653100', beijing), SHANGHAI, 2023)?.totalFen).toBe(5000);
    await partsOf(split);
  });

  it('stays right when projects of one area are written at the same moment', async () => {
    const codes = await Promise.all(
      [1, 2, 3].map(
        async () =>
          (
            await createTestProject(ctx.database, {
              locations: [{ area: '653130', shareBp: 10000 }],
              year: 2023,
            } as never)
          ).code,
      ),
    );
    await Promise.all(
      codes.flatMap((code, i) => [
        createTransaction(svc(), code, {
          type: 'disbursement',
          valueFen: 1_00 + i,
          date: '2023-08-01',
          planned: false,
        } as never),
        createTransaction(svc(), code, {
          type: 'disbursement',
          valueFen: 2_00,
          date: '2023-08-02',
          planned: false,
        } as never),
      ]),
    );
    await partsOf(codes[0] as string);
  });

  it('rebuilds to what the writes kept, and a rebuild repairs drifted totals', async () => {
    const db = ctx.database.db;
    const snapshot = async () => ({
      parts: await db
        .selectFrom('areaParts')
        .selectAll()
        .orderBy(['projectId', 'areaCode', 'donorCode', 'year'])
        .execute(),
      places: await db
        .selectFrom('projectPlaces')
        .selectAll()
        .orderBy(['projectId', 'areaCode'])
        .execute(),
      totals: await db
        .selectFrom('areaFundTotals')
        .selectAll()
        .orderBy(['programmeCode', 'areaCode', 'published', 'year', 'donorCode'])
        .execute(),
      counts: await db
        .selectFrom('areaProjectTotals')
        .selectAll()
        .orderBy(['programmeCode', 'areaCode', 'published'])
        .execute(),
    });
    const kept = await snapshot();
    expect(kept.totals.length).toBeGreaterThan(0);
    await db
      .updateTable('areaFundTotals')
      .set((eb) => ({ amountFen: eb('amountFen', '+', 1) }))
      .where('areaCode', '=', '650000')
      .execute();
    await db
      .updateTable('areaProjectTotals')
      .set((eb) => ({ projects: eb('projects', '-', 1) }))
      .where('areaCode', '=', '653100')
      .execute();
    const drift = await verifyProjections(db);
    expect(new Set(drift.map((d) => d.projection))).toEqual(
      new Set(['area-fund-totals', 'area-project-totals']),
    );
    await rebuild(db, projectionsNamed(['area-parts', 'project-places']));
    expect(await verifyProjections(db)).toEqual([]);
    expect(await snapshot()).toEqual(kept);
  });
});
