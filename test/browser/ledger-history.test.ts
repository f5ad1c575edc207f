/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

interface ProjectJson {
  code: string;
  stage: string;
  can: { recordFunds: boolean; readHistory: boolean };
}

/** Text that must never reach a screen: actor labels, action codes, field paths. */
const RAW =
  /user:|system:|\bcreate\b|\breverse\b|fund-transaction|stageDates\.|implementingOrgCode/;

/**
 * Beijing's editor reverses a disbursement of its own project through the screens (the ledger is
 * append-only: the entry stays, tagged 已冲销, beside its 冲销 entry) and reads the project's
 * change history in Chinese and in English: people by name, actions and fields in words.
 */
describe.skipIf(!browserAvailable())('ledger reversal and project history in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: DemoInChromium['browser'];
  let page: Page;
  let code = '';
  let entryId = 0;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 20_000,
      prepare: async ({ server, browser }) => {
        const context = await browser.newContext();
        const login = await context.request.post(`${server.url}/api/session`, {
          data: { username: 'demo-beijing', password: DEMO_PASSWORD },
        });
        expect(login.status()).toBe(200);
        const list = (await (
          await context.request.get(`${server.url}/api/projects?donor=110000&limit=50`)
        ).json()) as { items: { code: string }[] };
        for (const item of list.items) {
          const project = (await (
            await context.request.get(`${server.url}/api/projects/${item.code}`)
          ).json()) as ProjectJson;
          if (project.can.recordFunds && project.can.readHistory && project.stage !== 'cancelled') {
            code = project.code;
            break;
          }
        }
        expect(code, "a project Beijing's editor may fund").not.toBe('');
        const today = new Date().toISOString().slice(0, 10);
        const recorded = await context.request.post(
          `${server.url}/api/projects/${code}/transactions`,
          {
            data: {
              type: 'disbursement',
              valueFen: 1_234_500,
              date: today,
              planned: false,
              note: '误录的一笔拨付',
            },
          },
        );
        expect(recorded.status()).toBe(201);
        entryId = ((await recorded.json()) as { id: number }).id;
        await context.close();
      },
    }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('reverses a disbursement through the dialog: both entries stay, tagged', {
    timeout: 120_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/projects/${code}?tab=money`);
    await page.getByTestId('ledger-table').waitFor();
    const row = page.locator(`[data-testid="ledger-table"] tr[data-row-key="${entryId}"]`);
    await row.waitFor();
    // The recorder by display name, never the account label.
    expect(await row.textContent()).toContain('演示·北京前指');

    await page.getByTestId(`tx-reverse-${entryId}`).click();
    const dialog = page.getByRole('dialog', { name: '冲销资金记录' });
    await dialog.waitFor();
    // Reduced motion asked for (test/support/browser.ts) and honoured: the dialog does not zoom.
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );
    expect(await page.locator('.ant-modal[class*="zoom"]').count()).toBe(0);
    expect(await dialog.getByTestId('reversal-entry').textContent()).toContain('拨付');
    // No reason: refused in Chinese before anything is sent.
    await dialog.getByTestId('reversal-submit').click();
    await dialog.getByText('请填写冲销原因').waitFor();
    await page.screenshot({ path: `${SHOTS}/ledger-reversal-dialog.png`, fullPage: true });
    await dialog.getByLabel('冲销原因').fill('金额录错，应为 12.3 万元');
    await dialog.getByTestId('reversal-submit').click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId(`tx-reversed-${entryId}`).waitFor();
    const reversal = page.locator('[data-testid^="tx-reversal-"]');
    await reversal.first().waitFor();
    const reversalId = (await reversal.first().getAttribute('data-testid'))?.replace(
      'tx-reversal-',
      '',
    );
    expect(Number(await page.getByTestId(`tx-value-${reversalId}`).getAttribute('data-fen'))).toBe(
      -1_234_500,
    );
    // Neither entry may be reversed again: no button on either.
    expect(await page.getByTestId(`tx-reverse-${entryId}`).count()).toBe(0);
    expect(await page.getByTestId(`tx-reverse-${reversalId}`).count()).toBe(0);
    const ledgerText = (await page.getByTestId('ledger-table').textContent()) ?? '';
    expect(ledgerText).toContain('已冲销');
    expect(ledgerText).toContain('金额录错');
    expect(ledgerText).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/ledger-reversed.png`, fullPage: true });
  });

  it('shows the project’s history in words, in Chinese and in English', {
    timeout: 120_000,
  }, async () => {
    await page.goto(`${server.url}/projects/${code}`);
    await page.getByRole('tab', { name: '变更记录' }).click();
    const history = page.getByTestId('project-history');
    await history.getByText('冲销资金记录').first().waitFor();
    await history.getByText('记录资金').first().waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('演示·北京前指');
    // A ledger entry's amount in running text carries its unit (万元, decision 0019).
    expect(text).toContain('1.23 万元');
    expect(text).toContain('-1.23 万元');
    expect(text).not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/ledger-history-zh.png`, fullPage: true });

    await page.getByText('English', { exact: true }).click();
    await history.getByText('Ledger entry reversed').first().waitFor();
    expect((await history.textContent()) ?? '').not.toMatch(RAW);
    await page.screenshot({ path: `${SHOTS}/ledger-history-en.png`, fullPage: true });

    await page.getByRole('tab', { name: 'Money' }).click();
    await page.getByTestId(`tx-reversed-${entryId}`).getByText('Reversed').waitFor();
    await page.screenshot({ path: `${SHOTS}/ledger-reversed-en.png`, fullPage: true });
    await page.getByText('中文', { exact: true }).click();
  });

  it('names fields in words on the data-quality screens', { timeout: 90_000 }, async () => {
    await page.goto(`${server.url}/quality`);
    await page.locator('.ant-table').first().waitFor();
    await page.waitForLoadState('networkidle');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/stageDates\.|implementingOrgCode|livelihoodReason|disbursedFen/);
  });
});
