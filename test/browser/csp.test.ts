/// <reference lib="dom" />
/**
 * The app runs under its content-security policy (issue 12 "Security headers", decision 0040):
 * every screen visited loads with no CSP violation in the console — no inline script, no eval,
 * nothing from another origin; Ant Design's run-time style elements are what `style-src
 * 'unsafe-inline'` allows. A script injected inline is refused, which shows the check can fail.
 */
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import {
  browserAvailable,
  closeDemoInChromium,
  type DemoInChromium,
  logInAs,
  openDemoInChromium,
  SHOTS,
} from '../support/browser.js';

const SCREENS = [
  '/',
  '/projects',
  '/areas/653201',
  '/compliance',
  '/quality',
  '/plans',
  '/people',
  '/warnings',
  '/training',
  '/consumption',
];

describe.skipIf(!browserAvailable())('the content-security policy, in Chromium', () => {
  let server: DemoInChromium['server'];
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];
  const record = (m: ConsoleMessage) => {
    if (/Content[ -]Security[ -]Policy|Refused to/i.test(m.text())) violations.push(m.text());
  };

  beforeAll(async () => {
    ({ server, browser, page } = await openDemoInChromium({ timeoutMs: 20_000 }));
    page.on('console', record);
    page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  });
  afterAll(() => closeDemoInChromium({ server, browser, page }));

  it('serves the app with the policy, frame denial and no-sniff', async () => {
    const res = await page.goto(`${server.url}/login`);
    expect(res?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res?.headers()['x-frame-options']).toBe('DENY');
    expect(res?.headers()['x-content-type-options']).toBe('nosniff');
    await page.getByLabel('用户名').waitFor();
    expect(violations).toEqual([]);
  });

  it('signs in and opens the screens with no CSP violation logged', async () => {
    await logInAs(page, server.url, 'demo-coordinator');
    for (const path of SCREENS) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId('current-user').waitFor();
      await page.waitForLoadState('networkidle');
      expect(violations, path).toEqual([]);
    }
    // A project's page (map, figures, ledger): the first project the coordinator sees.
    const list = await page.request.get(`${server.url}/api/projects?limit=1`);
    const code = (await list.json()).items[0].code as string;
    await page.goto(`${server.url}/projects/${encodeURIComponent(code)}`);
    await page.getByTestId('current-user').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${SHOTS}/csp-project-page.png` });
    expect(violations).toEqual([]);
  }, 180_000);

  it('refuses an inline script (the check can fail)', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('current-user').waitFor();
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toMatch(/script/i);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBe(
      undefined,
    );
    violations.length = 0;
  });
});
