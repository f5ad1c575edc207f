/// <reference lib="dom" />
/**
 * `npm run bench:browser [-- --db var/bench/bench-20x20000.db]`: the project registry in a real
 * Chromium over the national data set that `npm run bench` generates (400,000 projects). Logs in
 * as a donor editor and as the coordinator, opens the registry, filters, sorts, pages deep and
 * searches, timing each step from the action to the rows on screen: the first of each session is
 * a page load (the app's code included), the others navigate inside the app as its controls do. Prints the figures and
 * leaves a screenshot in test-results/screenshots/registry-400k-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildApp } from '../src/http/app.js';
import { createTestUser } from '../test/support/accounts.js';
import { launchChromium } from '../test/support/browser.js';
import { ensureWebBuilt, WEB_ROOT } from '../test/support/server.js';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'var/bench/bench-20x20000.db' } },
});
const file = values.db as string;
if (!existsSync(file)) {
  console.error(`no data set at ${file}: run \`npm run bench -- --engine sqlite\` first`);
  process.exit(1);
}
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
ensureWebBuilt();

const database = openDatabase(`sqlite:${file}`);
await migrateToLatest(database);
const total = await database.db
  .selectFrom('projects')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
const app = await buildApp({
  database,
  cookieSecure: false,
  sessionHours: 1,
  webRoot: WEB_ROOT,
  logLevel: 'warn',
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
const rows = '[data-testid="projects-table"] tbody tr[data-row-key]';
const results: Array<[string, string, number]> = [];

/** Runs an action and waits for the registry's answer and then its rows on screen. */
async function timed(page: Page, who: string, what: string, action: () => Promise<unknown>) {
  const started = performance.now();
  const startedAt = Date.now();
  const answered = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/projects' && r.request().method() === 'GET',
  );
  await action();
  const response = await answered;
  const answeredAt = Date.now();
  const body = (await response.json()) as { total: number };
  await page.locator('[data-testid="projects-table"] .ant-spin-spinning').waitFor({
    state: 'detached',
  });
  const spinnerGoneAt = Date.now();
  if (body.total > 0) await page.locator(rows).first().waitFor();
  if (process.env.BENCH_DEBUG) {
    const t0 = response.request().timing().startTime;
    console.log(
      `    request sent +${(t0 - startedAt).toFixed(0)} ms, answered +${answeredAt - startedAt} ms, spinner gone +${spinnerGoneAt - startedAt} ms, rows +${Date.now() - startedAt} ms`,
    );
  }
  const ms = performance.now() - started;
  const timing = response.request().timing();
  const serverMs = timing.responseStart - timing.requestStart;
  results.push([who, what, ms]);
  console.log(
    `  ${who.padEnd(12)} ${what.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms  (API ${serverMs.toFixed(0)} ms; ${body.total} projects)`,
  );
}

/** Navigates inside the app, as a click on a filter or a link does (no page reload). */
function go(page: Page, path: string) {
  return page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function session(role: 'donor-editor' | 'coordinator', orgCode?: string) {
  const { username, password } = await createTestUser(database, {
    role,
    ...(orgCode ? { orgCode } : {}),
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  page.setDefaultTimeout(30_000);
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

try {
  console.log(`registry in Chromium over ${total.n} projects (${file})`);
  const coordinator = await session('coordinator');
  const who = 'coordinator';
  await timed(coordinator, who, 'open the registry (page load, newest first)', () =>
    coordinator.goto(`${url}/projects`),
  );
  await coordinator.screenshot({ path: `${SHOTS}/registry-400k-newest.png` });
  await timed(coordinator, who, 'filter: Shanghai, 2024, accepted', () =>
    go(coordinator, '/projects?donor=310000&year=2024&stage=accepted'),
  );
  await timed(coordinator, who, 'next page (click)', () =>
    coordinator.locator('.ant-pagination-next button, li.ant-pagination-next').first().click(),
  );
  await timed(coordinator, who, 'sort by budget, largest first', () =>
    go(coordinator, '/projects?sort=-budgetFen'),
  );
  await timed(coordinator, who, 'page 5,000 of everything (offset 99,980)', () =>
    go(coordinator, '/projects?page=5000'),
  );
  await timed(coordinator, who, 'search 供暖 (free text over codes and names)', () =>
    go(coordinator, `/projects?q=${encodeURIComponent('供暖')}`),
  );
  await coordinator.screenshot({ path: `${SHOTS}/registry-400k-search.png` });

  const beijing = await session('donor-editor', '110000');
  await timed(beijing, 'Beijing', 'open the registry (page load, what it may see)', () =>
    beijing.goto(`${url}/projects`),
  );
  await timed(beijing, 'Beijing', 'filter: 2023, started', () =>
    go(beijing, '/projects?year=2023&stage=started'),
  );
  await beijing.screenshot({ path: `${SHOTS}/registry-400k-beijing.png` });
  const worst = Math.max(...results.map(([, , ms]) => ms));
  console.log(`  slowest step ${worst.toFixed(0)} ms (each step: action → rows on screen)`);
} finally {
  await browser.close();
  await app.close();
  await database.close();
}
