/**
 * The demo's deliberate data-quality findings and early warnings: a handful of projects, dated
 * relative to the day the demo is loaded, each showing one rule or one warning kind at work
 * (decision 0020 lists them and why). Everything else in the demo obeys every rule and raises
 * no warning. Loaded through the same use cases as the API.
 */
import type { Database } from '../db/database.js';
import { type Actor, systemActor } from '../domain/access.js';
import { addDays } from '../domain/warnings.js';
import { createTransaction } from '../modules/ledger/service.js';
import { createProject } from '../modules/projects/create.js';
import type { CreateProjectData } from '../modules/projects/schema.js';

const WAN = 10_000 * 100;

interface Case {
  project: Omit<CreateProjectData, 'programme' | 'published'>;
  /** Actual transactions: type, date, fen. */
  money: Array<['commitment' | 'disbursement', string, number]>;
  /** What the case shows: a rule id or a warning kind. */
  shows: string;
}

/** The cases as of `today`, in this year's projects (codes `XJ-<year>-<donor>-9nn`). */
export function demoCases(today: string): Case[] {
  const year = Number(today.slice(0, 4));
  const d = (days: number) => addDays(today, -days);
  // Approvals early in the year, or 90 days back early in January.
  const approved = d(Math.min(90, Math.max(20, Number(today.slice(5, 7)) * 25)));
  return [
    {
      shows: 'actual-stage-order',
      project: {
        code: `XJ-${year}-HB-901`,
        name: { zh: '若羌县农村饮水安全工程', en: 'Ruoqiang rural drinking-water works' },
        donor: '130000',
        implementingOrg: '130000-HQ',
        type: 'livelihood',
        deliveryMode: 'turnkey',
        fixedAsset: true,
        budgetFen: 600 * WAN,
        approvalDate: approved,
        year,
        stage: 'tendering',
        // The tender was dated before the approval: entered from the wrong document.
        stageDates: {
          approved: { planned: approved, actual: approved },
          tendering: { planned: addDays(approved, 20), actual: addDays(approved, -12) },
          started: { planned: addDays(today, 30) },
        },
        locations: [{ area: '652824', shareBp: 10000 }],
      },
      money: [['commitment', approved, 600 * WAN]],
    },
    {
      shows: 'required-by-stage',
      project: {
        code: `XJ-${year}-LN-901`,
        name: { zh: '塔城市双语幼儿园建设', en: 'Tacheng bilingual kindergarten' },
        donor: '210000',
        type: 'culture-education',
        deliveryMode: 'joint',
        fixedAsset: true,
        budgetFen: 450 * WAN,
        approvalDate: approved,
        year,
        stage: 'started',
        // Started, but no implementing organisation recorded yet.
        stageDates: {
          tendering: { planned: addDays(approved, 5), actual: addDays(approved, 6) },
          started: { planned: addDays(approved, 15), actual: addDays(approved, 18) },
          completed: { planned: addDays(today, 120) },
        },
        locations: [{ area: '654201', shareBp: 10000 }],
      },
      money: [
        ['commitment', approved, 450 * WAN],
        ['disbursement', d(15), 150 * WAN],
      ],
    },
    {
      shows: 'planned-stage-order',
      project: {
        code: `XJ-${year}-FJ-901`,
        name: { zh: '昌吉市职业技术学校实训楼', en: 'Changji vocational school training building' },
        donor: '350000',
        implementingOrg: '350000-HQ',
        type: 'culture-education',
        deliveryMode: 'turnkey',
        fixedAsset: true,
        budgetFen: 800 * WAN,
        approvalDate: approved,
        year,
        stage: 'approved',
        // The planned completion was typed a year early: before the planned start.
        stageDates: {
          started: { planned: addDays(today, 45) },
          completed: { planned: addDays(today, 45 + 240 - 365) },
        },
        locations: [{ area: '652301', shareBp: 10000 }],
      },
      money: [['commitment', approved, 800 * WAN]],
    },
    {
      shows: 'committed-within-budget',
      project: {
        code: `XJ-${year}-HN-901`,
        name: { zh: '托克逊县乡村卫生院改扩建', en: 'Toksun township hospital extension' },
        donor: '430000',
        implementingOrg: '430000-HQ',
        type: 'livelihood',
        deliveryMode: 'turnkey',
        fixedAsset: true,
        budgetFen: 300 * WAN,
        approvalDate: approved,
        year,
        stage: 'approved',
        stageDates: { started: { planned: addDays(today, 60) } },
        locations: [{ area: '650422', shareBp: 10000 }],
      },
      // Committed at the first estimate; the budget was cut to 300万 afterwards.
      money: [['commitment', approved, 360 * WAN]],
    },
    {
      shows: 'not-started',
      project: {
        code: `XJ-${year}-HLJ-901`,
        name: { zh: '福海县城乡供暖改造', en: 'Fuhai urban and rural heating renovation' },
        donor: '230000',
        implementingOrg: '230000-HQ',
        type: 'livelihood',
        deliveryMode: 'turnkey',
        fixedAsset: true,
        budgetFen: 700 * WAN,
        approvalDate: approved,
        year,
        stage: 'approved',
        // Planned to start three weeks ago; the land is not handed over yet.
        stageDates: {
          started: { planned: d(21) },
          completed: { planned: addDays(today, 200) },
        },
        locations: [{ area: '654323', shareBp: 10000 }],
      },
      money: [['commitment', approved, 700 * WAN]],
    },
    {
      shows: 'stage-overdue',
      project: {
        code: `XJ-${year}-SH-901`,
        name: { zh: '莎车县设施农业示范基地', en: 'Shache greenhouse farming demonstration base' },
        donor: '310000',
        implementingOrg: '310000-HQ',
        type: 'industry',
        deliveryMode: 'joint',
        fixedAsset: true,
        budgetFen: 500 * WAN,
        approvalDate: approved,
        year,
        stage: 'started',
        // Planned to be completed 40 days ago; still being built (and still paid for).
        stageDates: {
          tendering: { planned: addDays(approved, 3), actual: addDays(approved, 4) },
          started: { planned: addDays(approved, 10), actual: addDays(approved, 12) },
          completed: { planned: d(40) },
        },
        locations: [{ area: '653125', shareBp: 10000 }],
      },
      money: [
        ['commitment', approved, 500 * WAN],
        ['disbursement', d(30), 300 * WAN],
      ],
    },
    {
      shows: 'acceptance-pending',
      project: {
        code: `XJ-${year}-JL-901`,
        name: { zh: '阿勒泰市就业技能培训中心', en: 'Altay employment skills training centre' },
        donor: '220000',
        implementingOrg: '220000-HQ',
        type: 'livelihood',
        deliveryMode: 'turnkey',
        fixedAsset: true,
        budgetFen: 400 * WAN,
        approvalDate: approved,
        year,
        stage: 'completed',
        // Completed 45 days ago; the recipient side has not accepted it.
        stageDates: {
          tendering: { planned: addDays(approved, 3), actual: addDays(approved, 3) },
          started: { planned: addDays(approved, 10), actual: addDays(approved, 10) },
          completed: { planned: d(50), actual: d(45) },
        },
        locations: [{ area: '654301', shareBp: 10000 }],
      },
      money: [
        ['commitment', approved, 400 * WAN],
        ['disbursement', d(60), 360 * WAN],
      ],
    },
  ];
}

/** Loads the cases as of `today`; skips those already there. */
export async function loadDemoCases(
  database: Database,
  today: string,
  actor: Actor = systemActor('demo'),
): Promise<number> {
  const ctx = { actor, db: database.db };
  let added = 0;
  for (const c of demoCases(today)) {
    const exists = await database.db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', c.project.code)
      .executeTakeFirst();
    if (exists) continue;
    await createProject(ctx, {
      ...c.project,
      programme: 'xinjiang',
      published: true,
    } as CreateProjectData);
    for (const [type, date, valueFen] of c.money) {
      await createTransaction(ctx, c.project.code, { type, valueFen, date, planned: false });
    }
    added++;
  }
  return added;
}
