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

/** An amount as the screens show it: 万元 with thousands separators and two decimals. */
const WAN_FIGURE = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;

/** 万元 from fen, rounded half up, written the slow way for comparison with the screen. */
function wan(fen: number): string {
  const hundredths = Math.floor((fen + 5000) / 10000);
  const whole = Math.floor(hundredths / 100).toLocaleString('en-US');
  return `${whole}.${String(hundredths % 100).padStart(2, '0')}`;
}

describe.skipIf(!browserAvailable())(
  'one money convention and names in the screen’s language',
  () => {
    let server: DemoInChromium['server'];
    let browser: Browser;
    let page: Page;
    let project = '';

    async function shot(name: string) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    }

    async function english() {
      await page.getByText('English', { exact: true }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }

    async function chinese() {
      await page.getByText('中文', { exact: true }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    }

    /** The registry's header cells and the budget column's cells. */
    async function registry() {
      const table = page.getByTestId('projects-table');
      await table.locator('tbody tr[data-row-key]').first().waitFor();
      const headers = await table.locator('thead th').allTextContents();
      const budgets = table.locator('tbody tr[data-row-key] [data-fen]');
      const texts = await budgets.allTextContents();
      const fens = (await budgets.evaluateAll((els) =>
        els.map((e) => Number(e.getAttribute('data-fen'))),
      )) as number[];
      const body = (await table.locator('tbody tr[data-row-key]').allTextContents()).join('\n');
      return { headers, texts, fens, body };
    }

    beforeAll(async () => {
      ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 15_000 }));
    });
    afterAll(() => closeDemoInChromium({ server, browser, page }));

    it('the registry gives the unit once, in the header, and 万元 with separators in the cells', {
      timeout: 60_000,
    }, async () => {
      await logInAs(page, server.url, 'demo-beijing');
      await page.goto(`${server.url}/projects?donor=110000&sort=-budgetFen`);
      const zh = await registry();
      expect(zh.headers.filter((h) => h.includes('万元'))).toEqual(['预算（万元）']);
      expect(zh.body).not.toContain('万元');
      expect(zh.body).not.toContain('yuan');
      expect(zh.texts.length).toBeGreaterThan(0);
      for (const [i, text] of zh.texts.entries()) {
        expect(text).toMatch(WAN_FIGURE);
        expect(text).toBe(wan(zh.fens[i] ?? -1));
      }
      // The largest budgets run to thousands of 万元: the separator is there.
      expect(zh.texts[0]).toContain(',');
      expect(zh.body).toContain('北京市');
      await shot('units-registry-zh');

      await english();
      const en = await registry();
      expect(en.headers.filter((h) => /yuan/.test(h))).toEqual(['Budget (10k yuan)']);
      expect(en.body).not.toMatch(/yuan|万元/);
      expect(en.texts).toEqual(zh.texts);
      // The donor in English, not 北京市.
      expect(en.body).toContain('Beijing');
      expect(en.body).not.toContain('北京市');
      await shot('units-registry-en');
      await chinese();
    });

    it('a plan’s figures and margins are in 万元 too', { timeout: 60_000 }, async () => {
      const plans = (await (
        await page.request.get(`${server.url}/api/plans?donor=110000&programme=xinjiang`)
      ).json()) as { items: { id: number }[] };
      const id = plans.items[0]?.id;
      expect(id).toBeDefined();
      await page.goto(`${server.url}/plans/${id}`);
      const line = page.getByTestId('saved-county');
      await line.waitFor();
      const margin = Number(await line.getAttribute('data-margin-fen'));
      const text = (await line.textContent()) ?? '';
      // 余量 +1,234.56 万元 or 差额 1,234.56 万元: the same unit as every other figure on the page.
      expect(text).toContain(`${wan(Math.abs(margin))} 万元`);
      expect(text).not.toMatch(/\d 元/);
      const page_ = (await page.locator('main').textContent()) ?? '';
      expect(page_).not.toMatch(/\d 元/);
      expect(page_).toContain('计划总额（万元）');
      await shot('units-plan-zh');

      await english();
      const en = (await line.textContent()) ?? '';
      expect(en).toContain(`${wan(Math.abs(margin))} (10k yuan)`);
      await page.getByText('Plan total (10k yuan)').first().waitFor();
      await shot('units-plan-en');
      await chinese();
    });

    it('takes a ledger amount in 万元: 12.5 records 125,000.00 yuan exactly', {
      timeout: 60_000,
    }, async () => {
      const list = (await (
        await page.request.get(`${server.url}/api/projects?donor=110000&limit=1&sort=code`)
      ).json()) as { items: { code: string }[] };
      project = list.items[0]?.code ?? '';
      expect(project).not.toBe('');
      await page.goto(`${server.url}/projects/${encodeURIComponent(project)}?tab=money`);
      const form = page.getByRole('form', { name: '记录资金' });
      const amount = form.getByLabel('金额（万元）');
      await amount.fill('12.5');
      // The exact yuan under the box, before anything is saved.
      await form.getByText('即 125,000.00 元').waitFor();
      await amount.fill('12.5.1');
      await form.getByText(/请输入以万元为单位的金额/).waitFor();
      await amount.fill('12.5');
      await form.getByText('即 125,000.00 元').waitFor();
      await shot('units-ledger-form-zh');
      await form.getByRole('button', { name: '记录资金' }).click();
      await page.getByText('资金记录已保存').waitFor();

      const txs = (await (
        await page.request.get(
          `${server.url}/api/projects/${encodeURIComponent(project)}/transactions`,
        )
      ).json()) as { items: { id: number; valueFen: number; type: string }[] };
      const recorded = txs.items.filter((x) => x.valueFen === 12_500_000);
      expect(recorded).toHaveLength(1);
      const row = page.locator(`[data-testid="tx-value-${recorded[0]?.id}"]`);
      await expect(row.textContent()).resolves.toBe('12.50');
      const headers = await page.getByTestId('ledger-table').locator('thead th').allTextContents();
      expect(headers).toContain('金额（万元）');
      await shot('units-ledger-zh');

      await english();
      await page
        .getByTestId('ledger-table')
        .locator('thead th', { hasText: 'Amount (10k yuan)' })
        .waitFor();
      await page
        .getByRole('form', { name: 'Record a transaction' })
        .getByLabel('Amount (10k yuan)')
        .fill('0.000001');
      await page.getByText('= 0.01 yuan').waitFor();
      await shot('units-ledger-en');
      await chinese();
    });

    it('names the project’s donors in English on the English project page', async () => {
      await page.goto(`${server.url}/projects/${encodeURIComponent(project)}`);
      await page.getByText('预算（万元）').waitFor();
      const overview = page.locator('.ant-descriptions').first();
      await expect(overview.textContent()).resolves.toContain('北京市');
      await english();
      await page.getByText('Budget (10k yuan)').waitFor();
      await expect(overview.textContent()).resolves.toContain('Beijing');
      await expect(overview.textContent()).resolves.not.toContain('北京市');
      await shot('units-project-en');
      await chinese();
    });

    it('shows the pairing notes in Chinese', async () => {
      await page.goto(`${server.url}/pairings?donor=310000`);
      const table = page.getByTestId('pairings-table');
      await table.getByText('自 2014 年起仅开展人才援助').waitFor();
      await expect(table.textContent()).resolves.not.toContain('talent aid');
      await shot('units-pairings-zh');
    });
  },
);
