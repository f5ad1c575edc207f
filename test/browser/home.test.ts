/// <reference lib="dom" />
/**
 * The home page per role (the programme office, a donor, a recipient area), an area's money, and
 * the compliance page's latest year, totals line and chart, in Chinese and English.
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
import { requestsBeforeChunk } from '../support/early-requests.js';

describe.skipIf(!browserAvailable())('home page per role', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 15_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  /** A fresh zh-CN page signed in as `who`, closed after `use`. */
  const as = async (who: string, use: (p: Page) => Promise<void>) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    try {
      await logInAs(p, server.url, who);
      await use(p);
    } finally {
      await context.close();
    }
  };
  const english = async (p: Page) => {
    await p.getByText('English', { exact: true }).click();
    await p.getByText('Overview', { exact: true }).first().waitFor();
  };

  it('asks for the home page’s figures while its code is still on its way (decision 0075)', async () => {
    await as('demo-coordinator', async (p) => {
      const context = await browser.newContext({ storageState: await p.context().storageState() });
      try {
        const { askedBeforeChunk, asked } = await requestsBeforeChunk(
          await context.newPage(),
          `${server.url}/`,
          /\/assets\/OverviewPage-[^/]+\.js$/,
          '/api/summary',
          '[data-testid="home-figures"]',
        );
        expect(askedBeforeChunk).toBe(true);
        // The home page used the answer asked for early.
        expect(asked, asked.join('\n')).toHaveLength(1);
      } finally {
        await context.close();
      }
    });
  });

  it('shows the programme office the rules by donor, progress and warnings by kind', async () => {
    await as('demo-coordinator', async (p) => {
      await p.goto(`${server.url}/`);
      const home = p.getByTestId('role-home');
      await home.waitFor();
      expect(await home.getAttribute('data-scope')).toBe('programme');
      await p.getByTestId('home-rules-chart').waitFor();
      const donors = (await p.getByTestId('home-rules-chart').getAttribute('data-donors')) ?? '';
      expect(donors.split(',').length).toBeGreaterThan(5);
      await p.getByTestId('home-progress').waitFor();
      await p.getByTestId('home-warnings').waitFor();
      const heading = (await p.getByTestId('home-heading').textContent()) ?? '';
      expect(heading).toContain('对口援疆全局');
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/home-coordinator.png`, fullPage: true });
      await english(p);
      await p.getByText('The two 80% rules (actual disbursements)').waitFor();
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/home-coordinator-en.png`, fullPage: true });
    });
  }, 180_000);

  it('shows a donor editor its own donor only', async () => {
    await as('demo-beijing', async (p) => {
      const home = p.getByTestId('role-home');
      await home.waitFor();
      expect(await home.getAttribute('data-scope')).toBe('donor');
      expect((await p.getByTestId('home-heading').textContent()) ?? '').toContain('北京');
      const chart = p.getByTestId('home-rules-chart');
      await chart.waitFor();
      expect(await chart.getAttribute('data-donors')).toBe('110000');
      const text = (await home.textContent()) ?? '';
      expect(text).not.toContain('上海');
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/home-beijing.png`, fullPage: true });
      // The plan's gauges: the scale's 0% label clear of the arc.
      await p.goto(`${server.url}/plans`);
      await p.locator('[data-testid^="plan-link-110000-"]').first().click();
      const gauge = p.getByTestId('gauge-county');
      await gauge.waitFor();
      await p.waitForTimeout(800);
      await gauge.screenshot({ path: `${SHOTS}/home-plan-gauge.png` });
    });
  }, 180_000);

  it('shows a user of two donors one progress over both', async () => {
    await as('demo-multi', async (p) => {
      const home = p.getByTestId('role-home');
      await home.waitFor();
      expect(await home.getAttribute('data-scope')).toBe('donor');
      const heading = (await p.getByTestId('home-heading').textContent()) ?? '';
      expect(heading).toContain('北京');
      expect(heading).toContain('上海');
      const progress = p.getByTestId('home-progress');
      await progress.waitFor();
      await progress.getByTestId('rate-disbursement').waitFor();
      // Both donors' projects of the year, each once: more than either donor's alone.
      const both = await p.request.get(`${server.url}/api/summary?programme=xinjiang`);
      const s = (await both.json()) as { progress: { counts: { projects: number } } | null };
      expect(s.progress?.counts.projects).toBeGreaterThan(0);
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/home-multi.png`, fullPage: true });
      expect(await p.getByTestId('current-user').textContent()).toMatch(/、/);
      await english(p);
      await p.getByTestId('rate-disbursement').waitFor();
      // Roles listed the English way in the header, the donors too (no Chinese 、).
      const user = (await p.getByTestId('current-user').textContent()) ?? '';
      expect(user).toMatch(/Viewer, Donor editor|Donor editor, Viewer/);
      expect(await p.getByTestId('home-heading').textContent()).not.toMatch(/、/);
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/home-multi-en.png`, fullPage: true });
    });
  }, 180_000);

  it('shows a recipient editor its area’s projects, funds and donors', async () => {
    await as('demo-hotan', async (p) => {
      const home = p.getByTestId('role-home');
      await home.waitFor();
      expect(await home.getAttribute('data-scope')).toBe('area');
      expect(await p.getByTestId('home-rules').count()).toBe(0);
      await p.getByTestId('area-money').waitFor();
      const donors = p.getByTestId('subtree-donors');
      await donors.waitFor();
      for (const name of ['北京市', '天津市', '安徽省']) {
        await donors.getByText(name).first().waitFor();
      }
      await p.getByTestId('area-funds').locator('tbody tr[data-row-key]').first().waitFor();
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${SHOTS}/home-hotan.png`, fullPage: true });
      await english(p);
      await p.getByText('Paired donors (areas below included)').waitFor();
      await p.screenshot({ path: `${SHOTS}/home-hotan-en.png`, fullPage: true });
    });
  }, 180_000);

  it('shows a prefecture the donors of its counties and its money', async () => {
    await page.goto(`${server.url}/areas/653200`);
    const card = page.getByTestId('area-donors');
    await card.waitFor();
    await card.getByText('下辖地区的援助方', { exact: false }).waitFor();
    for (const name of ['北京市', '天津市', '安徽省']) {
      await card.getByText(name).first().waitFor();
    }
    await page.getByTestId('area-money').waitFor();
    await page.screenshot({ path: `${SHOTS}/area-653200.png`, fullPage: true });
  }, 180_000);

  it('opens compliance on the latest year with money, with totals, a chart and plan status', async () => {
    await as('demo-coordinator', async (p) => {
      await p.goto(`${server.url}/compliance`);
      await p.getByTestId('compliance-totals').waitFor();
      await p.getByTestId('compliance-chart').waitFor();
      const total = await p.getByTestId('compliance-total-all').getAttribute('data-fen');
      expect(Number(total)).toBeGreaterThan(0);
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/compliance-latest.png`, fullPage: true });
      await p.getByText('计划', { exact: true }).click();
      await p.getByRole('columnheader', { name: '年度计划' }).waitFor();
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/compliance-plan.png`, fullPage: true });
    });
  }, 180_000);

  it('marks a draft plan’s figures on the plan basis', async () => {
    await as('demo-beijing', async (p) => {
      const year = new Date().getUTCFullYear() + 2;
      const list = await p.request.get(`${server.url}/api/projects?donor=110000&limit=1`);
      const [project] = ((await list.json()) as { items: Array<{ code: string }> }).items;
      const created = await p.request.post(`${server.url}/api/plans`, {
        data: {
          programme: 'xinjiang',
          donor: '110000',
          year,
          totalFen: 100_000_000,
          items: [{ project: project?.code, plannedFen: 1_000_000 }],
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      await p.goto(`${server.url}/compliance?basis=plan&year=${year}`);
      const tag = p.getByTestId('compliance-plan-110000');
      await tag.waitFor();
      expect(await tag.textContent()).toBe('草稿');
      await p.getByTestId('compliance-provisional').waitFor();
      await p.screenshot({ path: `${SHOTS}/compliance-plan-draft.png`, fullPage: true });
    });
  }, 180_000);
});
