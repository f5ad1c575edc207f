/// <reference lib="dom" />
/**
 * The IATI import and import jobs on the import screen in Chromium (decision 0081): the
 * programme office chooses 导入 IATI 活动文件, a programme and the defaults, uploads BEIS's
 * activity file from ../shared/iati, sees the dry run's counts and transaction types, commits,
 * and finds 9 new projects; then a projects CSV over 256 KiB goes as a job, its progress card
 * shown until its report arrives. One demo server, one page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

/** What must never reach a screen: problem codes, field paths, raw values of nothing. */
const RAW = /importJob\.|iati\.[a-zA-Z]+|import\.[a-zA-Z]+|undefined|null|NaN|\[object/;
const BEIS = readFileSync(join(__dirname, '../../../shared/iati/beis-activity.xml'));

describe.skipIf(!browserAvailable())('IATI import and import jobs in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: DemoInChromium['browser'];
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 60_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const pick = async (testId: string, text: string | null, search?: string) => {
    await page.getByTestId(testId).click();
    if (search) await page.keyboard.type(search);
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    const option = text ? options.filter({ hasText: text }).first() : options.first();
    await option.click();
  };

  it('imports an IATI file through the screen: dry run with counts, commit, 9 projects', {
    timeout: 240_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-coordinator');
    await page.goto(`${server.url}/imports?kind=iati`);
    await page.getByTestId('iati-programme').waitFor();
    // No file before a programme is chosen.
    expect(await page.getByTestId('iati-upload').count()).toBe(0);
    await pick('iati-programme', '对口援疆');
    await pick('iati-donor', '北京');
    await pick('iati-type', null);
    await pick('iati-area', '和田市', '和田市');
    await page
      .locator('input[type=file][data-testid="iati-upload"]')
      .setInputFiles({ name: 'beis-activity.xml', mimeType: 'application/xml', buffer: BEIS });
    await page.getByTestId('iati-report').waitFor();
    const report = (await page.getByTestId('iati-report').textContent()) ?? '';
    expect(report).toContain('读取的活动');
    expect(await page.getByTestId('iati-by-type').textContent()).toBe(
      '按交易类型统计：类型 2：9 笔类型 3：41 笔',
    );
    expect(await page.getByTestId('iati-verdict').textContent()).toContain('可导入 9 个活动为项目');
    expect(report).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/imports-iati-report-zh.png`, fullPage: true });

    await page.getByTestId('iati-commit').click();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByTestId('iati-done').waitFor();
    const done = (await page.getByTestId('iati-done').textContent()) ?? '';
    expect(done).toContain('导入完成：新增 9 个项目');
    expect(done).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/imports-iati-done-zh.png`, fullPage: true });
  });

  it('sends a CSV over 256 KiB as a job: its progress card, then its report', {
    timeout: 240_000,
  }, async () => {
    const lines = ['项目编号,项目名称,牵头援助方,项目类型,预算（元）,项目地点'];
    // Rows the check refuses (an unknown type): the job reads and checks them all, applies none.
    for (let i = 1; lines.join('\n').length < 300 * 1024; i++) {
      lines.push(
        `JOB-${String(i).padStart(5, '0')},后台任务测试项目${i},110000,nope,500000,653201`,
      );
    }
    const csv = Buffer.from(`${lines.join('\n')}\n`);
    await page.goto(`${server.url}/imports?kind=projects`);
    await page.getByTestId('import-upload').waitFor({ state: 'attached' });
    await page
      .locator('input[type=file][data-testid="import-upload"]')
      .setInputFiles({ name: '大文件.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByTestId('import-job').waitFor();
    const card = (await page.getByTestId('import-job').textContent()) ?? '';
    expect(card).toContain('“大文件.csv”正在后台处理');
    expect(card).not.toMatch(RAW);
    await page.getByTestId('import-report').waitFor();
    const report = (await page.getByTestId('import-report').textContent()) ?? '';
    // The rows read, as the statistic groups them (3,227).
    expect(report).toContain((lines.length - 1).toLocaleString('en-US'));
    expect(await page.getByTestId('import-commit').count()).toBe(1);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
  });
});
