/// <reference lib="dom" />
/**
 * The public pages (decision 0055) in Chromium without logging in, in Chinese and English: the
 * national dashboard's figures equal the public API's, the map is drawn with coloured counties,
 * a donor's and an area's page open from the tables, the CSV downloads (BOM, Chinese header),
 * and a donor's unpublished project planted with a distinctive sum (98,765.43 万元) is on no page
 * and in no CSV. Screenshots of each page in both languages go to test-results/screenshots.
 */

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWan } from '../../web/src/lib/money.js';
import { seriousViolations } from '../support/axe.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';
import { insertProject, insertTransaction } from '../support/factories.js';

const SECRET_FEN = 987_654_321;
const SECRET_WAN = '98,765.43';
const SECRET_YUAN = '9876543.21';
const HAN = /\p{Script=Han}/u;

describe.skipIf(!browserAvailable())('public pages', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({
      timeoutMs: 30_000,
      prepare: async ({ server }) => {
        await insertProject(server.database, {
          code: 'HIDDEN-PUB-TEST',
          donor: '310000',
          year: 2025,
          published: false,
        });
        await insertTransaction(server.database, {
          projectCode: 'HIDDEN-PUB-TEST',
          type: 'disbursement',
          valueFen: SECRET_FEN,
          date: '2025-03-01',
        });
      },
    }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  const shot = async (name: string) => {
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (textContent includes the <noscript> note)
  const bodyText = () => page.evaluate(() => document.body.innerText);
  const expectNoSecret = async (where: string) => {
    const text = await bodyText();
    expect(text.includes(SECRET_WAN), where).toBe(false);
    expect(text.includes('HIDDEN-PUB-TEST'), where).toBe(false);
  };

  it('opens the dashboard from the login page, without a session, with the API’s figures', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-public-link').click();
    await page.getByTestId('public-figures').waitFor();
    expect(page.url()).toMatch(/\/public$/);
    const api = (await (await fetch(`${server.url}/api/public/overview`)).json()) as {
      totals: Record<string, number>;
      byDonor: Array<{ name: string }>;
    };
    expect(api.totals.projects).toBeGreaterThan(0);
    const shown = await page.getByTestId('figure-disbursed_fen').getAttribute('data-fen');
    expect(Number(shown)).toBe(api.totals.disbursed_fen);
    expect(await page.getByTestId('figure-disbursed_fen').textContent()).toBe(
      formatWan(api.totals.disbursed_fen ?? 0),
    );
    // The coordinator's whole programme (unpublished included) is more than the public total.
    expect(await page.getByTestId('public-by-donor').textContent()).toContain(api.byDonor[0]?.name);
    await page.locator('[data-testid="public-year-chart"] canvas').first().waitFor();
    await expectNoSecret('dashboard zh');
    const text = await bodyText();
    expect(text).toContain('全国概览');
    expect(text).toContain('万元');
    expect(text).not.toMatch(/\d{6}-HQ|_fen|undefined|NaN/);
    await shot('public-overview-zh');
  }, 120_000);

  it('shows the two 80% rules on published projects, each verdict in words (decision 0068)', async () => {
    const card = page.getByTestId('public-rules');
    await card.getByText('全部援助方合计').waitFor();
    const api = await (await fetch(`${server.url}/api/public/rules`)).json();
    const sh = api.donors.find((d: { code: string }) => d.code === '310000');
    // Shanghai's line: its verdict as a word beside the share, not only a colour.
    const cell = page.getByTestId('public-rules-county-310000');
    const text = (await cell.textContent()) ?? '';
    if (sh.countyAndBelowOk === null) expect(text).toContain('不适用');
    else if (sh.countyAndBelowOk) expect(text).toMatch(/(^|[^未])达标/);
    else expect(text).toContain('未达标');
    expect(await card.textContent()).toContain(`${api.year}年`);
    await expectNoSecret('rules zh');
    // The card, loaded, passes axe-core like the rest of the page (decision 0062).
    expect(await seriousViolations(page)).toEqual([]);
    await shot('public-rules-zh');
  }, 60_000);

  it('downloads the dashboard’s CSV with a BOM and no unpublished money', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('public-csv').click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('分组,代码,名称,项目数,承诺资金（元）');
    expect(csv).toContain('援助方,310000,上海市');
    expect(csv.includes(SECRET_YUAN)).toBe(false);
  }, 60_000);

  it('downloads the donors’ IATI organisations file (decision 0067)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('public-iati-organisations').click(),
    ]);
    expect(download.suggestedFilename()).toBe('shanhai-iati-organisations-xinjiang.xml');
    const xml = readFileSync(await download.path()).toString('utf8');
    expect(xml).toContain('<iati-organisations version="2.03"');
    expect(xml).toContain('<organisation-identifier>310000</organisation-identifier>');
  }, 60_000);

  it('opens a donor’s page and an area’s page from the tables', async () => {
    await page.getByTestId('public-by-donor').getByRole('link', { name: '上海市' }).click();
    await page.getByText('上海市援疆公开数据').waitFor();
    await page.getByTestId('public-figures').waitFor();
    await expectNoSecret('donor zh');
    await shot('public-donor-zh');
    await page.goto(`${server.url}/public`);
    await page.getByTestId('public-by-area').getByRole('link', { name: '喀什地区' }).click();
    await page.getByText('喀什地区公开数据').waitFor();
    await page.getByTestId('public-figures').waitFor();
    expect(await page.getByTestId('public-by-area').textContent()).toContain('巴楚县');
    await expectNoSecret('area zh');
    await shot('public-area-zh');
  }, 120_000);

  it('draws the map of counties by a published measure', async () => {
    await page.goto(`${server.url}/public/map`);
    const map = page.getByTestId('public-map');
    await map.waitFor();
    await page.locator('[data-testid="public-map-canvas"][data-rendered="true"]').waitFor();
    expect(Number(await map.getAttribute('data-colored-count'))).toBeGreaterThan(0);
    await expectNoSecret('map zh');
    const text = await bodyText();
    expect(text).toContain('拨付资金（万元）');
    await shot('public-map-zh');
  }, 120_000);

  it('shows every page in English with no Chinese left, and still no unpublished money', async () => {
    await page.goto(`${server.url}/public`);
    await page.getByTestId('public-figures').waitFor();
    // The language the header's switch keeps (src: web/src/i18n), then the page again.
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    await page.reload();
    await page.getByText('National overview', { exact: true }).first().waitFor();
    await page.getByTestId('public-by-donor').getByText('Shanghai').first().waitFor();
    for (const [url, name] of [
      ['/public', 'overview'],
      ['/public/donors/310000', 'donor'],
      ['/public/areas/653100', 'area'],
      ['/public/map', 'map'],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      if (name === 'map') {
        await page.locator('[data-testid="public-map-canvas"][data-rendered="true"]').waitFor();
      } else {
        await page.getByTestId('public-figures').waitFor();
        await page.waitForTimeout(300);
      }
      const text = (await bodyText()).replace('中文', '');
      expect(text, `${name} in English`).not.toMatch(HAN);
      await expectNoSecret(`${name} en`);
      await shot(`public-${name}-en`);
    }
  }, 180_000);
});
