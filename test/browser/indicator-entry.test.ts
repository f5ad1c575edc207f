/// <reference lib="dom" />
/**
 * Issue 10's data-entry form and completeness scorecard (decision 0049), in Chinese and
 * English: the previous period and the target beside each field, money typed in 万元, a wrong
 * value refused as typed, a save that moves the reporter's status on the scorecard.
 */
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

const SET = 'revolutionary-areas-annual';
const WUCHUAN = '150125';

describe.skipIf(!browserAvailable())('indicators: data entry and completeness', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const as = async (who: string, use: (p: Page) => Promise<void>) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    try {
      await logInAs(p, server.url, who);
      await use(p);
    } finally {
      await context.close();
    }
  };

  it('enters Wuchuan 2025 beside its 2024 figures and target, and the scorecard follows', async () => {
    // a shared dashboard (its whole content in the URL, decision 0049)
    const dashboard = {
      id: 'wuchuan',
      name: '武川县 2025',
      items: [
        {
          id: 'v',
          kind: 'figure',
          title: '游客',
          query: `m=visitors&programme=revolutionary-areas&area=${WUCHUAN}&from=2025-01-01&to=2025-12-31`,
        },
      ],
    };
    const board = `${server.url}/analysis/dashboards?d=${Buffer.from(JSON.stringify(dashboard)).toString('base64url')}`;
    await as('demo-coordinator', async (p) => {
      await p.goto(`${server.url}/indicators/completeness?set=${SET}&period=2025`);
      const table = p.getByTestId('completeness-table');
      await table.waitFor();
      const row = table.locator('tr', { hasText: '武川县' });
      // nothing entered for 2025 yet: missing, or late once its due date (2026-03-31) has passed
      await expect.poll(() => row.textContent()).toContain('0 / 5');
      expect(await row.textContent()).toMatch(/未填报|逾期/);
      await row.getByText('去填报').click();

      const form = p.getByTestId('entry-form');
      await form.waitFor();
      const entry = p.url();
      // a dashboard whose key figure is Wuchuan's 2025 visitors: no value yet (—)
      await p.goto(board);
      const figure = p.getByTestId('dashboard-item-0-pivot-figure');
      await expect.poll(() => figure.textContent()).toContain('接待游客人次—');
      await p.goto(entry);
      await form.waitFor();
      expect(['missing', 'late']).toContain(await form.getAttribute('data-status'));
      expect(new URL(p.url()).searchParams.get('reporter')).toBe(WUCHUAN);
      // the previous period (2024, the seed's figures) and the 2025 target beside the field
      expect(await p.getByTestId('previous-visitors').textContent()).toBe('806,000');
      expect(await p.getByTestId('previous-tourism_revenue_fen').textContent()).toBe('13,000.00');
      expect(await p.getByTestId('target-visitors').textContent()).toBe('1,000,000');
      expect(await form.textContent()).toContain('上期（2024年）');

      // a wrong amount is refused as typed, and nothing can be saved
      await p.getByTestId('entry-tourism_revenue_fen').fill('一万');
      await form.getByText('请以万元填写金额').waitFor();
      expect(await p.getByTestId('entry-save').isDisabled()).toBe(true);

      await p.getByTestId('entry-visitors').fill('1,050,000');
      await p.getByTestId('entry-tourism_revenue_fen').fill('15000');
      await p.getByTestId('entry-save').click();
      await p.getByText('已保存 2 项数值').waitFor();
      // two of five entered: partial (or still late after the due date)
      await expect
        .poll(async () =>
          ['partial', 'late'].includes((await form.getAttribute('data-status')) ?? ''),
        )
        .toBe(true);
      // the indicator computed from the saved values: 150,000,000 yuan / 1,050,000 visitors
      await expect.poll(() => p.getByTestId('entry-indicators').textContent()).toContain('142.86');
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${SHOTS}/indicator-entry-zh.png`, fullPage: true });

      // the form as stored, after a reload
      await p.reload();
      await expect.poll(() => p.getByTestId('entry-visitors').inputValue()).toBe('1050000');
      expect(await p.getByTestId('entry-tourism_revenue_fen').inputValue()).toBe('15000');

      // the value is in the very next analytics answer: the pivot of visitors by county, 2025
      await p.goto(
        `${server.url}/analysis?m=visitors&r=area&lvl=county&c=period&programme=revolutionary-areas&from=2025-01-01&to=2025-12-31`,
      );
      const pivot = p.getByTestId('pivot-table');
      await pivot.waitFor();
      await expect
        .poll(() => pivot.locator('tr', { hasText: '武川县' }).textContent())
        .toContain('1,050,000');
      await p.screenshot({ path: `${SHOTS}/indicator-in-pivot-zh.png`, fullPage: true });

      // and on the dashboard, with no rebuild step
      await p.goto(board);
      await expect.poll(() => figure.textContent()).toContain('接待游客人次1,050,000');

      await p.goto(`${server.url}/indicators/completeness?set=${SET}&period=2025`);
      await expect
        .poll(() =>
          p.getByTestId('completeness-table').locator('tr', { hasText: '武川县' }).textContent(),
        )
        .toContain('2 / 5');
      await p.screenshot({ path: `${SHOTS}/indicator-completeness-zh.png`, fullPage: true });
    });
  }, 180_000);

  it('shows the form and the scorecard in English', async () => {
    await as('demo-coordinator', async (p) => {
      await p.getByText('English', { exact: true }).click();
      await p.getByText('Overview', { exact: true }).first().waitFor();
      await p.goto(`${server.url}/indicators/entry?set=${SET}&reporter=${WUCHUAN}&period=2024`);
      const form = p.getByTestId('entry-form');
      await form.waitFor();
      const text = (await form.textContent()) ?? '';
      expect(text).toContain('Previous (2023)');
      expect(text).toContain('Visitors received');
      expect(text).toContain('Tourism revenue');
      expect(await p.getByTestId('entry-tourism_revenue_fen').inputValue()).toBe('13000');
      await p.screenshot({ path: `${SHOTS}/indicator-entry-en.png`, fullPage: true });
      await p.goto(`${server.url}/indicators/completeness?set=${SET}&period=2024`);
      const table = p.getByTestId('completeness-table');
      await table.waitFor();
      const all = (await p.locator('main').textContent()) ?? '';
      expect(all).toContain('Reporting completeness');
      expect(await table.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
      await p.screenshot({ path: `${SHOTS}/indicator-completeness-en.png`, fullPage: true });
    });
  }, 120_000);
});
