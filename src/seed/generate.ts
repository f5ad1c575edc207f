/**
 * `shanhai generate`: a realistic national data set of any size, for demos and benchmarks.
 * Deterministic for a given seed. Rows are written in bulk (not through the use cases, which
 * would take hours at benchmark scale); the run is one entry in the change history.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { systemActor } from '../domain/access.js';
import type { TransactionType } from '../domain/ledger.js';
import { allocate } from '../domain/money.js';
import type { Stage } from '../domain/stages.js';
import { PROJECTS } from '../modules/projects/aggregate.js';
import { write } from '../modules/write.js';

export interface GenerateOptions {
  /** First plan year. */
  fromYear: number;
  years: number;
  projectsPerYear: number;
  /** Total planned funds of all donors per year, in yuan. */
  yuanPerYear: number;
  seed: number;
  /** Called after each year with what was written so far. */
  onProgress?: (p: { year: number; projects: number; transactions: number }) => void;
}

export const GENERATE_DEFAULTS: GenerateOptions = {
  fromYear: 2021,
  years: 5,
  projectsPerYear: 2000,
  yuanPerYear: 20_000_000_000,
  seed: 2010,
};

/** A small, fast, seedable PRNG (mulberry32). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return (items[items.length - 1] as readonly [T, number])[0];
    },
  };
}

/** Relative size of each donor's funds (fiscal revenue and pairing load, roughly). */
const DONOR_WEIGHT: Record<string, number> = {
  '110000': 10,
  '120000': 5,
  '130000': 5,
  '140000': 3,
  '210000': 5,
  '220000': 3,
  '230000': 3,
  '310000': 11,
  '320000': 12,
  '330000': 10,
  '340000': 3,
  '350000': 6,
  '360000': 2,
  '370000': 8,
  '410000': 5,
  '420000': 5,
  '430000': 4,
  '440000': 7,
  '440300': 6,
};

const TYPES = [
  ['livelihood', 45],
  ['industry', 20],
  ['talent', 15],
  ['culture-education', 12],
  ['exchange', 8],
] as const;

/** Project names by type, in Chinese and English. */
const NAMES: Record<string, readonly (readonly [string, string])[]> = {
  livelihood: [
    ['安居富民房建设', 'Rural housing for better lives'],
    ['乡村卫生院改扩建', 'Township hospital extension'],
    ['农村饮水安全工程', 'Rural drinking-water safety works'],
    ['城乡供暖改造', 'Urban and rural heating renovation'],
    ['就业技能培训中心', 'Employment skills training centre'],
  ],
  industry: [
    ['纺织服装产业园', 'Textile and garment industrial park'],
    ['农产品加工园区', 'Farm produce processing park'],
    ['特色林果冷链仓储', 'Cold-chain storage for local fruit'],
    ['电商产业园', 'E-commerce industrial park'],
    ['设施农业示范基地', 'Greenhouse farming demonstration base'],
  ],
  talent: [
    ['组团式医疗人才培养', 'Group medical talent training'],
    ['中小学教师培训', 'School teacher training'],
    ['柔性引才专家工作站', 'Visiting experts workstation'],
    ['干部能力提升培训', 'Cadre capacity training'],
  ],
  'culture-education': [
    ['中学教学楼建设', 'Secondary school teaching building'],
    ['双语幼儿园建设', 'Bilingual kindergarten'],
    ['县级图书馆', 'County library'],
    ['职业技术学校实训楼', 'Vocational school training building'],
  ],
  exchange: [
    ['青少年研学交流', 'Youth study exchange'],
    ['文艺团体交流演出', 'Performing arts exchange tour'],
    ['民族团结主题活动', 'Ethnic unity events'],
    ['冬令营交流', 'Winter camp exchange'],
  ],
};

const LATER_STAGES: Stage[] = [
  'approved',
  'tendering',
  'started',
  'completed',
  'accepted',
  'audited',
  'evaluated',
];

function stageFor(age: number, r: ReturnType<typeof prng>): Stage {
  const x = r.next();
  if (x < 0.01) return 'cancelled';
  if (x < 0.025) return 'suspended';
  if (age >= 3)
    return r.weighted([
      ['evaluated', 5],
      ['audited', 3],
      ['accepted', 2],
    ]);
  if (age === 2)
    return r.weighted([
      ['audited', 3],
      ['accepted', 4],
      ['completed', 2],
      ['started', 1],
    ]);
  if (age === 1)
    return r.weighted([
      ['accepted', 2],
      ['completed', 4],
      ['started', 3],
      ['tendering', 1],
    ]);
  return r.weighted([
    ['reserve', 1],
    ['approved', 3],
    ['tendering', 2],
    ['started', 4],
    ['completed', 1],
  ]);
}

function isoDate(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, Math.max(1, Math.min(365, dayOfYear))))
    .toISOString()
    .slice(0, 10);
}

interface AreaPools {
  /** County-level codes of each donor's pairings (a prefecture pairing gives its counties). */
  counties: Map<string, string[]>;
  /** Prefecture-level codes each donor is paired with or whose counties it serves. */
  prefectures: Map<string, string[]>;
  townships: Map<string, string[]>;
  allCounties: string[];
}

async function areaPools(trx: Transaction<DB>, donors: string[]): Promise<AreaPools> {
  const areas = await trx
    .selectFrom('areas')
    .select(['code', 'parentCode', 'level'])
    .where('code', 'like', '65%')
    .execute();
  const children = new Map<string, string[]>();
  for (const a of areas) {
    if (!a.parentCode) continue;
    const list = children.get(a.parentCode) ?? [];
    list.push(a.code);
    children.set(a.parentCode, list);
  }
  const level = new Map(areas.map((a) => [a.code, a.level]));
  const pairings = await trx
    .selectFrom('pairings')
    .select(['donorCode', 'recipientAreaCode'])
    .where('parentId', 'is', null)
    .where('programmeCode', '=', 'xinjiang')
    .execute();
  const counties = new Map<string, string[]>();
  const prefectures = new Map<string, string[]>();
  const townships = new Map<string, string[]>();
  for (const donor of donors) {
    const c: string[] = [];
    const p = new Set<string>();
    for (const pr of pairings.filter((x) => x.donorCode === donor)) {
      const code = pr.recipientAreaCode;
      if (!code) continue;
      if (level.get(code) === 'prefecture') {
        p.add(code);
        c.push(...(children.get(code) ?? []).filter((k) => level.get(k) === 'county'));
      } else {
        c.push(code);
        p.add(`${code.slice(0, 4)}00`);
      }
    }
    counties.set(donor, c);
    prefectures.set(
      donor,
      [...p].filter((k) => level.has(k) && k !== '659000'),
    );
    townships.set(
      donor,
      c.flatMap((k) => children.get(k) ?? []),
    );
  }
  const allCounties = areas.filter((a) => a.level === 'county').map((a) => a.code);
  return { counties, prefectures, townships, allCounties };
}

async function insertBatched<T extends keyof DB>(trx: Transaction<DB>, table: T, rows: object[]) {
  // SQLite binds at most 32766 parameters per statement; PostgreSQL 65535.
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  const size = Math.max(1, Math.floor(30000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await trx
      .insertInto(table)
      // The rows are built above to the table's shape; Kysely cannot check a generic table.
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

/**
 * Writes the data set, one transaction per year. Project codes are `G<year>-<donor>-<nnnn>`;
 * running again with an overlapping year fails on the unique code and writes nothing for it.
 */
export async function generateDataSet(database: Database, options: Partial<GenerateOptions> = {}) {
  const o = { ...GENERATE_DEFAULTS, ...options };
  const r = prng(o.seed);
  const donors = Object.keys(DONOR_WEIGHT);
  const thisYear = new Date().getUTCFullYear();
  const totals = { projects: 0, transactions: 0, plans: 0 };
  const now = new Date().toISOString();

  for (let y = o.fromYear; y < o.fromYear + o.years; y++) {
    await write({ actor: systemActor('generate'), db: database.db }, async (uow) => {
      const trx = uow.trx;
      const pools = await areaPools(trx, donors);
      const maxId = await trx
        .selectFrom('projects')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirst();
      let projectId = Number(maxId?.m ?? 0);
      const maxPlan = await trx
        .selectFrom('plans')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirst();
      let planId = Number(maxPlan?.m ?? 0);
      const projects: object[] = [];
      const projectDonors: object[] = [];
      const locations: object[] = [];
      const stageDates: object[] = [];
      const transactions: object[] = [];
      const plans: object[] = [];
      const planItems: object[] = [];
      const yearFen = o.yuanPerYear * 100;
      const donorFen = allocate(
        yearFen,
        donors.map((d) => DONOR_WEIGHT[d] ?? 1),
      );
      const donorCounts = allocate(
        o.projectsPerYear,
        donors.map((d) => DONOR_WEIGHT[d] ?? 1),
      );
      const age = thisYear - y;

      donors.forEach((donor, di) => {
        const count = Math.max(1, donorCounts[di] ?? 1);
        // Skewed budgets: a few large projects, many small ones, summing to the donor's funds.
        const weights = Array.from({ length: count }, () =>
          Math.round(1000 * Math.exp(r.next() * 3)),
        );
        const budgets = allocate(donorFen[di] ?? 0, weights);
        planId += 1;
        let planTotal = 0;
        for (let k = 0; k < count; k++) {
          projectId += 1;
          const type = r.weighted(TYPES);
          const typeDefault = type === 'industry' || type === 'exchange' ? 0 : 10000;
          const override = r.next() < 0.05;
          const livelihood = override ? r.pick([0, 2500, 5000, 7500, 10000]) : typeDefault;
          const stage = stageFor(age, r);
          const budget = budgets[k] ?? 0;
          const code = `G${y}-${donor}-${String(k + 1).padStart(4, '0')}`;
          const name = r.pick(NAMES[type] ?? [['援疆项目', 'Assistance project']]);
          const approval = stage === 'reserve' ? null : isoDate(y, r.int(20, 120));
          projects.push({
            id: projectId,
            code,
            programmeCode: 'xinjiang',
            nameZh: `${name[0]}（${y}-${k + 1}）`,
            nameEn: `${name[1]} (${y}-${k + 1})`,
            nameUg: null,
            typeCode: type,
            livelihoodShareBp: livelihood,
            livelihoodReason: livelihood === typeDefault ? null : '按项目实际用途核定',
            fixedAsset:
              type === 'livelihood' || type === 'industry' || type === 'culture-education' ? 1 : 0,
            deliveryMode: r.weighted([
              ['turnkey', 5],
              ['cheque', 3],
              ['joint', 2],
            ] as const),
            continuing: r.next() < 0.2 ? 1 : 0,
            stage,
            stageBeforeSuspension: stage === 'suspended' ? 'started' : null,
            stageReason:
              stage === 'suspended' ? '资金调整' : stage === 'cancelled' ? '项目合并' : null,
            budgetFen: budget,
            implementingOrgCode: `${donor}-HQ`,
            leadDonorCode: donor,
            year: y,
            approvalDate: approval,
            publishedAt: stage === 'reserve' ? null : now,
            createdAt: now,
            updatedAt: now,
            version: 1,
          });
          projectDonors.push({ projectId, orgCode: donor, shareBp: 10000 });
          const counties = pools.counties.get(donor) ?? [];
          const where = r.weighted([
            ['county', 80],
            ['two', 8],
            ['prefecture', 5],
            ['township', 5],
            ['cross', 2],
          ] as const);
          if (where === 'two' && counties.length > 1) {
            const a = r.pick(counties);
            const b = r.pick(counties.filter((c) => c !== a));
            const share = r.pick([5000, 6000, 7000]);
            locations.push(
              { projectId, areaCode: a, shareBp: share },
              { projectId, areaCode: b, shareBp: 10000 - share },
            );
          } else if (where === 'prefecture' && (pools.prefectures.get(donor) ?? []).length > 0) {
            locations.push({
              projectId,
              areaCode: r.pick(pools.prefectures.get(donor) ?? []),
              shareBp: 10000,
            });
          } else if (where === 'township' && (pools.townships.get(donor) ?? []).length > 0) {
            locations.push({
              projectId,
              areaCode: r.pick(pools.townships.get(donor) ?? []),
              shareBp: 10000,
            });
          } else if (where === 'cross') {
            locations.push({ projectId, areaCode: r.pick(pools.allCounties), shareBp: 10000 });
          } else {
            locations.push({
              projectId,
              areaCode: r.pick(counties.length ? counties : pools.allCounties),
              shareBp: 10000,
            });
          }
          planItems.push({ planId, projectId, plannedFen: budget });
          planTotal += budget;

          const reached = LATER_STAGES.indexOf(stage === 'suspended' ? 'started' : stage);
          LATER_STAGES.forEach((s, i) => {
            const planned = isoDate(y, 30 + i * 45);
            const actual =
              i <= reached && s !== 'approved'
                ? isoDate(y + Math.floor((i * 60) / 365), 40 + i * 50 + r.int(-10, 20))
                : null;
            stageDates.push({
              projectId,
              stage: s,
              plannedDate: planned,
              actualDate: s === 'approved' ? approval : actual,
            });
          });

          if (stage === 'reserve' || stage === 'cancelled') continue;
          // Funds flow: a commitment, arrivals, disbursements and expenditure, spread over the
          // year and the next; later stages have spent more.
          const progress = Math.min(1, (reached + 1) / 5);
          const add = (type: TransactionType, value: number, date: string, planned = 0) => {
            transactions.push({
              projectId,
              type,
              planned,
              valueFen: value,
              date,
              year: Number(date.slice(0, 4)),
              providerOrgCode: donor,
              receiverOrgCode: null,
              note: null,
              createdAt: now,
              createdBy: 'system:generate',
            });
          };
          add('commitment', budget, approval ?? isoDate(y, 60));
          const arrived = Math.round(budget * Math.min(1, progress + 0.2));
          const disbursed = Math.round(arrived * progress);
          const expended = Math.round(disbursed * progress);
          for (const [type, total, parts] of [
            ['arrival', arrived, 2],
            ['disbursement', disbursed, 4],
            ['expenditure', expended, 4],
          ] as const) {
            const split = allocate(
              total,
              Array.from({ length: parts }, () => r.int(1, 4)),
            );
            split.forEach((v, i) => {
              if (v > 0) add(type, v, isoDate(y, 90 + i * 70 + r.int(0, 30)));
            });
          }
          add('disbursement', Math.round(budget / 10), isoDate(y + 1, 60), 1);
        }
        plans.push({
          id: planId,
          programmeCode: 'xinjiang',
          donorCode: donor,
          year: y,
          status: age > 0 ? 'approved' : 'submitted',
          totalFen: planTotal,
          submittedAt: now,
          decidedAt: age > 0 ? now : null,
          decidedBy: age > 0 ? 'system:generate' : null,
          returnReason: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
      });

      await insertBatched(trx, 'projects', projects);
      await insertBatched(trx, 'projectDonors', projectDonors);
      await insertBatched(trx, 'projectLocations', locations);
      await insertBatched(trx, 'projectStageDates', stageDates);
      await insertBatched(trx, 'fundTransactions', transactions);
      await insertBatched(trx, 'plans', plans);
      await insertBatched(trx, 'planItems', planItems);
      // The new projects and every project in the new plans: their projections, once per year.
      uow.created(PROJECTS, ...projects.map((x) => (x as { id: number }).id));
      uow.touch(PROJECTS, ...planItems.map((x) => (x as { projectId: number }).projectId));
      if (database.engine === 'postgres') {
        for (const table of ['projects', 'plans', 'fund_transactions']) {
          await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(
            trx,
          );
        }
      }
      totals.projects += projects.length;
      totals.transactions += transactions.length;
      totals.plans += plans.length;
      uow.record({
        action: 'generate',
        entityType: 'generated-data',
        entityId: `xinjiang-${y}`,
        after: {
          year: y,
          projects: projects.length,
          transactions: transactions.length,
          seed: o.seed,
        },
      });
    });
    o.onProgress?.({ year: y, projects: totals.projects, transactions: totals.transactions });
  }
  // Fresh planner statistics after a bulk load, or the first queries plan blind.
  await sql`analyze`.execute(database.db);
  return totals;
}
