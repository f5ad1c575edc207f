/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
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
import { requestsBeforeChunk } from '../support/early-requests.js';

/** The report's Hotan textile park: Beijing's, one county location (和田市 653201, 100%). */
const HOTAN_PARK = 'XJ-2024-BJ-001';

describe.skipIf(!browserAvailable())('the project page in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const suffix = Date.now().toString(36).toUpperCase();
  const spread = `T-2025-BJ-MAP-${suffix}`;
  const clean = `T-2025-BJ-OK-${suffix}`;

  /** Waits for the locations map to have drawn its series and returns its counts. */
  async function mapCounts() {
    const map = page.locator('[data-testid="project-locations-map"][data-direct-count]');
    await map.waitFor({ timeout: 30_000 });
    const count = async (name: string) => Number(await map.getAttribute(`data-${name}-count`));
    return {
      direct: await count('direct'),
      covered: await count('covered'),
      offMap: await count('offmap'),
    };
  }

  async function canvasPainted(): Promise<boolean> {
    return page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="project-locations-map"] canvas');
      return canvas instanceof HTMLCanvasElement && canvas.width > 300 && canvas.height > 200;
    });
  }

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 10_000,
      prepare: async ({ server, browser }) => {
        // The programme office computes the warnings as of a date when the Hotan park has gone more
        // than six months without a disbursement (its last: 2025-03-15).
        const office = await browser.newContext();
        const login = await office.request.post(`${server.url}/api/session`, {
          data: { username: 'demo-coordinator', password: DEMO_PASSWORD },
        });
        expect(login.status()).toBe(200);
        const computed = await office.request.post(`${server.url}/api/warnings/compute`, {
          data: { today: '2025-12-01' },
        });
        expect(computed.status()).toBe(200);
        expect(((await computed.json()) as { created: number }).created).toBeGreaterThan(0);
        await office.close();
      },
    }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('logs in as the Beijing editor and creates two projects through the API', async () => {
    await logInAs(page, server.url, 'demo-beijing');

    const create = (code: string, zh: string, locations: { area: string; shareBp: number }[]) =>
      page.request.post(`${server.url}/api/projects`, {
        data: {
          code,
          name: { zh },
          programme: 'xinjiang',
          donor: '110000',
          type: 'livelihood',
          budgetFen: 500_000_000,
          locations,
        },
      });
    // A location at every level the map knows, one without a boundary, one outside Xinjiang.
    const spreadRes = await create(spread, '浏览器测试·多地点项目', [
      { area: '653221', shareBp: 5000 }, // 和田县
      { area: '653201001', shareBp: 2000 }, // 努尔巴格街道, in 和田市
      { area: '650500', shareBp: 1500 }, // 哈密市, prefecture-level
      { area: '659010', shareBp: 1000 }, // 胡杨河市, no boundary in the map data
      { area: '110105', shareBp: 500 }, // 北京市朝阳区
    ]);
    expect(spreadRes.status(), await spreadRes.text()).toBe(201);
    // Inconsistent money is accepted and flagged: more disbursed than committed.
    for (const [type, valueFen] of [
      ['commitment', 100_000_000],
      ['disbursement', 300_000_000],
    ] as const) {
      const tx = await page.request.post(`${server.url}/api/projects/${spread}/transactions`, {
        data: { type, valueFen, date: '2025-06-01', planned: false },
      });
      expect(tx.status(), await tx.text()).toBe(201);
    }
    const cleanRes = await create(clean, '浏览器测试·无问题项目', [
      { area: '653201', shareBp: 10000 },
    ]);
    expect(cleanRes.status(), await cleanRes.text()).toBe(201);
  });

  it('asks for the project, its findings and its warnings while the page’s code is still on its way (decision 0077)', async () => {
    const context = await browser.newContext({ storageState: await page.context().storageState() });
    const early = await context.newPage();
    const others: string[] = [];
    early.on('request', (request) => {
      const url = new URL(request.url());
      if (
        url.pathname === `/api/projects/${HOTAN_PARK}/quality` ||
        (url.pathname === '/api/warnings' && url.searchParams.get('project') === HOTAN_PARK)
      )
        others.push(request.url());
    });
    const { askedBeforeChunk, asked } = await requestsBeforeChunk(
      early,
      `${server.url}/projects/${HOTAN_PARK}`,
      /\/assets\/ProjectPage-[^/]+\.js$/,
      `/api/projects/${HOTAN_PARK}`,
      '.ant-tabs-tab',
    );
    expect(askedBeforeChunk).toBe(true);
    // The page used the answers asked for early: the project, its findings and its warnings
    // once each (the tabs' counts and the tabs share them).
    expect(asked, asked.join('\n')).toHaveLength(1);
    await early.getByRole('tab', { name: /预警/ }).waitFor();
    expect(others.map((u) => new URL(u).pathname).sort(), others.join('\n')).toEqual([
      `/api/projects/${HOTAN_PARK}/quality`,
      '/api/warnings',
    ]);
    await context.close();
  });

  it('shows a report project’s county on the map, its findings and its warnings', {
    timeout: 60_000,
  }, async () => {
    await page.goto(`${server.url}/projects/${HOTAN_PARK}`);
    await page.getByTestId('project-code').waitFor();
    // The implementing organisation by its name, never its code.
    await page.getByText('北京市援疆前方指挥部').first().waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain('110000-HQ');
    await expect(mapCounts()).resolves.toEqual({ direct: 1, covered: 0, offMap: 0 });
    await expect(canvasPainted()).resolves.toBe(true);
    const hotan = page.getByTestId('location-653201');
    await expect(hotan.getAttribute('data-placement')).resolves.toBe('county');
    await expect(hotan.textContent()).resolves.toMatch(/和田市.*100\.0%/);
    await expect(page.getByTestId('locations-off-map').textContent()).resolves.toMatch(
      /所有地点都已显示在地图上/,
    );
    await page.getByText('项目份额 ≥ 50%').waitFor();
    await page.screenshot({ path: `${SHOTS}/project-page-map.png`, fullPage: true });
    // The map opens centred on the project's county: hovering the centre names it and its share.
    await page.getByTestId('project-locations-map').hover();
    await page.getByText('项目份额 100.0%').waitFor();
    await page
      .getByTestId('project-locations')
      .screenshot({ path: `${SHOTS}/project-page-map-tooltip.png` });
    // The whole of Xinjiang is one click (or arrow key) away.
    await page.getByText('新疆全图', { exact: true }).click();
    await expect(canvasPainted()).resolves.toBe(true);
    await page
      .getByTestId('project-locations')
      .screenshot({ path: `${SHOTS}/project-page-map-all.png` });

    // Its disbursements were never matched by a commitment: a warning-level finding.
    await page.getByRole('tab', { name: /数据质量/ }).click();
    const finding = page.locator(
      '[data-testid="quality-finding"][data-rule="disbursed-within-committed"]',
    );
    await finding.waitFor();
    await expect(finding.getAttribute('data-severity')).resolves.toBe('warning');
    await expect(finding.textContent()).resolves.toMatch(/超过承诺/);
    await page.screenshot({ path: `${SHOTS}/project-page-quality.png`, fullPage: true });

    // The tabs are reached and switched with the keyboard: from the quality tab to warnings.
    await page.getByRole('tab', { name: /数据质量/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const warnings = page.getByTestId('project-warnings');
    await warnings.locator('tbody tr[data-row-key]').first().waitFor();
    await expect(warnings.textContent()).resolves.toMatch(/长期未拨付/);
    await expect(warnings.textContent()).resolves.toMatch(/待处理/);
    await expect(warnings.textContent()).resolves.toMatch(/未指派/);
    await expect(page.getByTestId('warnings-queue-link').getAttribute('href')).resolves.toBe(
      `/warnings?project=${HOTAN_PARK}`,
    );
    expect(page.url()).toContain('tab=warnings');
    await page.screenshot({ path: `${SHOTS}/project-page-warnings.png`, fullPage: true });
  });

  it('draws townships on their county, a prefecture lighter, and lists what the map lacks', {
    timeout: 60_000,
  }, async () => {
    await page.goto(`${server.url}/projects/${spread}`);
    // 和田县 and 和田市 (for its township) are marked; 哈密市 covers its three counties.
    await expect(mapCounts()).resolves.toEqual({ direct: 2, covered: 3, offMap: 2 });
    await expect(canvasPainted()).resolves.toBe(true);
    const placement = (code: string) =>
      page.getByTestId(`location-${code}`).getAttribute('data-placement');
    await expect(placement('653221')).resolves.toBe('county');
    await expect(placement('653201001')).resolves.toBe('within-county');
    await expect(placement('650500')).resolves.toBe('covers');
    await expect(placement('659010')).resolves.toBe('no-boundary');
    await expect(placement('110105')).resolves.toBe('outside');
    await expect(page.getByTestId('location-653201001').textContent()).resolves.toMatch(
      /努尔巴格街道.*20\.0%.*位于 和田市/,
    );
    await expect(page.getByTestId('location-650500').textContent()).resolves.toMatch(
      /覆盖 3 个区县/,
    );
    const offMap = page.getByTestId('locations-off-map');
    await expect(offMap.textContent()).resolves.toMatch(/胡杨河市 10\.0%/);
    await expect(offMap.textContent()).resolves.toMatch(/朝阳区 5\.0%/);
    await page.screenshot({ path: `${SHOTS}/project-page-spread.png`, fullPage: true });

    await page.getByRole('tab', { name: /数据质量/ }).click();
    const finding = page.locator(
      '[data-testid="quality-finding"][data-rule="disbursed-within-committed"]',
    );
    await finding.waitFor();
    await expect(finding.textContent()).resolves.toMatch(
      /已拨付 300\.00 万元，超过承诺 100\.00 万元/,
    );

    // In English: the same finding in English, the tabs and the map's list translated.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('tab', { name: /Data quality/ }).waitFor();
    await expect(finding.textContent()).resolves.toMatch(
      /disbursed 300\.00 × 10k yuan exceeds the 100\.00 × 10k yuan committed/,
    );
    await page.screenshot({ path: `${SHOTS}/project-page-quality-en.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page.getByTestId('location-650500').textContent()).resolves.toMatch(
      /counties covered: 3/,
    );
    await page.getByText('Not on the map').waitFor();
    await page.screenshot({ path: `${SHOTS}/project-page-spread-en.png`, fullPage: true });
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('tab', { name: '概况' }).waitFor();
  });

  it('says so when a project has no findings and no warnings', async () => {
    await page.goto(`${server.url}/projects/${clean}?tab=quality`);
    await page.getByTestId('quality-empty').waitFor();
    await expect(page.getByTestId('quality-empty').textContent()).resolves.toMatch(
      /未发现数据质量问题/,
    );
    await page.screenshot({ path: `${SHOTS}/project-page-quality-empty.png`, fullPage: true });
    await page.getByRole('tab', { name: /预警/ }).click();
    await page.getByText('该项目没有预警。').waitFor();
    await page.screenshot({ path: `${SHOTS}/project-page-warnings-empty.png`, fullPage: true });
  });
});
