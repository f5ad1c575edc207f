/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  chooseOption,
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
    // The 受援地区 column names the rows' areas, in Hotan prefecture.
    const hotanCounties = [
      '和田市',
      '和田县',
      '墨玉县',
      '皮山县',
      '洛浦县',
      '策勒县',
      '于田县',
      '民丰县',
    ];
    const areasText = (await page.getByTestId('project-areas').first().textContent()) ?? '';
    expect(
      hotanCounties.some((n) => areasText.includes(n)) || areasText.includes('和田'),
      areasText,
    ).toBe(true);
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

  it('suggests the code from donor and year, picks the area by initials, shows the 立项 date', {
    timeout: 120_000,
  }, async () => {
    await page.goto(`${server.url}/projects/new`);
    const code = page.getByRole('textbox', { name: '项目代码' });
    await expect
      .poll(() => code.inputValue(), { timeout: 30_000 })
      .toMatch(new RegExp(`^XJ-${new Date().getUTCFullYear()}-BJ-\\d{3,4}$`));
    await page.getByLabel('立项日期').fill('2025-03-01');
    await page.keyboard.press('Enter');
    // The demo has XJ-2025-BJ-001 and -002: the next is 003, as wide as theirs.
    await expect.poll(() => code.inputValue(), { timeout: 30_000 }).toBe('XJ-2025-BJ-003');
    await page.getByLabel('项目名称（中文）').fill('浏览器测试·和田市便民服务中心');
    await page.getByLabel('项目类型', { exact: true }).click();
    await chooseOption(page, '民生');
    await page.getByLabel('受援地区 1').fill('hts');
    await dropdown().locator('[data-area="653201"]').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('location-area-0').getByText('和田市（和田地区）').waitFor();
    await page.getByLabel('份额（%） 1').fill('100');
    await page.getByLabel(/预算/).fill('100');
    await page.getByLabel('阶段', { exact: true }).click();
    await chooseOption(page, '立项');
    await page.getByTestId('code-suggestion').waitFor();
    await page.screenshot({ path: `${SHOTS}/entry-new-project-zh.png`, fullPage: true });
    await page.getByTestId('project-submit').click();
    await page.waitForURL(/\/projects\/XJ-2025-BJ-003$/);
    const res = await page.request.get(`${server.url}/api/projects/XJ-2025-BJ-003`);
    expect((await res.json()).locations[0].area.code).toBe('653201');
    // The 立项 step shows the approval date.
    await page.getByText('2025-03-01').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/entry-project-approved-zh.png`, fullPage: true });
  });

  it('shows the picker and the suggestion in English', { timeout: 120_000 }, async () => {
    await page.goto(`${server.url}/projects/new`);
    await page.getByText('English', { exact: true }).click();
    // The suggestion is there in Chinese first; wait for it to change language.
    await page
      .getByTestId('code-suggestion')
      .filter({ hasText: /Suggested code/ })
      .waitFor();
    await expect(page.getByTestId('code-suggestion').textContent()).resolves.toMatch(
      /Suggested code XJ-\d{4}-BJ-/,
    );
    // The English name first, the Chinese beside it; found by pinyin or by the English name.
    await page.getByLabel('Recipient area 1').fill('hetian');
    await dropdown().locator('[data-area="653201"]').waitFor();
    // The list re-renders as the search narrows: poll until it settles on the text.
    await expect.poll(() => dropdown().textContent()).toMatch(/Hotan City 和田市/);
    await page.getByLabel('Recipient area 1').fill('hotan city');
    await dropdown().locator('[data-area="653201"]').waitFor();
    await expect.poll(() => dropdown().textContent()).toMatch(/Xinjiang Uygur Autonomous Region/);
    await page.screenshot({ path: `${SHOTS}/entry-new-project-en.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await page.getByText('中文', { exact: true }).click();
  });
});
