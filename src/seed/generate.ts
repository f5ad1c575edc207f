/**
 * `shanhai generate`: a realistic national data set of any size, for demos and benchmarks.
 * Deterministic for a given seed. Rows are written in bulk (not through the use cases, which
 * would take hours at benchmark scale); the run is one entry in the change history.
 */
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import { todayUtc } from '../domain/dates.js';
import { allocate } from '../domain/money.js';
import { PROJECTS } from '../modules/projects/aggregate.js';
import { referenceIn } from '../modules/reference/reference.js';
import { write } from '../modules/write.js';
import { generateCompanies } from './generate-companies.js';
import { areaPools, insertBatched } from './generator-areas.js';
import { DONOR_WEIGHT, NAMES, prng, TYPES } from './generator-data.js';
import { GENERATE_DEFAULTS, type GenerateOptions } from './generator-options.js';
import { generatePeopleYear, kindTerms } from './generator-people.js';
import { type Steerable, steer } from './generator-rules.js';
import { generateSalesYear } from './generator-sales.js';
import { projectTimeline } from './generator-timeline.js';
import { generateTrainingYear } from './generator-training.js';

export { GENERATE_DEFAULTS, type GenerateOptions } from './generator-options.js';

const LIVELIHOOD_TYPES = ['livelihood', 'talent', 'culture-education'] as const;
const OTHER_TYPES = ['industry', 'exchange'] as const;
const typeDefault = (type: string) => (type === 'industry' || type === 'exchange' ? 0 : 10000);

/** One generated project before its timeline: what the rules and the registry see. */
interface Draft extends Steerable {
  k: number;
  type: string;
  locations: { areaCode: string; shareBp: number }[];
  deliveryMode: 'turnkey' | 'cheque' | 'joint';
  continuing: boolean;
}

/**
 * Writes the data set, one transaction per year. Project codes are `G<year>-<donor>-<nnnn>`;
 * running again with an overlapping year fails on the unique code and writes nothing for it.
 * Each year draws from its own generator, so a year comes out the same whether generated alone
 * or with others; dates are laid out as of `today` ({@link projectTimeline}).
 */
export async function generateDataSet(database: Database, options: Partial<GenerateOptions> = {}) {
  const o = { ...GENERATE_DEFAULTS, ...options };
  const today = o.today ?? todayUtc();
  const thisYear = Number(today.slice(0, 4));
  const donors = Object.keys(DONOR_WEIGHT);
  const totals = {
    projects: 0,
    transactions: 0,
    plans: 0,
    persons: 0,
    postings: 0,
    batches: 0,
    sessions: 0,
    sales: 0,
    companies: 0,
    cases: 0,
  };
  let idCards: Set<string> | null = null;
  const now = new Date().toISOString();
  const planStatus =
    o.planStatus ?? ((_: string, year: number) => (year < thisYear ? 'approved' : 'submitted'));

  for (let y = o.fromYear; y < o.fromYear + o.years; y++) {
    const r = prng(o.seed * 7919 + y);
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

      donors.forEach((donor, di) => {
        const count = Math.max(1, donorCounts[di] ?? 1);
        // Skewed budgets: a few large projects, many small ones, summing to the donor's funds.
        const weights = Array.from({ length: count }, () =>
          Math.round(1000 * Math.exp(r.next() * 3)),
        );
        const budgets = allocate(donorFen[di] ?? 0, weights);
        const counties = pools.counties.get(donor) ?? [];
        const prefectures = pools.prefectures.get(donor) ?? [];
        const townships = pools.townships.get(donor) ?? [];
        const inCounty = () => [
          { areaCode: r.pick(counties.length ? counties : pools.allCounties), shareBp: 10000 },
        ];
        const drafts: Draft[] = budgets.map((budget, k) => {
          const type = r.weighted(TYPES);
          const override = r.next() < 0.05;
          const livelihoodBp = override ? r.pick([2500, 5000, 7500]) : typeDefault(type);
          const where = r.weighted([
            ['county', 80],
            ['two', 8],
            ['prefecture', 5],
            ['township', 5],
            ['cross', 2],
          ] as const);
          let at = inCounty();
          if (where === 'two' && counties.length > 1) {
            const a = r.pick(counties);
            const b = r.pick(counties.filter((c) => c !== a));
            const share = r.pick([5000, 6000, 7000]);
            at = [
              { areaCode: a, shareBp: share },
              { areaCode: b, shareBp: 10000 - share },
            ];
          } else if (where === 'prefecture' && prefectures.length > 0) {
            at = [{ areaCode: r.pick(prefectures), shareBp: 10000 }];
          } else if (where === 'township' && townships.length > 0) {
            at = [{ areaCode: r.pick(townships), shareBp: 10000 }];
          } else if (where === 'cross') {
            at = [{ areaCode: r.pick(pools.allCounties), shareBp: 10000 }];
          }
          return {
            k,
            budget,
            type,
            livelihoodBp,
            override,
            above: at.some((l) => prefectures.includes(l.areaCode)),
            locations: at,
            deliveryMode: r.weighted([
              ['turnkey', 5],
              ['cheque', 3],
              ['joint', 2],
            ] as const),
            continuing: r.next() < 0.2,
          };
        });
        const targets = o.targets?.(donor, y);
        if (targets) {
          steer(drafts, targets, {
            toLivelihood: (s) => {
              const d = s as Draft;
              d.type = r.pick(LIVELIHOOD_TYPES);
              d.livelihoodBp = 10000;
            },
            toOther: (s) => {
              const d = s as Draft;
              d.type = r.pick(OTHER_TYPES);
              d.livelihoodBp = 0;
            },
            toAbove:
              prefectures.length > 0
                ? (s) => {
                    const d = s as Draft;
                    d.locations = [{ areaCode: r.pick(prefectures), shareBp: 10000 }];
                    d.above = true;
                  }
                : null,
            toCounty: (s) => {
              const d = s as Draft;
              d.locations = inCounty();
              d.above = false;
            },
          });
        }

        planId += 1;
        let planTotal = 0;
        for (const d of drafts) {
          projectId += 1;
          const { k, type, budget } = d;
          const code = `G${y}-${donor}-${String(k + 1).padStart(4, '0')}`;
          const name = r.pick(NAMES[type] ?? [['援疆项目', 'Assistance project']]);
          // Each project's dates from a generator of its own: the same project whatever `today`.
          const t = projectTimeline(
            {
              year: y,
              type,
              budgetFen: budget,
              tenders: d.deliveryMode !== 'cheque' && type !== 'talent' && type !== 'exchange',
              today,
              late: r.next() < o.lateShare,
            },
            prng(o.seed * 1_000_003 + y * 104_729 + di * 7_919 + k),
          );
          projects.push({
            id: projectId,
            code,
            programmeCode: 'xinjiang',
            nameZh: `${name[0]}（${y}-${k + 1}）`,
            nameEn: `${name[1]} (${y}-${k + 1})`,
            nameUg: null,
            typeCode: type,
            livelihoodShareBp: d.livelihoodBp,
            livelihoodReason: d.livelihoodBp === typeDefault(type) ? null : '按项目实际用途核定',
            fixedAsset:
              type === 'livelihood' || type === 'industry' || type === 'culture-education' ? 1 : 0,
            deliveryMode: d.deliveryMode,
            continuing: d.continuing ? 1 : 0,
            stage: t.stage,
            stageBeforeSuspension: t.stageBeforeSuspension,
            stageReason: t.stageReason,
            budgetFen: budget,
            implementingOrgCode: `${donor}-HQ`,
            leadDonorCode: donor,
            year: y,
            approvalDate: t.approvalDate,
            publishedAt: t.stage === 'reserve' ? null : now,
            createdAt: now,
            updatedAt: now,
            version: 1,
          });
          projectDonors.push({ projectId, orgCode: donor, shareBp: 10000 });
          for (const l of d.locations) locations.push({ projectId, ...l });
          planItems.push({ planId, projectId, plannedFen: budget });
          planTotal += budget;
          for (const sd of t.stageDates) stageDates.push({ projectId, ...sd });
          for (const m of t.money) {
            transactions.push({
              projectId,
              type: m.type,
              planned: m.planned,
              valueFen: m.valueFen,
              date: m.date,
              year: Number(m.date.slice(0, 4)),
              providerOrgCode: donor,
              receiverOrgCode: null,
              note: null,
              createdAt: now,
              createdBy: 'system:generate',
            });
          }
        }
        const status = planStatus(donor, y);
        plans.push({
          id: planId,
          programmeCode: 'xinjiang',
          donorCode: donor,
          year: y,
          status,
          totalFen: planTotal,
          submittedAt: now,
          decidedAt: status === 'approved' ? now : null,
          decidedBy: status === 'approved' ? 'system:generate' : null,
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
      const postingsPerYear = o.postingsPerYear ?? 0;
      let yearPostings = 0;
      if (postingsPerYear > 0) {
        idCards ??= new Set(
          (
            await trx
              .selectFrom('persons')
              .select('idCardNumber')
              .where('idCardNumber', 'is not', null)
              .execute()
          ).map((x) => x.idCardNumber as string),
        );
        const people = await generatePeopleYear(
          {
            trx,
            ref: await referenceIn(trx, uow.memo),
            pools,
            termMonths: await kindTerms(trx, 'xinjiang'),
            idCards,
            today,
            now,
          },
          // The people of a year draw from a generator of their own: the projects stay the same.
          prng(o.seed * 15_485_863 + y),
          y,
          donors,
          allocate(
            postingsPerYear,
            donors.map((d) => DONOR_WEIGHT[d] ?? 1),
          ),
        );
        totals.persons += people.persons;
        totals.postings += people.postings;
        yearPostings = people.postings;
        totals.batches += people.batches;
      }
      let yearSessions = 0;
      if ((o.sessionsPerYear ?? 0) > 0) {
        yearSessions = await generateTrainingYear(
          trx,
          prng(o.seed * 32_452_843 + y),
          y,
          donors,
          allocate(
            o.sessionsPerYear ?? 0,
            donors.map((d) => DONOR_WEIGHT[d] ?? 1),
          ),
          pools,
          today,
          now,
        );
        totals.sessions += yearSessions;
      }
      let yearSales = 0;
      if ((o.salesPerYear ?? 0) > 0) {
        yearSales = await generateSalesYear(
          trx,
          prng(o.seed * 49_979_687 + y),
          y,
          donors,
          allocate(
            o.salesPerYear ?? 0,
            donors.map((d) => DONOR_WEIGHT[d] ?? 1),
          ),
          pools,
          today,
          now,
        );
        totals.sales += yearSales;
      }
      if (database.engine === 'postgres') {
        for (const table of [
          'projects',
          'plans',
          'fund_transactions',
          'persons',
          'personnel_batches',
          'postings',
          'training_sessions',
          'consumption_sales',
        ]) {
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
          postings: yearPostings,
          sessions: yearSessions,
          sales: yearSales,
          seed: o.seed,
          today,
        },
      });
    });
    o.onProgress?.({
      year: y,
      projects: totals.projects,
      transactions: totals.transactions,
      postings: totals.postings,
    });
  }
  Object.assign(totals, await generateCompanies(database, { ...o, today }));
  // Fresh planner statistics after a bulk load, or the first queries plan blind.
  await sql`analyze`.execute(database.db);
  return totals;
}
