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
import { requestsBeforeChunk } from '../support/early-requests.js';

/** The demo's last full year (the server loads the demo as of today). */
const YEAR = demoYears()[0];
const COMPLIANCE = `programme=xinjiang&year=${YEAR}&basis=actual`;

describe.skipIf(!browserAvailable())('projects and compliance in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const code = `T-${YEAR}-BJ-${Date.now().toString(36)}`;
  let beforeFen = 0;

  async function beijingTotalFen(): Promise<number> {
    const res = await page.request.get(`${server.url}/api/compliance?${COMPLIANCE}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: { donor: { code: string }; totalFen: number }[] };
    return body.items.find((x) => x.donor.code === '110000')?.totalFen ?? 0;
  }

  async function pick(label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click();
    await chooseOption(page, option);
  }

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 10_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('loads the app’s scripts compressed (brotli, built beside each asset)', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const main = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(main, html).toBeDefined();
    const res = await fetch(`${server.url}${main}`, { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('logs in as the Beijing editor and lists projects', async () => {
    await logInAs(page, server.url, 'demo-beijing');
    beforeFen = await beijingTotalFen();
    expect(beforeFen).toBeGreaterThan(0);

    await page.goto(`${server.url}/projects?donor=110000&year=${YEAR}&sort=-budgetFen`);
    await page.locator('[data-testid="projects-table"] tbody tr[data-row-key]').first().waitFor();
    await expect(
      page
        .getByText(/共 \d+ 条/)
        .first()
        .textContent(),
    ).resolves.toMatch(/共 \d+ 条/);
    await page.screenshot({ path: `${SHOTS}/projects-registry.png`, fullPage: true });
  });

  it('asks for the registry’s rows while the registry’s code is still on its way (decision 0075)', async () => {
    const context = await browser.newContext({ storageState: await page.context().storageState() });
    const { askedBeforeChunk, asked: lists } = await requestsBeforeChunk(
      await context.newPage(),
      `${server.url}/projects?donor=110000&sort=-budgetFen&size=50`,
      /\/assets\/ProjectsPage-[^/]+\.js$/,
      '/api/projects',
      '[data-testid="projects-table"] tbody tr[data-row-key]',
    );
    expect(askedBeforeChunk).toBe(true);
    // The screen used the answer asked for early: one request, with the address's filters.
    expect(lists, lists.join('\n')).toHaveLength(1);
    const asked = new URL(lists[0] as string).searchParams;
    expect([asked.get('donor'), asked.get('sort'), asked.get('limit')]).toEqual([
      '110000',
      '-budgetFen',
      '50',
    ]);
    await context.close();
  });

  it('asks for the compliance rules while the compliance screen’s code is still on its way (decision 0077)', async () => {
    const context = await browser.newContext({ storageState: await page.context().storageState() });
    const { askedBeforeChunk, asked } = await requestsBeforeChunk(
      await context.newPage(),
      `${server.url}/compliance?year=${YEAR}&basis=plan`,
      /\/assets\/CompliancePage-[^/]+\.js$/,
      '/api/compliance',
      '[data-testid="compliance-table"] tbody tr[data-row-key]',
    );
    expect(askedBeforeChunk).toBe(true);
    // The screen used the answer asked for early: one request, for the address's year and basis.
    expect(asked, asked.join('\n')).toHaveLength(1);
    const params = new URL(asked[0] as string).searchParams;
    expect([params.get('programme'), params.get('year'), params.get('basis')]).toEqual([
      'xinjiang',
      String(YEAR),
      'plan',
    ]);
    await context.close();
  });

  it('creates a project through the form and records a disbursement', {
    timeout: 90_000,
  }, async () => {
    await page.goto(`${server.url}/projects`);
    await page.getByRole('button', { name: /新建项目/ }).click();
    await page.waitForURL(/\/projects\/new/);
    await page.getByTestId('project-submit').waitFor();
    await page.getByRole('textbox', { name: '项目代码' }).fill(code);
    await page.getByLabel('项目名称（中文）').fill('浏览器测试·和田市民生项目');
    await pick('项目类型', '民生');
    await expect(page.getByLabel('民生占比（%）').inputValue()).resolves.toBe('100');
    // The area by its pinyin initials, chosen with the keyboard.
    await page.getByLabel('受援地区 1').fill('hts');
    await page.locator('.ant-select-dropdown:visible [data-area="653201"]').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('location-area-0').getByText('和田市（和田地区）').waitFor();
    await page.getByLabel('份额（%） 1').fill('100');
    await expect(page.getByTestId('locations-sum').textContent()).resolves.toMatch(/100\.0%/);
    await page.getByLabel('预算（万元）').fill('100');
    await pick('阶段', '立项');
    await page.getByLabel('立项日期').fill(`${YEAR}-03-01`);
    // Enter confirms the date and does not submit the form (issue 8).
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/\/projects\/new$/);
    await page.getByTestId('project-submit').click();
    await page.waitForURL(new RegExp(`/projects/${code}$`));
    await page.getByTestId('project-code').waitFor();
    await expect(page.getByTestId('project-budget').getAttribute('data-fen')).resolves.toBe(
      '100000000',
    );

    await page.getByRole('tab', { name: '资金' }).click();
    await page.getByLabel('金额（万元）').fill('50');
    await page.getByRole('textbox', { name: '日期' }).fill(`${YEAR}-06-01`);
    await page.keyboard.press('Enter');
    const row = page.locator('[data-testid="ledger-table"] [data-fen="50000000"]');
    await row
      .waitFor({ timeout: 3000 })
      .catch(() => page.getByRole('button', { name: '记录资金' }).click());
    await row.waitFor();
    expect(await row.count()).toBe(1);
    await page.getByText(`${YEAR}-06-01`).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/project-money.png`, fullPage: true });
    await page.getByRole('tab', { name: '概况' }).click();
    await page.getByText('结对内').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/project-overview.png`, fullPage: true });
  });

  it('shows Beijing’s total up by exactly 500000 yuan on the compliance page', async () => {
    await page.goto(`${server.url}/compliance?${COMPLIANCE}`);
    const total = page.getByTestId('compliance-total-110000');
    await total.waitFor();
    const afterFen = Number(await total.getAttribute('data-fen'));
    expect(afterFen - beforeFen).toBe(50_000_000);
    await expect(page.getByTestId('compliance-thresholds').textContent()).resolves.toMatch(
      /80\.0%/,
    );
    await page.screenshot({ path: `${SHOTS}/compliance.png`, fullPage: true });
  });
});
