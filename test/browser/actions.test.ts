/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  can: { update: boolean; recordFunds: boolean; moveTo: string[] };
}

/**
 * Each screen shows an action only when the session's or the record's `can` says it will work:
 * a Beijing editor on Shanghai's published project sees none of Shanghai's actions (they would
 * all be refused), Shanghai's editor sees them, and only the programme office may assign.
 */
describe.skipIf(!browserAvailable())('actions shown from `can` in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  /** A published Shanghai project with warnings, which Shanghai's editor may move and fund. */
  let code = '';

  /** A signed-in user in a page of their own (the shared page is the Beijing editor's). */
  async function asUser(username: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const other = await context.newPage();
    other.setDefaultTimeout(20_000);
    await logInAs(other, server.url, username);
    return { context, page: other };
  }

  const warningRows = (p: Page) =>
    p.locator('[data-testid="warnings-table"] tbody tr[data-row-key]');

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 20_000,
      prepare: async ({ server, browser }) => {
        const login = async (username: string) => {
          const context = await browser.newContext();
          const res = await context.request.post(`${server.url}/api/session`, {
            data: { username, password: DEMO_PASSWORD },
          });
          expect(res.status()).toBe(200);
          return context;
        };
        // The programme office computes the warnings as of today: the demo's deliberate few,
        // one of them on a Shanghai project (decision 0020).
        const office = await login('demo-coordinator');
        const shanghai = await login('demo-shanghai');
        const computed = await office.request.post(`${server.url}/api/warnings/compute`, {
          data: {},
        });
        expect(computed.status()).toBe(200);
        const list = (await (
          await office.request.get(
            `${server.url}/api/projects?donor=310000&published=true&sort=-year&limit=100`,
          )
        ).json()) as { items: { code: string }[] };
        for (const item of list.items) {
          const project = (await (
            await shanghai.request.get(`${server.url}/api/projects/${item.code}`)
          ).json()) as ProjectJson;
          if (!project.can.recordFunds || !project.can.moveTo.includes('suspended')) continue;
          const warnings = (await (
            await office.request.get(`${server.url}/api/warnings?project=${item.code}`)
          ).json()) as { total: number };
          if (warnings.total > 0) {
            code = item.code;
            break;
          }
        }
        await office.close();
        await shanghai.close();
        expect(code, 'a published Shanghai project with warnings').not.toBe('');
      },
    }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('shows the Beijing editor no action on Shanghai’s published project', {
    timeout: 90_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-beijing');
    await page.goto(`${server.url}/projects/${code}`);
    await page.getByTestId('project-code').waitFor();
    await page.getByRole('tab', { name: '资金' }).waitFor();
    expect(await page.locator('[data-testid^="transition-"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /转入/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /编辑/ }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: '变更记录' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/actions-beijing-project.png`, fullPage: true });

    await page.getByRole('tab', { name: '资金' }).click();
    await page.getByTestId('ledger-table').waitFor();
    expect(await page.getByText('记录资金').count()).toBe(0);
    expect(await page.getByRole('form', { name: '记录资金' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/actions-beijing-money.png`, fullPage: true });

    // Its warnings are listed (the project is published) with nothing to take or resolve.
    await page.goto(`${server.url}/warnings?project=${code}&status=all`);
    await warningRows(page).first().waitFor();
    expect(await page.locator('[data-testid^="warning-take-"]').count()).toBe(0);
    expect(await page.locator('[data-testid^="warning-resolve-"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /更多/ }).count()).toBe(0);
    expect(await page.getByTestId('warnings-compute').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/actions-beijing-warnings.png`, fullPage: true });
  });

  it('shows the Shanghai editor its actions, but not assigning', { timeout: 90_000 }, async () => {
    const { context, page: shanghai } = await asUser('demo-shanghai');
    try {
      await shanghai.goto(`${server.url}/projects/${code}`);
      await shanghai.getByTestId('transition-suspended').waitFor();
      await shanghai.getByRole('button', { name: '转入「暂停」' }).waitFor();
      await shanghai.screenshot({ path: `${SHOTS}/actions-shanghai-project.png`, fullPage: true });
      await shanghai.getByRole('tab', { name: '资金' }).click();
      await shanghai.getByRole('form', { name: '记录资金' }).waitFor();

      await shanghai.goto(`${server.url}/warnings?project=${code}`);
      const first = warningRows(shanghai).first();
      await first.waitFor();
      const id = await first.getAttribute('data-row-key');
      await shanghai.getByTestId(`warning-take-${id}`).waitFor();
      await shanghai.getByTestId(`warning-resolve-${id}`).waitFor();
      await first.getByRole('button', { name: /更多/ }).click();
      const menu = shanghai.locator('.ant-dropdown:visible');
      await menu.getByText('忽略').waitFor();
      expect(await menu.getByText('指派负责人…').count()).toBe(0);
      expect(await shanghai.getByTestId('warnings-compute').count()).toBe(0);
      await shanghai.screenshot({ path: `${SHOTS}/actions-shanghai-warnings.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('offers assigning only to the programme office', { timeout: 90_000 }, async () => {
    const { context, page: office } = await asUser('demo-coordinator');
    try {
      await office.goto(`${server.url}/warnings?project=${code}`);
      const first = warningRows(office).first();
      await first.waitFor();
      await office.getByTestId('warnings-compute').waitFor();
      await first.getByRole('button', { name: /更多/ }).click();
      await office.locator('.ant-dropdown:visible').getByText('指派负责人…').waitFor();
      await office.screenshot({ path: `${SHOTS}/actions-office-warnings.png`, fullPage: true });
      await office.keyboard.press('Escape');

      await office.getByText('English', { exact: true }).click();
      await office.getByText('Early warnings', { exact: true }).first().waitFor();
      await first.getByRole('button', { name: /More/ }).click();
      await office.locator('.ant-dropdown:visible').getByText('Assign owner…').waitFor();
      await office.screenshot({ path: `${SHOTS}/actions-office-warnings-en.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
});
