import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import { todayUtc } from '../domain/dates.js';
import { createUser } from '../modules/accounts/service.js';
import { createOrganisation } from '../modules/organisations/service.js';
import { createPairing } from '../modules/pairings/service.js';
import { loadDemoCases } from './demo-cases.js';
import { loadDemoCompanies } from './demo-companies.js';
import { loadDemoIndicators } from './demo-indicators.js';
import { loadDemoPeople } from './demo-people.js';
import { loadSeedProjects } from './demo-projects.js';
import { loadDemoTraining } from './demo-training.js';
import { generateDataSet } from './generate.js';
import type { RuleTargets } from './generator-rules.js';

/**
 * The years the demo's generated data covers as of `today`: the last full year and the current
 * one, in progress. The demo never ages: loaded next year, it shows next year.
 */
export function demoYears(today: string = todayUtc()): [number, number] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year];
}

/**
 * The demo's deliberate compliance cases, by year relative to today (-1 last year, 0 this),
 * on the plan basis; every other donor-year is steered to a comfortable pass of both rules.
 * Decision 0020 lists why each is there.
 */
export const DEMO_RULE_CASES: ReadonlyArray<{
  donor: string;
  relativeYear: -1 | 0;
  targets: RuleTargets;
}> = [
  // Beijing last year: 78.6% on livelihood, a real finding (industry outweighed it).
  { donor: '110000', relativeYear: -1, targets: { livelihoodBp: 7862 } },
  // Guangdong this year: 81.0% on livelihood, a near miss that passes (this year, not last: on
  // the actual basis a finished year's near miss could dip under 80%, decision 0020).
  { donor: '440000', relativeYear: 0, targets: { livelihoodBp: 8100 } },
  // Anhui this year: 79.2% at county level and below, a real finding (a prefecture hospital).
  { donor: '340000', relativeYear: 0, targets: { livelihoodBp: 8600, countyBp: 7920 } },
  // Hubei this year: 80.6% at county level and below, a near miss that passes.
  { donor: '420000', relativeYear: 0, targets: { livelihoodBp: 8500, countyBp: 8060 } },
];

/** Donors whose plan for the current year is still submitted, not yet approved. */
export const DEMO_SUBMITTED_PLANS = ['130000', '350000', '430000'] as const;

/** The demo's steering of one donor-year: its deliberate case, or a comfortable pass. */
function demoTargets(thisYear: number) {
  return (donor: string, year: number): RuleTargets => {
    const found = DEMO_RULE_CASES.find(
      (c) => c.donor === donor && thisYear + c.relativeYear === year,
    );
    if (found) return found.targets;
    // A stable spread per donor and year: 83–90% on livelihood, 88–96% at county level.
    const spread = (Number(donor.slice(0, 3)) * 37 + year * 11) % 70;
    const county = (Number(donor.slice(0, 3)) * 53 + year * 7) % 80;
    return { livelihoodBp: 8300 + spread * 10, countyBp: 8800 + county * 10 };
  };
}

/** The published password of every demo account (documented in the README). */
export const DEMO_PASSWORD = 'shanhai-demo';

/** Organisations of the demo: the programme office and two of Zhejiang's cities. */
export const DEMO_ORGANISATIONS = [
  {
    code: 'XJ-OFFICE',
    name: '对口援疆工作办公室（演示）',
    nameEn: 'Xinjiang assistance programme office (demo)',
    kind: 'programme-office' as const,
    parentCode: null,
    areaCode: '650000',
  },
  {
    code: '330100',
    name: '杭州市',
    nameEn: 'Hangzhou',
    kind: 'donor-city' as const,
    parentCode: '330000',
    areaCode: '330100',
  },
  {
    code: '330200',
    name: '宁波市',
    nameEn: 'Ningbo',
    kind: 'donor-city' as const,
    parentCode: '330000',
    areaCode: '330200',
  },
  {
    code: 'XJ-AUDIT',
    name: '审计厅（演示）',
    nameEn: 'Audit office (demo)',
    kind: 'audit-office' as const,
    parentCode: null,
    areaCode: '650000',
  },
];

/** Sub-pairings named by the reference: Hangzhou → Aksu city, Ningbo → Kuqa (under Zhejiang–Aksu). */
const DEMO_SUB_PAIRINGS = [
  {
    donorCode: '330100',
    recipientAreaCode: '652901',
    note: 'Hangzhou → Aksu city (reference example)',
  },
  { donorCode: '330200', recipientAreaCode: '652902', note: 'Ningbo → Kuqa (reference example)' },
];

const DEMO_ACCOUNTS = [
  {
    username: 'demo-coordinator',
    displayName: '演示·协调员',
    grants: [{ role: 'coordinator' as const }],
  },
  {
    username: 'demo-beijing',
    displayName: '演示·北京前指',
    grants: [{ role: 'donor-editor' as const, orgCode: '110000' }],
  },
  {
    username: 'demo-shanghai',
    displayName: '演示·上海前指',
    grants: [{ role: 'donor-editor' as const, orgCode: '310000' }],
  },
  {
    username: 'demo-hotan',
    displayName: '演示·和田地区',
    grants: [{ role: 'recipient-editor' as const, areaCode: '653200' }],
  },
  {
    username: 'demo-auditor',
    displayName: '演示·审计',
    grants: [{ role: 'auditor' as const, orgCode: 'XJ-AUDIT' }],
  },
  { username: 'demo-viewer', displayName: '演示·访客', grants: [{ role: 'viewer' as const }] },
  {
    // A viewer who also edits for two donors: the home page's figures cover both.
    username: 'demo-multi',
    displayName: '演示·京沪联络',
    grants: [
      { role: 'viewer' as const },
      { role: 'donor-editor' as const, orgCode: '110000' },
      { role: 'donor-editor' as const, orgCode: '310000' },
    ],
  },
];

/** Whether any demo account exists (the server refuses non-loopback addresses then). */
export async function hasDemoAccounts(database: Database): Promise<boolean> {
  const row = await database.db
    .selectFrom('users')
    .select('id')
    .where('origin', '=', 'demo')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads the demo data through the same use cases as the API (so it is validated and in the
 * history), skipping what is already there. With `accounts`, also the demo accounts — only
 * ever for a server on a loopback address (checked by `serve`). The generated years and all
 * their dates are laid out as of `today` (default: today, UTC).
 */
export async function loadDemoData(
  database: Database,
  opts: { accounts: boolean; today?: string },
): Promise<{ summary: string }> {
  const today = opts.today ?? todayUtc();
  const ctx = { actor: systemActor('demo'), db: database.db };
  const db = database.db;
  let orgs = 0;
  let pairings = 0;
  let accounts = 0;
  for (const org of DEMO_ORGANISATIONS) {
    const exists = await db
      .selectFrom('organisations')
      .select('code')
      .where('code', '=', org.code)
      .executeTakeFirst();
    if (exists) continue;
    await createOrganisation(ctx, org);
    orgs++;
  }
  const zhejiangAksu = await db
    .selectFrom('pairings')
    .select(['id', 'validFrom'])
    .where('donorCode', '=', '330000')
    .where('recipientAreaCode', '=', '652900')
    .where('parentId', 'is', null)
    .executeTakeFirstOrThrow();
  for (const sub of DEMO_SUB_PAIRINGS) {
    const exists = await db
      .selectFrom('pairings')
      .select('id')
      .where('donorCode', '=', sub.donorCode)
      .where('recipientAreaCode', '=', sub.recipientAreaCode)
      .executeTakeFirst();
    if (exists) continue;
    await createPairing(ctx, {
      ...sub,
      parentId: zhejiangAksu.id,
      validFrom: zhejiangAksu.validFrom,
      confidence: 'M',
    });
    pairings++;
  }
  // The report's projects, then a generated national picture of the last year and this one so
  // that every donor has plans and funds to show (codes starting with G). A year already there
  // (loaded on an earlier day) is kept as it is.
  const seedProjects = await loadSeedProjects(database);
  let generated = 0;
  const [, thisYear] = demoYears(today);
  for (const year of demoYears(today)) {
    const hasGenerated = await db
      .selectFrom('projects')
      .select('id')
      .where('code', 'like', `G${year}-%`)
      .executeTakeFirst();
    if (hasGenerated) continue;
    const totals = await generateDataSet(database, {
      fromYear: year,
      years: 1,
      projectsPerYear: 1000,
      yuanPerYear: 20_000_000_000,
      seed: 2025,
      today,
      lateShare: 0,
      targets: demoTargets(thisYear),
      planStatus: (donor, y) =>
        y === thisYear && (DEMO_SUBMITTED_PLANS as readonly string[]).includes(donor)
          ? 'submitted'
          : 'approved',
    });
    generated += totals.projects;
  }
  const cases = await loadDemoCases(database, today);
  const training = await loadDemoTraining(database);
  await loadDemoCompanies(database, today);
  const people = await loadDemoPeople(database, today);
  const indicatorForms = await loadDemoIndicators(database);
  if (opts.accounts) {
    for (const account of DEMO_ACCOUNTS) {
      const exists = await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', account.username)
        .executeTakeFirst();
      if (exists) continue;
      await createUser(ctx, { ...account, password: DEMO_PASSWORD, origin: 'demo' });
      accounts++;
    }
  }
  return {
    summary: `${orgs} organisations, ${pairings} sub-pairings, ${seedProjects} report projects, ${generated} generated projects, ${cases} deliberate cases, ${training} training and exchange records, ${people} people, team, mentoring and institution-pairing records, ${indicatorForms} indicator forms, ${accounts} accounts added`,
  };
}
