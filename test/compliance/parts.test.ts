/**
 * The maintained parts (compliance/parts.ts) stay equal to a computation from scratch after
 * every kind of write that can move them, and the report (sums of stored parts) agrees with the
 * drill-down (recomputed projects) to the fen.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { complianceReport, donorComplianceDetail } from '../../src/modules/compliance/service.js';
import { createTransaction, reverseTransaction } from '../../src/modules/ledger/service.js';
import { verifyProjections } from '../../src/modules/maintenance.js';
import { createOrganisation, updateOrganisation } from '../../src/modules/organisations/service.js';
import { createPairing } from '../../src/modules/pairings/service.js';
import { createPlan, updatePlan } from '../../src/modules/plans/service.js';
import { updateProject } from '../../src/modules/projects/update.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

describeEachDatabase('the rules’ maintained parts', (ctx) => {
  const actor = systemActor('test');
  const svc = () => ({ actor, db: ctx.database.db });

  /** The stored parts, after checking every projection equals a rebuild from scratch. */
  async function expectCurrent() {
    const db = ctx.database.db;
    expect(await verifyProjections(db)).toEqual([]);
    const stored = await db.selectFrom('complianceParts').selectAll().execute();
    return stored.map((r) => ({
      ...r,
      projectId: Number(r.projectId),
      amountFen: Number(r.amountFen),
      countyFen: Number(r.countyFen),
      livelihoodFen: Number(r.livelihoodFen),
      crossPairFen: Number(r.crossPairFen),
    }));
  }

  let a = '';
  let b = '';
  let disbursement = 0;

  beforeAll(async () => {
    // A: Beijing in Hotan city (county), livelihood. B: Shanghai 60% / Jiangsu 40%, industry,
    // Zepu 70% + Kashgar prefecture 30%.
    a = (await createTestProject(ctx.database, { approvalDate: '2024-02-01' })).code;
    b = (
      await createTestProject(ctx.database, {
        donor: undefined,
        donors: [
          { org: '310000', shareBp: 6000 },
          { org: '320000', shareBp: 4000 },
        ],
        type: 'industry',
        locations: [
          { area: '653124', shareBp: 7000 },
          { area: '653100', shareBp: 3000 },
        ],
      } as never)
    ).code;
  });

  it('follows ledger entries: recorded, and reversed', async () => {
    const t = await createTransaction(svc(), a, {
      type: 'disbursement',
      valueFen: 12_345_67,
      date: '2024-05-01',
      planned: false,
    } as never);
    disbursement = t.id;
    await createTransaction(svc(), b, {
      type: 'disbursement',
      valueFen: 1_000_000_01,
      date: '2024-06-01',
      planned: false,
    } as never);
    // A commitment and a planned disbursement move nothing.
    await createTransaction(svc(), b, {
      type: 'commitment',
      valueFen: 5_00,
      date: '2024-06-01',
      planned: false,
    } as never);
    const rows = await expectCurrent();
    expect(rows.filter((r) => r.basis === 'actual').map((r) => r.donorCode)).toEqual(
      expect.arrayContaining(['110000', '310000', '320000']),
    );
    const shanghai = rows.find((r) => r.donorCode === '310000');
    // 1,000,000.01 yuan × 60% = 600,000.01 (largest remainder); 70% in Zepu (county).
    expect(shanghai).toMatchObject({
      amountFen: 60_000_001,
      countyFen: 42_000_001,
      livelihoodFen: 0,
    });

    await reverseTransaction(svc(), a, disbursement, { date: '2024-05-02', reason: '录错' });
    const after = await expectCurrent();
    // The entry and its reversal cancel out: Beijing's actual parts are gone.
    expect(
      after.some((r) => r.donorCode === '110000' && r.basis === 'actual' && r.amountFen !== 0),
    ).toBe(false);
  });

  it('follows the project: locations, livelihood share and donors', async () => {
    await createTransaction(svc(), a, {
      type: 'disbursement',
      valueFen: 8_000_00,
      date: '2024-07-01',
      planned: false,
    } as never);
    await updateProject(svc(), a, {
      locations: [{ area: '653200', shareBp: 10000 }],
      livelihoodShareBp: 5000,
      livelihoodReason: 'half of it is a factory',
    } as never);
    const rows = await expectCurrent();
    expect(rows.find((r) => r.donorCode === '110000' && r.basis === 'actual')).toMatchObject({
      amountFen: 8_000_00,
      countyFen: 0,
      livelihoodFen: 4_000_00,
    });
    await updateProject(svc(), a, {
      donors: [
        { org: '110000', shareBp: 5000 },
        { org: '370000', shareBp: 5000 },
      ],
    } as never);
    const after = await expectCurrent();
    expect(after.filter((r) => r.basis === 'actual' && r.donorCode === '370000')).toHaveLength(1);
  });

  it('follows plans: items in and out', async () => {
    const plan = await createPlan(svc(), {
      programme: 'xinjiang',
      donor: '110000',
      year: 2025,
      totalFen: 10_000_00,
      items: [{ project: a, plannedFen: 3_000_00 }],
    });
    let rows = await expectCurrent();
    expect(rows.filter((r) => r.basis === 'plan')).toHaveLength(1);
    const c = (
      await createTestProject(ctx.database, { locations: [{ area: '653200', shareBp: 10000 }] })
    ).code;
    await updatePlan(
      svc(),
      plan.id,
      { totalFen: 10_000_00, items: [{ project: c, plannedFen: 7_000_00 }] },
      plan.version,
    );
    rows = await expectCurrent();
    // Project c is located in a prefecture: all of it is above county.
    expect(rows.filter((r) => r.basis === 'plan')).toEqual([
      expect.objectContaining({ amountFen: 7_000_00, countyFen: 0, livelihoodFen: 7_000_00 }),
    ]);
  });

  it('follows pairings and the organisation tree', async () => {
    // Shandong paired with Zepu from 2024: its work there is no longer cross-pair.
    await createPairing(svc(), {
      programme: 'xinjiang',
      donorCode: '370000',
      recipientAreaCode: '653124',
      validFrom: '2024-01-01',
      note: 'test',
    } as never);
    await expectCurrent();
    // A Jiangsu office moved under Shanghai: its money counts for Shanghai from now on.
    await createOrganisation(svc(), {
      code: '320000-T',
      name: '江苏测试办',
      nameEn: 'Jiangsu test office',
      kind: 'frontline-hq',
      parentCode: '320000',
    } as never);
    await updateProject(svc(), b, {
      donors: [
        { org: '310000', shareBp: 6000 },
        { org: '320000-T', shareBp: 4000 },
      ],
    } as never);
    let rows = await expectCurrent();
    expect(rows.some((r) => r.donorCode === '320000' && r.basis === 'actual')).toBe(true);
    await updateOrganisation(svc(), '320000-T', { parentCode: '310000' });
    rows = await expectCurrent();
    const shanghai = rows.find((r) => r.donorCode === '310000' && r.basis === 'actual');
    expect(shanghai?.amountFen).toBe(1_000_000_01);
  });

  it('stays right when two disbursements on one project are recorded at the same moment', async () => {
    const record = (valueFen: number, date: string) =>
      createTransaction(svc(), a, {
        type: 'disbursement',
        valueFen,
        date,
        planned: false,
      } as never);
    await Promise.all([
      record(1_01, '2024-08-01'),
      record(2_02, '2024-08-02'),
      record(3_03, '2025-01-03'),
    ]);
    await expectCurrent();
  });

  it('agrees with the drill-down to the fen, for every donor', async () => {
    for (const [year, basis] of [
      [2024, 'actual'],
      [2025, 'plan'],
    ] as const) {
      const report = await complianceReport(svc(), { programme: 'xinjiang', year, basis });
      for (const line of report.items.filter((l) => l.totalFen > 0)) {
        const q = { programme: 'xinjiang', year, basis, sort: 'code' as const, offset: 0 };
        const detail = await donorComplianceDetail(svc(), line.donor.code, { ...q, limit: 1000 });
        const { projects, projectCount, programme, year: y, basis: bs, ...rest } = detail;
        expect(rest).toEqual(line);
        // The breakdowns, recomputed from the projects, add up to the stored parts' total.
        expect(projects.reduce((s, p) => s + p.amountFen, 0)).toBe(line.totalFen);
        expect(projects).toHaveLength(projectCount);
        // Page by page, the same projects.
        const pages = [];
        for (let offset = 0; offset < projectCount; offset += 1) {
          const page = await donorComplianceDetail(svc(), line.donor.code, {
            ...q,
            offset,
            limit: 1,
          });
          pages.push(...page.projects);
        }
        expect(pages).toEqual(projects);
      }
    }
  });
});

describeEachDatabase(
  'migrations mark the backfills; the rebuild after migrating runs them',
  (ctx) => {
    it('computes the projections of data recorded before they existed', async () => {
      const { migrations } = await import('../../src/db/migrations/index.js');
      const { migrateToLatest } = await import('../../src/db/migrate.js');
      const { upgradeDatabase } = await import('../../src/modules/maintenance.js');
      const before = Object.fromEntries(
        Object.entries(migrations).filter(([name]) => name < '0004'),
      );
      await migrateToLatest(ctx.database, before);
      // An older database, written by an older shanhai: rows only, no derived data.
      const db = ctx.database.db;
      const at = new Date().toISOString();
      const stamps = { createdAt: at, updatedAt: at };
      for (const [code, parentCode, level, name] of [
        ['650000', null, 'province', '新疆维吾尔自治区'],
        ['653200', '650000', 'prefecture', '和田地区'],
        ['653201', '653200', 'county', '和田市'],
      ] as const) {
        await db
          .insertInto('areas')
          .values({
            code,
            parentCode,
            level,
            name,
            pinyin: '',
            initials: '',
            kind: null,
            xpccDivision: null,
            edition: '2023',
            validFrom: null,
            validTo: null,
            ...stamps,
          })
          .execute();
      }
      await db
        .insertInto('organisations')
        .values({
          code: '110000',
          name: '北京市',
          nameEn: 'Beijing',
          kind: 'donor-province',
          parentCode: null,
          areaCode: null,
          ...stamps,
        })
        .execute();
      await db
        .insertInto('programmes')
        .values({
          code: 'xinjiang',
          name: '对口援疆',
          nameEn: 'Xinjiang',
          startYear: null,
          endYear: null,
          ...stamps,
        })
        .execute();
      await db
        .insertInto('pairings')
        .values({
          programmeCode: 'xinjiang',
          donorCode: '110000',
          recipientAreaCode: '653201',
          recipientOrgCode: null,
          parentId: null,
          validFrom: '2010-01-01',
          validTo: null,
          confidence: 'H',
          note: null,
          ...stamps,
        })
        .execute();
      await db
        .insertInto('projectTypes')
        .values({
          code: 'industry',
          name: '产业',
          nameEn: 'Industry',
          defaultLivelihoodBp: 0,
          sort: 1,
          ...stamps,
        })
        .execute();
      const { id } = await db
        .insertInto('projects')
        .values({
          code: 'OLD-1',
          programmeCode: 'xinjiang',
          nameZh: '旧项目',
          typeCode: 'industry',
          livelihoodShareBp: 0,
          stage: 'approved',
          fixedAsset: 0,
          continuing: 0,
          budgetFen: 0,
          leadDonorCode: '110000',
          year: 2024,
          ...stamps,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('projectDonors')
        .values({ projectId: id, orgCode: '110000', shareBp: 10000 })
        .execute();
      await db
        .insertInto('projectLocations')
        .values({ projectId: id, areaCode: '653201', shareBp: 10000 })
        .execute();
      await db
        .insertInto('fundTransactions')
        .values({
          projectId: id,
          type: 'disbursement',
          planned: 0,
          valueFen: 4_321,
          date: '2024-03-01',
          year: 2024,
          createdAt: at,
          createdBy: 'test',
        })
        .execute();
      const upgrade = await upgradeDatabase(ctx.database);
      expect(upgrade.migrations[0]).toBe('0004_compliance_parts');
      expect(upgrade.rebuilt.sort()).toEqual([
        'analytics-facts',
        'area-money',
        'area-parts',
        'case-times',
        'compliance-parts',
        'project-figures',
        'project-places',
        'project-search',
        'quality-findings',
        'sales-categories',
        'sales-channels',
        'sales-totals',
        'training-totals',
      ]);
      const rows = await db.selectFrom('complianceParts').selectAll().execute();
      expect(
        rows.map((r) => ({
          ...r,
          projectId: Number(r.projectId),
          amountFen: Number(r.amountFen),
          countyFen: Number(r.countyFen),
          livelihoodFen: Number(r.livelihoodFen),
          crossPairFen: Number(r.crossPairFen),
        })),
      ).toEqual([
        {
          programmeCode: 'xinjiang',
          year: 2024,
          basis: 'actual',
          donorCode: '110000',
          projectId: Number(id),
          amountFen: 4_321,
          countyFen: 4_321,
          livelihoodFen: 0,
          crossPairFen: 0,
        },
      ]);
      expect(await db.selectFrom('projectSearch').select('text').execute()).toEqual([
        { text: 'old-1 旧项目' },
      ]);
      // The area parts of its county, prefecture and province, and their totals (0014).
      const places = await db
        .selectFrom('projectPlaces')
        .select('areaCode')
        .orderBy('areaCode')
        .execute();
      expect(places.map((r) => r.areaCode)).toEqual(['650000', '653200', '653201']);
      const totals = await db
        .selectFrom('areaFundTotals')
        .select(['areaCode', 'amountFen', 'projects'])
        .orderBy('areaCode')
        .execute();
      expect(totals.map((r) => [r.areaCode, Number(r.amountFen), Number(r.projects)])).toEqual([
        ['650000', 4_321, 1],
        ['653200', 4_321, 1],
        ['653201', 4_321, 1],
      ]);
      expect(await verifyProjections(db)).toEqual([]);
      // Up to date now: a second upgrade owes nothing.
      expect(await upgradeDatabase(ctx.database)).toEqual({ migrations: [], rebuilt: [] });
    });
  },
  { seed: 'empty' },
);
