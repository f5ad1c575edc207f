/// <reference lib="dom" />
/**
 * A refused request reads in the screen's language (decision 0017): the server answers with a
 * code and parameters, the web shows its own translation of the code.
 */
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

describe.skipIf(!browserAvailable())('problems on screen, in the screen’s language', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  let taken = '';

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 15_000 }));
    await logInAs(page, server.url, 'demo-beijing');
    const res = await page.request.get(`${server.url}/api/projects?donor=110000&limit=1`);
    expect(res.status()).toBe(200);
    taken = ((await res.json()) as { items: { code: string }[] }).items[0]?.code ?? '';
    expect(taken).not.toBe('');
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  async function pick(label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click();
    await chooseOption(page, option);
  }

  it('a taken project code is refused in Chinese on the code field', {
    timeout: 90_000,
  }, async () => {
    await page.goto(`${server.url}/projects/new`);
    await page.getByTestId('project-submit').waitFor();
    await page.getByRole('textbox', { name: '项目代码' }).fill(taken);
    await page.getByLabel('项目名称（中文）').fill('浏览器测试·重复的项目代码');
    await pick('项目类型', '民生');
    await page.getByLabel('受援地区 1').fill('hts');
    await page.locator('.ant-select-dropdown:visible [data-area="653201"]').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('location-area-0').getByText('和田市（和田地区）').waitFor();
    await page.getByLabel('份额（%） 1').fill('100');
    await page.getByLabel('预算（万元）').fill('100');
    await page.getByTestId('project-submit').click();
    const message = page.getByText(`项目编号 ${taken} 已存在`);
    await message.first().waitFor();
    await expect(page.getByText(/already exists/).count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/problems-taken-code-zh.png`, fullPage: true });
  });

  it('an unknown project says so in Chinese, then in English', async () => {
    await page.goto(`${server.url}/projects/NOPE-123`);
    await page.getByText('没有项目 NOPE-123').first().waitFor();
    await expect(page.getByText(/no project NOPE-123/).count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/problems-not-found-zh.png`, fullPage: true });

    await page.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    await page.reload();
    await page.getByText('No project NOPE-123').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/problems-not-found-en.png`, fullPage: true });
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
  });
});
