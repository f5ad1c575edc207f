/**
 * The projects the seed report names (Xinhua, July 2025; ../shared/seed/FACTS.md), with
 * plausible funds where the report gives none. Figures the report states are kept as stated:
 * jobs, people trained, output value. Dates the report gives are kept; the rest (acceptances,
 * the end of the Hami training and of the Cele mentoring, all before the end of 2026) are
 * plausible, so that the report's projects raise only the demo's deliberate findings and
 * warnings (decision 0020). Loaded through the same use cases as the API.
 */

import type { Database } from '../db/database.js';
import { type Actor, systemActor } from '../domain/access.js';
import { createTransaction } from '../modules/ledger/service.js';
import { createProject } from '../modules/projects/create.js';
import type { CreateProjectData } from '../modules/projects/schema.js';

const YUAN = 100;
const WAN = 10_000 * YUAN;

type Seed = Omit<CreateProjectData, 'programme' | 'published' | 'stage'> & {
  stage: CreateProjectData['stage'];
  /** Actual disbursements: [date, fen]. */
  disbursed: Array<[string, number]>;
  /**
   * Whether the budget was committed on the approval date (all but the Hotan park, whose
   * commitment is deliberately missing: the demo's one disbursed-above-committed finding).
   */
  committed: boolean;
};

export const SEED_PROJECTS: Seed[] = [
  {
    code: 'XJ-2024-BJ-001',
    name: {
      zh: '和田市纺织服装产业园（一期）',
      en: 'Hotan city textile and garment industrial park, phase 1',
    },
    donor: '110000',
    implementingOrg: '110000-HQ',
    type: 'industry',
    deliveryMode: 'joint',
    fixedAsset: true,
    budgetFen: 18_000 * WAN,
    approvalDate: '2024-08-15',
    year: 2024,
    stage: 'started',
    stageDates: {
      started: { planned: '2024-09-01', actual: '2024-09-10' },
      completed: { planned: '2026-12-31' },
    },
    locations: [{ area: '653201', shareBp: 10000 }],
    results: [
      {
        metric: 'jobs',
        planned: false,
        value: 700,
        asOf: '2025-07-06',
        note: '一期建成投产，吸纳就业700余人',
      },
      { metric: 'jobs', planned: true, value: 3000, note: '全部建成后可带动就业3000余人' },
      {
        metric: 'output-value-fen',
        planned: true,
        value: 3_000_000_000 * YUAN,
        note: '年产值30亿元以上',
      },
    ],
    committed: false,
    disbursed: [
      ['2024-10-20', 6_000 * WAN],
      ['2025-03-15', 5_000 * WAN],
    ],
  },
  {
    code: 'XJ-2024-SH-001',
    name: {
      zh: '阿克喀什乡重度盐碱地改良青贮玉米种植',
      en: 'Akekashi saline-alkali land silage maize',
    },
    donor: '310000',
    implementingOrg: '310000-HQ',
    type: 'industry',
    deliveryMode: 'joint',
    budgetFen: 600 * WAN,
    approvalDate: '2024-03-01',
    year: 2024,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2024-04-10' },
      completed: { actual: '2024-10-30' },
      accepted: { actual: '2024-11-20' },
    },
    // Kashgar city is paired with Shenzhen: Shanghai's work there is cross-pair.
    locations: [{ area: '653101210', shareBp: 10000 }],
    results: [
      {
        metric: 'beneficiaries',
        planned: false,
        value: 200,
        note: '种植青贮玉米200亩，出苗率95%以上（单位：亩）',
      },
    ],
    committed: true,
    disbursed: [
      ['2024-04-20', 400 * WAN],
      ['2024-11-15', 200 * WAN],
    ],
  },
  {
    code: 'XJ-2023-JL-001',
    name: {
      zh: '哈巴河县人民医院医疗设备援助',
      en: 'Medical equipment for Habahe county people’s hospital',
    },
    donor: '220000',
    implementingOrg: '220000-HQ',
    type: 'livelihood',
    deliveryMode: 'turnkey',
    fixedAsset: true,
    budgetFen: 1_200 * WAN,
    approvalDate: '2023-03-01',
    year: 2023,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2023-05-01' },
      completed: { actual: '2023-10-01' },
      accepted: { actual: '2023-11-20' },
    },
    locations: [{ area: '654324', shareBp: 10000 }],
    results: [
      {
        metric: 'beneficiaries',
        planned: false,
        value: 90_000,
        note: '骨科、麻醉科、产科设备；远程会诊',
      },
    ],
    committed: true,
    disbursed: [
      ['2023-06-01', 800 * WAN],
      ['2023-12-01', 400 * WAN],
    ],
  },
  {
    code: 'XJ-2024-HZ-001',
    name: { zh: '阿克苏市电商产业园及孵化基地', en: 'Aksu city e-commerce park and incubator' },
    donors: [{ org: '330100', shareBp: 10000 }],
    implementingOrg: '330000-HQ',
    type: 'industry',
    deliveryMode: 'joint',
    budgetFen: 3_500 * WAN,
    approvalDate: '2024-02-20',
    year: 2024,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2024-03-15' },
      completed: { actual: '2024-10-15' },
      accepted: { actual: '2024-12-10' },
    },
    locations: [{ area: '652901', shareBp: 10000 }],
    results: [
      {
        metric: 'trained',
        planned: false,
        value: 9_500,
        asOf: '2024-12-31',
        note: '电商人才培训9500余人次（天山计划、蒲公英计划、领航员计划）',
      },
      { metric: 'jobs', planned: false, value: 30_000, asOf: '2024-12-31', note: '带动就业3万人' },
    ],
    committed: true,
    disbursed: [
      ['2024-04-01', 2_000 * WAN],
      ['2024-09-01', 1_500 * WAN],
    ],
  },
  {
    code: 'XJ-2025-SD-001',
    name: {
      zh: '巴楚县年产30万吨钛白粉项目配套',
      en: 'Bachu 300,000 t/yr titanium dioxide project, supporting works',
    },
    donor: '370000',
    implementingOrg: '370000-HQ',
    type: 'industry',
    deliveryMode: 'cheque',
    fixedAsset: true,
    budgetFen: 5_000 * WAN,
    approvalDate: '2025-03-10',
    year: 2025,
    stage: 'started',
    stageDates: { started: { actual: '2025-05-01' } },
    // Bachu is Shanghai's county: Shandong's work there is cross-pair (打破对结).
    locations: [{ area: '653130', shareBp: 10000 }],
    results: [
      {
        metric: 'output-value-fen',
        planned: true,
        value: 4_500_000_000 * YUAN,
        note: '年产30万吨钛白粉',
      },
    ],
    committed: true,
    disbursed: [['2025-05-20', 2_000 * WAN]],
  },
  {
    code: 'XJ-2025-BJ-002',
    name: { zh: '宁波青瓷音乐巡演走进和田', en: 'Ningbo celadon music tour in Hotan' },
    donors: [
      { org: '110000', shareBp: 5000 },
      { org: '330200', shareBp: 5000 },
    ],
    implementingOrg: '110000-HQ',
    type: 'exchange',
    budgetFen: 80 * WAN,
    approvalDate: '2025-05-10',
    year: 2025,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2025-06-10' },
      completed: { actual: '2025-06-20' },
      accepted: { actual: '2025-07-05' },
    },
    locations: [{ area: '653201', shareBp: 10000 }],
    results: [],
    committed: true,
    disbursed: [['2025-06-25', 80 * WAN]],
  },
  {
    code: 'XJ-2024-JS-001',
    name: {
      zh: '联发纺织南疆企业落地配套',
      en: 'Lianfa Textile companies in southern Xinjiang, supporting works',
    },
    donor: '320000',
    implementingOrg: '320000-HQ',
    type: 'industry',
    deliveryMode: 'joint',
    budgetFen: 4_200 * WAN,
    approvalDate: '2024-04-01',
    year: 2024,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2024-05-01' },
      completed: { actual: '2025-04-30' },
      accepted: { actual: '2025-05-30' },
    },
    locations: [
      { area: '653001', shareBp: 6000 },
      { area: '653024', shareBp: 4000 },
    ],
    results: [
      {
        metric: 'jobs',
        planned: false,
        value: 2_100,
        note: '在南疆开办21家企业（就业人数为估计）',
      },
    ],
    committed: true,
    disbursed: [
      ['2024-06-01', 2_500 * WAN],
      ['2025-01-10', 1_700 * WAN],
    ],
  },
  {
    code: 'XJ-2025-HA-001',
    name: { zh: '哈密市焦裕禄书屋（100个）', en: '100 Jiao Yulu reading rooms in Hami' },
    donor: '410000',
    implementingOrg: '410000-HQ',
    type: 'culture-education',
    budgetFen: 500 * WAN,
    approvalDate: '2025-02-15',
    year: 2025,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2025-03-01' },
      completed: { actual: '2025-06-30' },
      accepted: { actual: '2025-07-15' },
    },
    // Prefecture-level location: counted above county in the first 80% rule.
    locations: [{ area: '650500', shareBp: 10000 }],
    results: [],
    committed: true,
    disbursed: [['2025-03-10', 500 * WAN]],
  },
  {
    code: 'XJ-2025-HA-002',
    name: { zh: '哈密市专家院士人才培训', en: 'Expert and academician training in Hami' },
    donor: '410000',
    implementingOrg: '410000-HQ',
    type: 'talent',
    budgetFen: 900 * WAN,
    approvalDate: '2025-01-20',
    year: 2025,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2025-02-01' },
      completed: { actual: '2025-12-20' },
      accepted: { actual: '2026-01-10' },
    },
    locations: [{ area: '650502', shareBp: 10000 }],
    results: [{ metric: 'trained', planned: false, value: 78_000, note: '累计培训7.8万余人次' }],
    committed: true,
    disbursed: [
      ['2025-02-10', 600 * WAN],
      ['2025-09-10', 300 * WAN],
    ],
  },
  {
    code: 'XJ-2024-TJ-001',
    name: {
      zh: '策勒县第一小学教师传帮带培训',
      en: 'Teacher mentoring at Cele county No.1 primary school',
    },
    donor: '120000',
    implementingOrg: '120000-HQ',
    type: 'talent',
    budgetFen: 60 * WAN,
    approvalDate: '2024-08-01',
    year: 2024,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2024-08-20' },
      completed: { actual: '2026-01-20' },
      accepted: { actual: '2026-02-10' },
    },
    locations: [{ area: '653225', shareBp: 10000 }],
    results: [
      {
        metric: 'trained',
        planned: false,
        value: 100,
        note: '结对带教14名教师，培训100余人次，公开课10节',
      },
    ],
    committed: true,
    disbursed: [['2024-09-01', 60 * WAN]],
  },
  {
    code: 'XJ-2025-JX-001',
    name: { zh: '赣克青少年足球冬令营', en: 'Jiangxi–Kizilsu youth football winter camp' },
    donor: '360000',
    implementingOrg: '360000-HQ',
    type: 'exchange',
    budgetFen: 120 * WAN,
    approvalDate: '2025-01-05',
    year: 2025,
    stage: 'accepted',
    stageDates: {
      started: { actual: '2025-01-15' },
      completed: { actual: '2025-02-10' },
      accepted: { actual: '2025-02-28' },
    },
    locations: [{ area: '653022', shareBp: 10000 }],
    results: [],
    committed: true,
    disbursed: [['2025-01-10', 120 * WAN]],
  },
];

/** Loads the seed projects and their disbursements; skips those already there. */
export async function loadSeedProjects(database: Database, actor: Actor = systemActor('demo')) {
  const ctx = { actor, db: database.db };
  let added = 0;
  for (const { disbursed, committed, ...project } of SEED_PROJECTS) {
    const exists = await database.db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', project.code)
      .executeTakeFirst();
    if (exists) continue;
    await createProject(ctx, {
      ...project,
      programme: 'xinjiang',
      published: true,
    } as CreateProjectData);
    if (committed && project.approvalDate) {
      await createTransaction(ctx, project.code, {
        type: 'commitment',
        valueFen: project.budgetFen,
        date: project.approvalDate,
        planned: false,
      });
    }
    for (const [date, valueFen] of disbursed) {
      await createTransaction(ctx, project.code, {
        type: 'disbursement',
        valueFen,
        date,
        planned: false,
      });
    }
    added++;
  }
  return added;
}
