/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';
import { requestsBeforeChunk } from '../support/early-requests.js';

describe.skipIf(!browserAvailable())('web app in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium());
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('refuses a wrong password with a message, then logs in', async () => {
    await page.goto(`${server.url}/login?next=/pairings`);
    await page.getByLabel('用户名').fill('demo-beijing');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toMatch(
      /用户名或密码错误/,
    );

    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('current-user').waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toMatch(/北京/);
  });

  it('asks for the county shapes while the pairings screen’s code is still on its way (decision 0077)', async () => {
    const context = await browser.newContext({ storageState: await page.context().storageState() });
    const early = await context.newPage();
    const counties: string[] = [];
    early.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/areas' && url.searchParams.get('within') === '650000')
        counties.push(request.url());
    });
    const { askedBeforeChunk, asked } = await requestsBeforeChunk(
      early,
      `${server.url}/pairings`,
      /\/assets\/PairingsPage-[^/]+\.js$/,
      /^\/assets\/xinjiang-counties-[^/]+\.json$/,
      '[data-testid="pairings-map"][data-colored-count]',
    );
    expect(askedBeforeChunk).toBe(true);
    // The map used the shapes and the counties asked for early: one request each.
    expect(asked, asked.join('\n')).toHaveLength(1);
    expect(counties, counties.join('\n')).toHaveLength(1);
    await context.close();
  });

  it('shows the pairings map with the counties coloured by donor', async () => {
    await page.goto(`${server.url}/pairings`);
    const map = page.locator('[data-testid="pairings-map"][data-colored-count]');
    await map.waitFor({ timeout: 30_000 });
    const colored = Number(await map.getAttribute('data-colored-count'));
    const unmatched = Number(await map.getAttribute('data-unmatched-count'));
    // 68 pairings; prefecture pairings colour all their counties. The map's county list predates
    // the 2023 codes: the XPCC cities it lacks are listed beside the map instead.
    expect(colored).toBeGreaterThan(90);
    expect(unmatched).toBe(3);
    await expect(page.getByText('胡杨河市').first().isVisible()).resolves.toBe(true);
    // ECharts has drawn the map on its canvas.
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="pairings-map"] canvas');
      return canvas instanceof HTMLCanvasElement && canvas.width > 300;
    });
    expect(painted).toBe(true);
    await page.screenshot({ path: `${SHOTS}/pairings-map.png`, fullPage: true });
  });

  it('finds an area by its pinyin initials and shows its donor through the prefecture, in both languages', async () => {
    const search = page.getByRole('combobox', { name: /查找地区/ });
    await search.focus();
    await page.keyboard.type('KELS');
    // Enter takes the active option: wait until it is 库尔勒市 from the results for "KELS", not
    // the first result for "KEL" (岢岚县, Kelan) still shown while the last search is answered.
    await page.locator('.ant-select-item-option-active', { hasText: '库尔勒市' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/areas\/652801/);
    await page.getByText('库尔勒市').first().waitFor();
    await page.getByText('河北省').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/area-korla.png`, fullPage: true });
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Hebei').first().waitFor();
    expect(page.url()).toContain('/areas/652801');
  });
});
