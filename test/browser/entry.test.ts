/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

/** Entry help (issue 8): the area picker, suggested codes, bulk warning actions. */
describe.skipIf(!browserAvailable())('entry help in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  const dropdown = () => page.locator('.ant-select-dropdown:visible');

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('filters the registry by an area picked by its pinyin initials (subtree)', {
    timeout: 120_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/projects`);
    await page.locator('[data-testid="projects-table"] tbody tr[data-row-key]').first().waitFor();
    await page.getByLabel('受援地区', { exact: true }).click();
    await page.getByLabel('受援地区', { exact: true }).fill('htdq');
    const hit = dropdown().locator('[data-area="653200"]');
    await hit.waitFor();
    await expect(hit.textContent()).resolves.toMatch(/和田地区.*新疆维吾尔自治区/);
    await page.screenshot({ path: `${SHOTS}/entry-area-picker-zh.png` });
    await page.keyboard.press('Enter');
    await page.waitForURL(/area=653200/);
    await page.getByTestId('pf-area').getByText('和田地区（新疆维吾尔自治区）').waitFor();
    const rows = page.locator('[data-testid="projects-table"] tbody tr[data-row-key]');
    await rows.first().waitFor();
    // Every row lies in Hotan prefecture: its recipient areas say so.
    const res = await page.request.get(`${server.url}/api/projects?area=653200&limit=5`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { total: number };
    expect(body.total).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/entry-registry-area-zh.png`, fullPage: true });
  });

  it('browses the tree from the programme’s province: Hotan prefecture → Hotan county', {
    timeout: 120_000,
  }, async () => {
    await page.goto(`${server.url}/projects?programme=xinjiang`);
    await page.getByLabel('受援地区', { exact: true }).click();
    const hotan = dropdown().locator('.ant-select-tree-treenode', {
      has: page.locator('[data-area="653200"]'),
    });
    await hotan.locator('.ant-select-tree-switcher').click();
    await dropdown().locator('[data-area="653221"]').click();
    await page.waitForURL(/area=653221/);
    await page.getByTestId('pf-area').getByText('和田县（和田地区）').waitFor();
  });
});
