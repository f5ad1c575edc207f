import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import { createUser } from '../modules/accounts/service.js';
import { createOrganisation } from '../modules/organisations/service.js';
import { createPairing } from '../modules/pairings/service.js';
import { loadSeedProjects } from './demo-projects.js';
import { generateDataSet } from './generate.js';

/** The years the demo's generated data covers; the last is the demo year. */
export const DEMO_YEARS = [2024, 2025] as const;

/** The published password of every demo account (documented in the README). */
export const DEMO_PASSWORD = 'shanhai-demo';

/** Organisations of the demo: the programme office and two of Zhejiang's cities. */
const DEMO_ORGANISATIONS = [
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
 * ever for a server on a loopback address (checked by `serve`).
 */
export async function loadDemoData(
  database: Database,
  opts: { accounts: boolean },
): Promise<{ summary: string }> {
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
  // The report's projects, then a generated national picture for the demo years so that every
  // donor has plans and funds to show (codes starting with G).
  const seedProjects = await loadSeedProjects(database);
  let generated = 0;
  const hasGenerated = await db
    .selectFrom('projects')
    .select('id')
    .where('code', 'like', `G${DEMO_YEARS[0]}-%`)
    .executeTakeFirst();
  if (!hasGenerated) {
    const totals = await generateDataSet(database, {
      fromYear: DEMO_YEARS[0],
      years: DEMO_YEARS.length,
      projectsPerYear: 1000,
      yuanPerYear: 20_000_000_000,
      seed: 2025,
    });
    generated = totals.projects;
  }
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
    summary: `${orgs} organisations, ${pairings} sub-pairings, ${seedProjects} report projects, ${generated} generated projects, ${accounts} accounts added`,
  };
}
