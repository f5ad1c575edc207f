/// <reference lib="dom" />
/**
 * The maps of decision 0083 in one demo server: a province's county map chosen from where the
 * values are (the revolutionary areas' visitors in Jilin, Inner Mongolia, Shanxi), its shapes
 * fetched only when shown; the donor → recipient flow lines of the Xinjiang programme with
 * their table; the area page's map of its province.
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

describe.skipIf(!browserAvailable())('maps: other provinces, flow lines', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  let p: Page;
  /** the county-map files the page asked for, by province code */
  const fetched: string[] = [];

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
    p = page;
    await p.setViewportSize({ width: 1280, height: 900 });
    p.setDefaultTimeout(20_000);
    p.on('request', (r) => {
      const m = /\/assets\/(\d{6}|china|xinjiang-counties)-[\w-]+\.json$/.exec(r.url());
      if (m?.[1]) fetched.push(m[1]);
    });
    await logInAs(p, server.url, 'demo-coordinator');
  }, 120_000);
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it("colours the revolutionary areas' counties by visitors, province by province, each map fetched when shown", async () => {
    fetched.length = 0;
    await p.goto(`${server.url}/analysis?m=visitors&programme=revolutionary-areas&view=map`);
    const map = p.getByTestId('pivot-map');
    const chooser = p.getByTestId('pivot-map-province');
    await chooser.waitFor();
    // the provinces holding values are offered, by name
    await expect.poll(() => chooser.textContent()).toContain('吉林省');
    const offered = await chooser.getByRole('group').getByRole('button').allTextContents();
    expect(offered.map((o) => o.replace(/\s*\(\d+\)$/, '')).sort()).toEqual(
      ['内蒙古自治区', '吉林省', '山西省'].sort(),
    );
    for (const [province, county] of [
      ['吉林省', '磐石市'],
      ['内蒙古自治区', '武川县'],
      ['山西省', '兴县'],
    ] as const) {
      await chooser.getByText(new RegExp(`^${province}`)).click();
      const code = { 吉林省: '220000', 内蒙古自治区: '150000', 山西省: '140000' }[province];
      await p.locator(`[data-testid="pivot-map"][data-province="${code}"]`).waitFor();
      await p.locator('[data-testid="pivot-map-canvas"][data-rendered="true"]').waitFor();
      expect(Number(await map.getAttribute('data-colored-count'))).toBeGreaterThanOrEqual(1);
      // the county is named in the map's table, with its value; no code shows
      const table = await p.getByTestId('pivot-map-table').textContent();
      expect(table).toContain(county);
      expect(table).not.toMatch(/\b(220284|150125|141123)\b/);
      expect(await p.getByTestId('pivot-map-canvas').getAttribute('aria-label')).toContain(
        `${province}各县市`,
      );
      // another province's values are not listed as off this map
      expect(await map.locator('details').count()).toBe(0);
      if (code === '220000') {
        expect(table).toContain('1,700,000');
        await p.screenshot({ path: `${SHOTS}/maps-jilin-visitors-zh.png`, fullPage: true });
      }
    }
    // each province's shapes were fetched once, when shown; no other province's, no Xinjiang's
    expect([...fetched].sort()).toEqual(['140000', '150000', '220000']);
  }, 240_000);

  it('draws flow lines from the 19 donors to their paired areas, as wide as the funds, with a table', async () => {
    fetched.length = 0;
    await p.goto(`${server.url}/analysis?m=committed_fen&programme=xinjiang&view=flow`);
    const flow = p.locator('[data-testid="pivot-flow"][data-donor-count]');
    await flow.waitFor();
    await p.locator('[data-testid="pivot-flow-canvas"][data-rendered="true"]').waitFor();
    expect(Number(await flow.getAttribute('data-donor-count'))).toBe(19);
    const lines = Number(await flow.getAttribute('data-line-count'));
    expect(lines).toBeGreaterThanOrEqual(19);
    const table = p.getByTestId('pivot-flow-table');
    // the XPCC cities without a boundary (胡杨河市, 新星市, 白杨市) are listed, not drawn
    const offMap = Number(await flow.getAttribute('data-off-map-count'));
    expect(offMap).toBe(3);
    expect(await table.locator('tbody tr').count()).toBe(lines + offMap);
    expect(await flow.locator('details').textContent()).toContain('胡杨河市');
    const text = (await table.textContent()) ?? '';
    for (const name of ['北京市', '深圳市', '和田县', '援助方', '受援地', '承诺资金（万元）'])
      expect(text).toContain(name);
    expect(text).not.toMatch(/\b(110000|653221)\b/);
    expect(await p.getByTestId('pivot-flow-canvas').getAttribute('aria-label')).toContain(
      '19 个援助方',
    );
    expect(fetched).toEqual(['china']);
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${SHOTS}/maps-flow-zh.png`, fullPage: true });
  }, 240_000);

  it("shows the area's province on the area page, the area named and coloured", async () => {
    await p.goto(`${server.url}/areas/220284`);
    const card = p.getByTestId('area-map-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('吉林省各县市');
    await p.locator('[data-testid="area-map-canvas"][data-rendered="true"]').waitFor();
    const map = p.getByTestId('area-map');
    expect(await map.getAttribute('data-province')).toBe('220000');
    expect(Number(await map.getAttribute('data-colored-count'))).toBeGreaterThanOrEqual(1);
    expect(await p.getByTestId('area-map-table').textContent()).toContain('磐石市');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${SHOTS}/maps-area-panshi-zh.png` });
  }, 120_000);

  it('says it all in English and in Uyghur (names, headers, the accessible names)', async () => {
    for (const [language, donorHeader, caption, aria, beijing] of [
      ['en', 'Donor', 'from each donor to each recipient area', 'from 19 donors', 'Beijing'],
      ['ug', 'ياردەم بەرگۈچى', 'ياردەم ئالغۇچى رايونغا', '19 ياردەم بەرگۈچىدىن', '北京市'],
    ] as const) {
      await p.evaluate((l) => localStorage.setItem('shanhai.language', l), language);
      await p.goto(`${server.url}/analysis?m=committed_fen&programme=xinjiang&view=flow`);
      await p.locator('[data-testid="pivot-flow-canvas"][data-rendered="true"]').waitFor();
      const table = (await p.getByTestId('pivot-flow-table').textContent()) ?? '';
      expect(table).toContain(donorHeader);
      expect(table).toContain(caption);
      expect(table).toContain(beijing);
      expect(table).not.toContain('援助方');
      expect(await p.getByTestId('pivot-flow-canvas').getAttribute('aria-label')).toContain(aria);
      if (language === 'ug') {
        await p.screenshot({ path: `${SHOTS}/maps-flow-ug.png`, fullPage: true });
      }
    }
    await p.goto(`${server.url}/analysis?m=visitors&programme=revolutionary-areas&view=map`);
    await p.getByTestId('pivot-map-province').waitFor();
    await expect.poll(() => p.getByTestId('pivot-map-province').textContent()).toContain('ئۆلكە');
    await p.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
  }, 120_000);
});
