/**
 * `shanhai generate`: a realistic national data set of any size, for demos and benchmarks.
 * Deterministic for a given seed. Rows are written in bulk (not through the use cases, which
 * would take hours at benchmark scale); the run is one entry in the change history.
 */
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import type { TransactionType } from '../domain/ledger.js';
import { allocate } from '../domain/money.js';
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

import { areaPools, insertBatched } from './generator-areas.js';
import {
  DONOR_WEIGHT,
  isoDate,
  LATER_STAGES,
  NAMES,
  prng,
  stageFor,
  TYPES,
} from './generator-data.js';

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
