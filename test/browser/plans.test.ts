/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoYears } from '../../src/seed/demo.js';
import {
  browserAvailable,
  chooseOption,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

/** The demo's years as of today (the server loads it as of today). */
const DEMO_YEARS = demoYears();
/** The year after the demo's data: Beijing has no plan for it yet, and may plan this year's projects. */
const PLAN_YEAR = DEMO_YEARS[1] + 1;

interface ProjectJson {
  code: string;
  livelihoodShareBp: number;
}

describe.skipIf(!browserAvailable())('annual plans in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  let planUrl = '';
  /** A Beijing project with no livelihood share, and one wholly livelihood. */
  let industry = '';
  let livelihood = '';

  const login = (p: Page, username: string) => logInAs(p, server.url, username);

  /** The first of the donor's projects of a type whose livelihood share is `bp`. */
  async function projectWith(type: string, bp: number): Promise<string> {
    const res = await page.request.get(
      `${server.url}/api/projects?donor=110000&year=${DEMO_YEARS[1]}&type=${type}&limit=20`,
    );
    expect(res.status()).toBe(200);
    const list = (await res.json()) as { items: { code: string }[] };
    for (const { code } of list.items) {
      const detail = (await (
        await page.request.get(`${server.url}/api/projects/${code}`)
      ).json()) as ProjectJson;
      if (detail.livelihoodShareBp === bp) return code;
    }
    throw new Error(`no ${type} project of Beijing with a livelihood share of ${bp} bp`);
  }

  /** A full-page screenshot from the top (the header is sticky), after animations settle. */
  async function shot(p: Page, name: string) {
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.waitForTimeout(400);
    await p.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  /** Waits for the element with the test id to carry the attribute value. */
  async function attr(testId: string, name: string, value: string) {
    await page.locator(`[data-testid="${testId}"][${name}="${value}"]`).waitFor();
  }

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 15_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('lists the Beijing editor’s plans and drafts a new one', { timeout: 60_000 }, async () => {
    await login(page, 'demo-beijing');
    industry = await projectWith('industry', 0);
    livelihood = await projectWith('livelihood', 10_000);

    await page.goto(`${server.url}/plans`);
    await page.getByTestId(`plan-link-110000-${DEMO_YEARS[1]}`).waitFor();
    // A donor editor sees its own donor's plans only.
    const rows = page.locator('[data-testid="plans-table"] tbody tr[data-row-key]');
    expect(await rows.count()).toBe(DEMO_YEARS.length);
    await shot(page, 'plans-list');

    await page.getByRole('button', { name: /新建计划/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('年度').click();
    await chooseOption(page, String(PLAN_YEAR));
    await dialog.getByLabel('计划总额（万元）').fill('500');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await page.waitForURL(/\/plans\/\d+$/);
    planUrl = page.url();
    await attr('plan-status', 'data-status', 'draft');
    await page.getByText(`北京市 ${PLAN_YEAR} 年度计划`).waitFor();
    await page.getByText('计划中还没有项目。').first().waitFor();
    await shot(page, 'plans-new');
  });

  it('adds two projects, sees the what-if before saving, and saves', {
    timeout: 60_000,
  }, async () => {
    for (const code of [industry, livelihood]) {
      await page.getByLabel('添加项目').fill(code);
      await chooseOption(page, code);
      await page.getByLabel(`${code} 的计划资金（万元）`).fill('100');
    }
    // Half the funds on a wholly-livelihood project: 50.0%, computed but not saved.
    await attr('rules-state', 'data-state', 'what-if');
    await attr('whatif-livelihood', 'data-bp', '5000');
    await attr('gauge-livelihood', 'data-share-bp', '5000');
    await page.getByTestId('plan-save').click();
    await attr('rules-state', 'data-state', 'saved');
    await attr('saved-livelihood', 'data-bp', '5000');
    await expect(page.getByTestId('plan-items-sum').getAttribute('data-fen')).resolves.toBe(
      '200000000',
    );
  });

  it('updates the gauges live when an amount changes, before saving', async () => {
    await page.getByLabel(`${industry} 的计划资金（万元）`).fill('300');
    await page.getByTestId('plan-unsaved').waitFor();
    // 1 of 4 million on livelihood: the what-if says 25.0% while the saved figure stays 50.0%.
    await attr('whatif-livelihood', 'data-bp', '2500');
    await attr('gauge-livelihood', 'data-share-bp', '2500');
    await attr('gauge-livelihood', 'data-saved-bp', '5000');
    await attr('saved-livelihood', 'data-bp', '5000');
    await attr('whatif-livelihood', 'data-ok', 'false');
    await page.getByTestId('culprits-livelihood').waitFor();
    await page.getByText('未保存的测算').first().waitFor();
    await shot(page, 'plans-whatif');
  });

  it('asks before leaving by the menu with unsaved edits: staying keeps them, leaving drops them', {
    timeout: 60_000,
  }, async () => {
    const amount = page.getByLabel(`${industry} 的计划资金（万元）`);
    const plansLink = page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '年度计划' });
    const confirm = page.getByRole('dialog', { name: '离开此页？' });
    await page.getByTestId('plan-unsaved').waitFor();

    await plansLink.click();
    await confirm.getByText('有尚未保存的修改，离开后这些修改将丢失。').waitFor();
    await shot(page, 'plans-leave-confirm');
    await confirm.getByRole('button', { name: '留在此页' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(planUrl);
    await expect(amount.inputValue()).resolves.toBe('300');
    await page.getByTestId('plan-unsaved').waitFor();

    await plansLink.click();
    await confirm.getByRole('button', { name: /^离\s*开$/ }).click();
    await page.waitForURL(/\/plans$/);
    await page.locator('[data-testid="plans-table"] tbody tr[data-row-key]').first().waitFor();

    // Back on the plan the edit is gone; it is made again for the conflict below.
    await page.goto(planUrl);
    await expect(amount.inputValue()).resolves.toBe('100');
    await amount.fill('300');
    await page.getByTestId('plan-unsaved').waitFor();
    await attr('whatif-livelihood', 'data-bp', '2500');
  });

  it('explains a conflict when someone else saved meanwhile, then reloads', {
    timeout: 60_000,
  }, async () => {
    const id = /\/plans\/(\d+)$/.exec(planUrl)?.[1];
    const current = (await (await page.request.get(`${server.url}/api/plans/${id}`)).json()) as {
      version: number;
      items: { project: string; plannedFen: number }[];
    };
    const other = await page.request.put(`${server.url}/api/plans/${id}`, {
      headers: { 'If-Match': `"${current.version}"` },
      data: {
        totalFen: 600_000_000,
        items: current.items.map((i) => ({ project: i.project, plannedFen: i.plannedFen })),
      },
    });
    expect(other.status()).toBe(200);

    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-conflict').waitFor();
    await page.getByText('此计划已被他人修改').waitFor();
    await shot(page, 'plans-conflict');
    await page.getByTestId('plan-reload').click();
    await page.getByTestId('plan-conflict').waitFor({ state: 'detached' });
    await expect(page.getByTestId('plan-total').inputValue()).resolves.toBe('600');
    await expect(page.getByLabel(`${industry} 的计划资金（万元）`).inputValue()).resolves.toBe(
      '100',
    );

    await page.getByLabel(`${industry} 的计划资金（万元）`).fill('300');
    await attr('whatif-livelihood', 'data-bp', '2500');
    await page.getByTestId('plan-save').click();
    await attr('rules-state', 'data-state', 'saved');
    await attr('saved-livelihood', 'data-bp', '2500');
  });

  it('submits the plan', async () => {
    await page.getByTestId('plan-submit').click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /提交审批/ })
      .click();
    await attr('plan-status', 'data-status', 'submitted');
    await expect(page.getByTestId('plan-save').count()).resolves.toBe(0);
    await shot(page, 'plans-submitted');
  });

  it('is approved by the coordinator', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const coordinator = await context.newPage();
    coordinator.setDefaultTimeout(15_000);
    try {
      await login(coordinator, 'demo-coordinator');
      await coordinator.goto(planUrl);
      await coordinator.locator('[data-testid="plan-status"][data-status="submitted"]').waitFor();
      await coordinator.getByTestId('plan-return').waitFor();
      await coordinator.getByTestId('plan-approve').click();
      await coordinator
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /批\s*准/ })
        .click();
      await coordinator.locator('[data-testid="plan-status"][data-status="approved"]').waitFor();
      await expect(coordinator.getByTestId('plan-approve').count()).resolves.toBe(0);
      await shot(coordinator, 'plans-approved');

      await coordinator.getByText('English', { exact: true }).click();
      await coordinator.getByText(`Beijing annual plan ${PLAN_YEAR}`).waitFor();
      await shot(coordinator, 'plans-approved-en');
    } finally {
      await context.close();
    }
  });
});
