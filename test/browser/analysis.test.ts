/// <reference lib="dom" />
/**
 * Issue 10's analysis screens (decision 0049), in Chinese and English: the pivot (dimensions
 * moved by keyboard, the server's totals, names not codes, the view in the URL), a chart of it
 * with its data table, a dashboard saved and shared by URL, and the big screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWan } from '../../web/src/lib/money.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

describe.skipIf(!browserAvailable())('analysis: pivot, chart, dashboard, big screen', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const as = async (
    who: string,
    use: (p: Page) => Promise<void>,
    viewport = { width: 1280, height: 900 },
  ) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
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
  /** The analytics answer the page's own session gets, for comparing with the screen. */
  const query = (p: Page, body: unknown) =>
    p.evaluate(async (b) => {
      const res = await fetch('/api/analytics/query', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(b),
      });
      return (await res.json()) as { rows: Record<string, number | string | null>[] };
    }, body);

  it('builds a pivot with the keyboard, shows the server totals in 万元 and names, and keeps it in the URL', async () => {
    await as('demo-coordinator', async (p) => {
      await p.goto(`${server.url}/analysis`);
      const table = p.getByTestId('pivot-table');
      await table.waitFor();
      // rows: donors by name, never by code
      await expect.poll(() => table.textContent()).toContain('北京市');
      expect(await table.textContent()).not.toMatch(/\b110000\b/);
      expect(await table.textContent()).toContain('承诺资金（万元）');
      // the grand total is the server's, in 万元 with two decimals
      const grand = await query(p, {
        measures: ['committed_fen'],
        dimensions: [],
        filters: { programme: 'xinjiang' },
      });
      const fen = Number(grand.rows[0]?.committed_fen);
      expect(fen).toBeGreaterThan(0);
      const totals = p.getByTestId('pivot-table-totals');
      const shown = await totals.locator('[data-measure="committed_fen"] [data-fen]').last();
      expect(Number(await shown.getAttribute('data-fen'))).toBe(fen);

      // keyboard: put 地区 in the rows with its button (focus, Enter), no mouse drag
      const toRows = p.getByRole('button', { name: '把“地区”放到行' });
      await toRows.focus();
      await p.keyboard.press('Enter');
      await p.getByTestId('dim-rows-area').waitFor();
      await expect.poll(() => new URL(p.url()).searchParams.get('r')).toBe('donor,area');
      await expect.poll(() => table.textContent()).toContain('和田地区');
      // the same view opens from its URL in a fresh page
      const url = p.url();
      await p.goto('about:blank');
      await p.goto(url);
      await p.getByTestId('dim-rows-area').waitFor();
      await expect.poll(() => p.getByTestId('pivot-table').textContent()).toContain('和田地区');
      await p.waitForTimeout(400);
      await p.screenshot({ path: `${SHOTS}/analysis-pivot-zh.png`, fullPage: true });

      // a dimension no chosen measure supports is not offered; an unknown measure is dropped
      await p.goto(
        `${server.url}/analysis?m=exchange_activities,nonsense&c=year&programme=xinjiang`,
      );
      // (a year is the period at year granularity: shown as whichever the measure lists)
      await p
        .getByTestId('zone-columns')
        .getByText(/^(年度|期间)$/)
        .waitFor();
      expect(await p.getByTestId('zone-none').textContent()).not.toContain('援助方');
    });
  }, 240_000);

  it('turns the pivot into each chart with a data table, saves it to a dashboard and shares it by URL', async () => {
    let shared = '';
    await as('demo-coordinator', async (p) => {
      await p.goto(`${server.url}/analysis?m=committed_fen&r=donor&c=year&programme=xinjiang`);
      await p.getByTestId('pivot-table').waitFor();
      for (const [label, kind] of [
        ['柱状图', 'bar'],
        ['堆积柱状图', 'stacked'],
        ['折线图', 'line'],
        ['饼图', 'pie'],
      ] as const) {
        await p.getByTestId('pivot-view').getByText(label, { exact: true }).click();
        await p.locator(`[data-testid="pivot-chart"][data-kind="${kind}"]`).waitFor();
      }
      // the measure on the county map, under the same filters
      await p.getByTestId('pivot-view').getByText('县市地图', { exact: true }).click();
      await p.locator('[data-testid="pivot-map-canvas"][data-rendered="true"]').waitFor();
      expect(
        Number(await p.getByTestId('pivot-map').getAttribute('data-colored-count')),
      ).toBeGreaterThan(10);
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/analysis-map-zh.png`, fullPage: true });
      await p.getByTestId('pivot-view').getByText('堆积柱状图', { exact: true }).click();
      const chart = p.locator('[data-testid="pivot-chart"][data-kind="stacked"]');
      await chart.waitFor();
      expect(new URL(p.url()).searchParams.get('view')).toBe('stacked');
      const img = chart.getByRole('img');
      expect(await img.getAttribute('aria-label')).toMatch(/^堆积柱状图：承诺资金（万元）/);
      await chart.getByText('以表格查看图表数据').click();
      const data = p.getByTestId('pivot-chart-data');
      await data.waitFor();
      expect(await data.textContent()).toContain('北京市');
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/analysis-chart-zh.png`, fullPage: true });

      await p.getByTestId('pivot-add').click();
      const form = p.getByTestId('add-to-dashboard');
      await form.waitFor();
      await form.getByLabel('新仪表板名称').fill('援疆资金一览');
      await form.getByLabel('标题').fill('各省市承诺资金');
      await p
        .getByRole('button', { name: /加\s*入/ })
        .last()
        .click();
      const board = p.getByTestId('dashboard');
      await board.waitFor();
      expect(await board.getAttribute('data-items')).toBe('1');
      await p
        .locator('[data-testid="dashboard-item-0-pivot-chart"][data-kind="stacked"]')
        .waitFor();
      expect(await p.getByRole('heading', { level: 2 }).first().textContent()).toBe('援疆资金一览');
      shared = p.url();
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/analysis-dashboard-zh.png`, fullPage: true });
      // kept in this browser: listed on the dashboards page
      await p.goto(`${server.url}/analysis/dashboards`);
      await p.getByTestId('dashboards-list').getByText('援疆资金一览').waitFor();
    });
    // another user opens the link: the same dashboard, marked shared, figures by their own rights
    expect(shared).toContain('?d=');
    await as('demo-beijing', async (p) => {
      await p.goto(shared);
      await p.getByTestId('dashboard-shared').waitFor();
      const chart = p.locator('[data-testid="dashboard-item-0-pivot-chart"]');
      await chart.waitFor();
      await chart.getByText('以表格查看图表数据').click();
      const text = (await p.getByTestId('dashboard-item-0-pivot-chart-data').textContent()) ?? '';
      expect(text).toContain('北京市');
    });
  }, 240_000);

  it('shows the pivot and a chart in English, with English names and no Chinese', async () => {
    await as('demo-coordinator', async (p) => {
      await english(p);
      await p.goto(
        `${server.url}/analysis?m=committed_fen,projects&r=area&c=year&programme=xinjiang&view=bar`,
      );
      const table = p.getByTestId('pivot-table');
      await table.waitFor();
      await expect.poll(() => table.textContent()).toContain('Hotan Prefecture');
      const text = (await table.textContent()) ?? '';
      expect(text).toContain('Committed (10k yuan)');
      expect(text).toContain('Total');
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      const chart = p.locator('[data-testid="pivot-chart"][data-kind="bar"]');
      await chart.waitFor();
      expect(await chart.getByRole('img').getAttribute('aria-label')).toMatch(/^Bar: Committed/);
      const setup = (await p.locator('main').textContent()) ?? '';
      expect(setup).toContain('Available dimensions');
      await p.waitForTimeout(500);
      await p.screenshot({ path: `${SHOTS}/analysis-pivot-en.png`, fullPage: true });
    });
  }, 180_000);

  it('shows the big screen: dark, the county map of a measure, key figures, the two rules, refreshed', async () => {
    for (const language of ['zh', 'en'] as const) {
      await as(
        'demo-coordinator',
        async (p) => {
          if (language === 'en') await english(p);
          await p.goto(`${server.url}/big-screen`);
          const screen = p.getByTestId('big-screen');
          await screen.waitFor();
          // no frame: no left menu
          expect(await p.getByRole('navigation').count()).toBe(0);
          const bg = await screen.evaluate((el) => getComputedStyle(el).backgroundImage);
          expect(bg).toContain('gradient');
          await p.locator('[data-testid="big-map-canvas"][data-rendered="true"]').waitFor();
          const colored = Number(await p.getByTestId('big-map').getAttribute('data-colored-count'));
          expect(colored).toBeGreaterThan(10);
          await expect
            .poll(() => p.getByTestId('big-figure-committed_fen').textContent())
            .toMatch(/\d{1,3}(,\d{3})*\.\d{2}/);
          const county = p.getByTestId('big-rule-county');
          expect(await county.textContent()).toMatch(/\d+\.\d%/);
          expect(['true', 'false']).toContain(await county.getAttribute('data-ok'));
          const updated = p.getByTestId('big-screen-updated');
          await expect
            .poll(() => updated.textContent())
            .toMatch(
              language === 'zh' ? /最后刷新 \d\d:\d\d:\d\d/ : /Last refreshed \d\d:\d\d:\d\d/,
            );
          if (language === 'en') {
            const text = (await screen.textContent()) ?? '';
            expect(text).toContain('County and below');
            expect(text).not.toMatch(/[\u4e00-\u9fff]/);
          }
          // the map measure is chosen from a select and kept in the URL
          await p.waitForTimeout(800);
          await p.screenshot({ path: `${SHOTS}/big-screen-${language}.png` });
        },
        { width: 1920, height: 1080 },
      );
    }
  }, 240_000);

  it("shows a donor editor its own donor's big screen", async () => {
    await as(
      'demo-beijing',
      async (p) => {
        await p.goto(`${server.url}/big-screen`);
        await expect
          .poll(() => p.getByTestId('big-screen-scope').textContent())
          .toContain('北京市');
        const donors = p.getByTestId('big-rules-donors');
        await donors.waitFor();
        expect(await donors.locator('tbody tr').count()).toBe(1);
        // the key figures are Beijing's, not the programme's
        const own = await query(p, {
          measures: ['committed_fen'],
          dimensions: [],
          filters: {
            programme: 'xinjiang',
            donor: '110000',
            period: { from: '2026-01-01', to: '2026-12-31' },
          },
        });
        const fen = Number(own.rows[0]?.committed_fen);
        await expect
          .poll(() => p.getByTestId('big-figure-committed_fen').textContent())
          .toContain(formatWan(fen));
        await p.locator('[data-testid="big-map-canvas"][data-rendered="true"]').waitFor();
        await p.screenshot({ path: `${SHOTS}/big-screen-beijing-1280.png` });
      },
      { width: 1280, height: 800 },
    );
  }, 120_000);

  it('asks an anonymous visitor to sign in and keeps the entries out of the menu', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const p = await context.newPage();
    try {
      await p.goto(`${server.url}/analysis`);
      await p.getByText('请先登录').waitFor();
      const nav = (await p.getByRole('navigation').first().textContent()) ?? '';
      expect(nav).not.toContain('透视分析');
      await p.goto(`${server.url}/big-screen`);
      await p.getByText('请先登录').waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);
});
