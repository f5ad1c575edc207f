/// <reference lib="dom" />
/**
 * The demo's figures as a programme official reads them: the Hotan textile company's planned and
 * arrived investment in 万元 (not 0) to Beijing's editor, and the pairing table's notes in English
 * on the English pairing screen.
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

describe.skipIf(!browserAvailable())('demo figures in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 30_000 }));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('shows the Hotan company’s investment, and the pairing notes in English', {
    timeout: 180_000,
  }, async () => {
    await logInAs(page, server.url, 'demo-beijing');
    const res = await page.request.get(`${server.url}/api/companies?donor=110000&limit=50`);
    expect(res.status()).toBe(200);
    const hotan = ((await res.json()) as { items: { id: number; name: string }[] }).items.find(
      (c) => c.name.startsWith('和田市产业园纺织'),
    );
    expect(hotan).toBeDefined();
    await page.goto(`${server.url}/companies/${hotan?.id}`);
    const arrived = page.getByTestId('company-arrived');
    await arrived.waitFor();
    await expect.poll(() => arrived.innerText()).toContain('60,000.00');
    await expect.poll(() => page.getByText('150,000.00').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/demo-hotan-company.png`, fullPage: true });

    await page.evaluate(() => localStorage.setItem('shanhai.language', 'en'));
    await page.goto(`${server.url}/pairings?donor=310000`);
    await page.getByText('talent aid only, since 2014').first().waitFor();
    await expect.poll(() => page.getByText('Loading the map…').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/demo-pairing-note-en.png`, fullPage: true });
    await page.evaluate(() => localStorage.setItem('shanhai.language', 'zh-CN'));
  });
});
